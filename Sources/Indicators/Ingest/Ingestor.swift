/// Options that change how inputs are read (SPEC §9).
public struct IngestOptions: Sendable {
    /// Forces the kind of every input (`--kind`).
    public var kind: FileKind?
    /// Forces the encoding of every input (`--encoding`).
    public var encoding: TextEncoding?
    /// Keeps what `student` looks students up by: each record's document hash and the index of the
    /// student keys. Otherwise both are freed once the records are linked (nothing else reads them).
    public var keepsStudentLookup = false
    /// Links records without a person id by their document (SPEC §2 version 2). Off only to measure
    /// what version 1's key ("PER_ID, else the document") would give.
    public var linksByDocument = true

    /// Raw bytes read at a time from each file (tests use small blocks to cross their boundaries).
    public var blockSize = DelimitedFile.defaultBlockSize
    /// Seconds a pipe or FIFO may stay silent before it is refused.
    public var streamWaitSeconds = 30
    /// Text read before sniffing the dialect (tests only; see `DelimitedFile.init`).
    var firstReadBytes = (1 << 20) + 1
    /// The sheet read from every `.xlsx` input (`--hoja`); nil reads each workbook's first sheet.
    public var sheet: String?

    /// Creates options.
    public init(kind: FileKind? = nil, encoding: TextEncoding? = nil, sheet: String? = nil) {
        self.kind = kind
        self.encoding = encoding
        self.sheet = sheet
    }
}

/// Everything read from a run's inputs.
public struct IngestResult: Sendable {
    /// One summary per input file that could be opened, in input order (indexed by file index).
    public var files: [FileSummary] = []
    /// Inputs that could not be used at all (missing, empty, binary, unknown kind, missing columns).
    public var errors: [IngestError] = []
    /// Enrollment records.
    public var enrollment = EnrollmentStore()
    /// Rejected rows of every file.
    public var rejects: [RejectedRow] = []
    /// Institution directory entries (later files override earlier ones per code).
    public var directory: [DirectoryEntry] = []
    /// Saber 11 examinees, duplicates by `ESTU_CONSECUTIVO` already removed.
    public var saber: [SaberRecord] = []
    /// MEN reference rows.
    public var menReference: [MENReferenceRow] = []
    /// Rows of filled Ruta plans (`ruta` inputs), in input order.
    public var ruta: [RutaInputRow] = []
    /// Municipality → subregion rows (`subregiones` inputs), in input order.
    public var subregions: [SubregionEntry] = []

    /// Creates an empty result.
    public init() {}
}

/// Reads every input into typed stores, file by file, never stopping at a bad file or row, then
/// links the records without a person id by their document (`DocumentLinker`, SPEC §2 version 2).
///
/// Files are read in a two-stage pipeline: while file k is added to the result (sequential: ids
/// in input order), file k + 1 is already opened, decoded and read on the other cores. The result
/// is the same as reading one file after the other.
public enum Ingestor {
    /// Loads `inputs` (files or directories).
    public static func load(_ inputs: [String], options: IngestOptions = IngestOptions()) -> IngestResult {
        var result = IngestResult()
        let discovered = InputDiscovery.files(for: inputs)
        result.errors = discovered.errors
        var estimate = RecordEstimate(paths: discovered.files)
        var opened = 0
        var pending: (file: PreparedFile, position: Int)?
        for (position, path) in discovered.files.enumerated() {
            let index = opened
            let next = BackgroundTask { () -> Result<PreparedFile, IngestError> in
                do throws(IngestError) { return .success(try prepare(path, options: options, index: index)) }
                catch { return .failure(error) }
            }
            if let pending { commit(pending.file, at: pending.position, into: &result, estimate: &estimate) }
            switch next.value {
            case .success(let prepared):
                pending = (prepared, position)
                opened += 1
            case .failure(let error):
                pending = nil
                result.errors.append(error)
            }
        }
        if let pending { commit(pending.file, at: pending.position, into: &result, estimate: &estimate) }
        // The per-chunk columns were freed on the worker threads' heaps: give that memory back so
        // the peak is the store's, not the store's plus the chunks'.
        TextBufferPool.shared.drain()
        Platform.releaseFreeMemory()
        removeSaberDuplicates(&result)
        if options.linksByDocument { DocumentLinker.link(&result.enrollment) }
        if !options.keepsStudentLookup {
            result.enrollment.columns.documentHash = []
            result.enrollment.interners.student.freeIndex()
        }
        return result
    }

    /// A file opened and read, waiting to be added to the result.
    struct PreparedFile: Sendable {
        /// What was read: matricula chunks still to merge, or the rows of a small input kind.
        enum Content: Sendable {
            case matricula(ParsedMatricula)
            case directory([DirectoryEntry])
            case saber([SaberRecord])
            case menReference([MENReferenceRow])
            case ruta([RutaInputRow])
            case subregions([SubregionEntry])
        }
        let content: Content
        let summary: FileSummary
        let rejects: [RejectedRow]
    }

    /// Opens, decodes and sniffs `path`, detects its kind and reads it (a matricula file is parsed
    /// into chunks that `commit` merges). `index` is the file index it will have in the result.
    static func prepare(_ path: String, options: IngestOptions, index: Int) throws(IngestError) -> PreparedFile {
        do {
            return try prepare(path, options: options, index: index, restartedAt: nil)
        } catch where error.code == .encodingRestart {
            // Invalid UTF-8 after valid non-ASCII text: read again from the start as Windows-1252,
            // as deciding on the whole file would have.
            let at = (line: error.line ?? 1, column: Int(error.column ?? "") ?? 1)
            return try prepare(path, options: options, index: index, restartedAt: at)
        }
    }

    static func prepare(_ path: String, options: IngestOptions, index: Int,
                        restartedAt: (line: Int, column: Int)?) throws(IngestError) -> PreparedFile {
        let file = try DelimitedFile(path: path, encoding: options.encoding, sheet: options.sheet,
                                     blockSize: options.blockSize, waitSeconds: options.streamWaitSeconds,
                                     restartedAt: restartedAt, firstReadBytes: options.firstReadBytes)
        guard let kind = options.kind ?? FileKind.detect(normalizedHeader: file.normalizedHeader) else {
            throw IngestError(.unknownKind, file: path, line: file.dataLine - 1,
                              found: file.header.joined(separator: ", "),
                              expected: "matrícula (GRADO, CODIGO_DANE, PER_ID o NRO_DOCUMENTO), saber11 (PUNT_GLOBAL, PERIODO), directorio (CODIGO_DANE, NOMBRE_ESTABLECIMIENTO), referencia_men (DESERCION, APROBACION, CODIGO_MUNICIPIO), ruta (ANIO_BASE, MODALIDAD, INSTITUCION) o subregiones (CODIGO_MUNICIPIO, SUBREGION)",
                              hint: "revise el delimitador y el encabezado, o indique el tipo con --kind")
        }
        let missing = kind.missingColumns(normalizedHeader: file.normalizedHeader)
        if !missing.isEmpty {
            let forced = options.kind != nil
            throw IngestError(.missingColumns, file: path, line: file.dataLine - 1,
                              found: file.header.joined(separator: ", "),
                              expected: "para un archivo de tipo \(kind.rawValue): " + missing.joined(separator: "; "),
                              hint: forced
                                ? "el tipo \(kind.rawValue) se indicó con --kind: revise que el archivo sea de ese tipo, o renombre la columna"
                                : "renombre la columna o indique el tipo con --kind")
        }
        var summary = FileSummary(path: path, kind: kind, delimiter: file.dialect.name, encoding: file.encoding)
        summary.sheet = file.sheet
        let content: PreparedFile.Content
        var rejects: [RejectedRow] = []
        switch kind {
        case .matricula:
            content = .matricula(try MatriculaLoader.parse(file, fileIndex: index))
        case .directorio:
            let loaded = try DirectoryLoader.load(file, fileIndex: index, summary: &summary)
            content = .directory(loaded.entries)
            rejects = loaded.rejects
        case .saber11:
            let loaded = try SaberLoader.load(file, fileIndex: index, summary: &summary)
            content = .saber(loaded.records)
            rejects = loaded.rejects
        case .referenciaMEN:
            let loaded = try MENReferenceLoader.load(file, fileIndex: index, summary: &summary)
            content = .menReference(loaded.rows)
            rejects = loaded.rejects
        case .ruta:
            let loaded = try RutaLoader.load(file, fileIndex: index, summary: &summary)
            content = .ruta(loaded.rows)
            rejects = loaded.rejects
        case .subregiones:
            let loaded = try SubregionLoader.load(file, fileIndex: index, summary: &summary)
            content = .subregions(loaded.entries)
            rejects = loaded.rejects
        }
        // Known only once the file is read: the encoding can switch at the first invalid byte.
        summary.encoding = file.encoding
        summary.notes = file.readingNotes + summary.notes
        if let at = file.invalidUTF8At, file.mixedBytes > 0 {
            summary.checks.insert(FileCheck(
                "codificacion_mixta", cases: file.mixedBytes,
                example: "línea \(at.line), columna \(at.column): archivo UTF-8 con bytes Windows-1252; esos bytes se leyeron como Windows-1252 y el resto como UTF-8"), at: 0)
        }
        return PreparedFile(content: content, summary: summary, rejects: rejects)
    }

    /// Adds a prepared file (at `position` among the discovered files) to `result`, as file number
    /// `result.files.count`.
    static func commit(_ prepared: PreparedFile, at position: Int, into result: inout IngestResult,
                       estimate: inout RecordEstimate) {
        var summary = prepared.summary
        result.rejects += prepared.rejects
        switch prepared.content {
        case .matricula(let parsed):
            let expected = estimate.total(adding: parsed.recordCount, at: position, to: result.enrollment.columns.count)
            result.rejects += parsed.merge(into: &result.enrollment, summary: &summary, expectedRecords: expected)
        case .directory(let entries): result.directory += entries
        case .saber(let records): result.saber += records
        case .menReference(let rows): result.menReference += rows
        case .ruta(let rows): result.ruta += rows
        case .subregions(let entries): result.subregions += entries
        }
        result.files.append(summary)
    }

    /// Keeps the first row of each `ESTU_CONSECUTIVO` (SPEC §5) and counts the others per file; then
    /// empties every `consecutive` (its only use), which frees their texts.
    static func removeSaberDuplicates(_ result: inout IngestResult) {
        var seen = Set<String>(minimumCapacity: result.saber.count)
        var kept: [SaberRecord] = []
        kept.reserveCapacity(result.saber.count)
        for var record in result.saber {
            if !record.consecutive.isEmpty && !seen.insert(record.consecutive).inserted {
                result.files[record.file].duplicates += 1
                result.files[record.file].rowsUsed -= 1
                continue
            }
            record.consecutive = ""
            kept.append(record)
        }
        result.saber = kept
    }
}
