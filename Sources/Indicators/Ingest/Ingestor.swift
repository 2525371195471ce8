/// Options that change how inputs are read (SPEC §9).
public struct IngestOptions: Sendable {
    /// Forces the kind of every input (`--kind`).
    public var kind: FileKind?
    /// Forces the encoding of every input (`--encoding`).
    public var encoding: TextEncoding?
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

    /// Creates an empty result.
    public init() {}
}

/// Reads every input into typed stores, file by file, never stopping at a bad file or row.
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
        var opened = 0
        var pending: PreparedFile?
        for path in discovered.files {
            let index = opened
            let next = BackgroundTask { () -> Result<PreparedFile, IngestError> in
                do throws(IngestError) { return .success(try prepare(path, options: options, index: index)) }
                catch { return .failure(error) }
            }
            if let pending { commit(pending, into: &result) }
            switch next.value {
            case .success(let prepared):
                pending = prepared
                opened += 1
            case .failure(let error):
                pending = nil
                result.errors.append(error)
            }
        }
        if let pending { commit(pending, into: &result) }
        removeSaberDuplicates(&result)
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
        }
        let content: Content
        let summary: FileSummary
        let rejects: [RejectedRow]
    }

    /// Opens, decodes and sniffs `path`, detects its kind and reads it (a matricula file is parsed
    /// into chunks that `commit` merges). `index` is the file index it will have in the result.
    static func prepare(_ path: String, options: IngestOptions, index: Int) throws(IngestError) -> PreparedFile {
        let file = try DelimitedFile(path: path, encoding: options.encoding, sheet: options.sheet)
        guard let kind = options.kind ?? FileKind.detect(normalizedHeader: file.normalizedHeader) else {
            throw IngestError(.unknownKind, file: path, line: file.dataLine - 1,
                              found: file.header.joined(separator: ", "),
                              expected: "matrícula (GRADO, CODIGO_DANE, PER_ID o NRO_DOCUMENTO), saber11 (PUNT_GLOBAL, PERIODO), directorio (CODIGO_DANE, NOMBRE_ESTABLECIMIENTO) o referencia_men (DESERCION, APROBACION, CODIGO_MUNICIPIO)",
                              hint: "revise el delimitador y el encabezado, o indique el tipo con --kind")
        }
        var summary = FileSummary(path: path, kind: kind, delimiter: file.dialect.name, encoding: file.encoding)
        summary.sheet = file.sheet
        if let at = file.invalidUTF8At {
            summary.notes.append("el archivo no es UTF-8 válido (línea \(at.line), columna \(at.column)); se leyó como Windows-1252")
        }
        switch kind {
        case .matricula:
            let parsed = try MatriculaLoader.parse(file, fileIndex: index)
            return PreparedFile(content: .matricula(parsed), summary: summary, rejects: [])
        case .directorio:
            let loaded = DirectoryLoader.load(file, fileIndex: index, summary: &summary)
            return PreparedFile(content: .directory(loaded.entries), summary: summary, rejects: loaded.rejects)
        case .saber11:
            let loaded = SaberLoader.load(file, fileIndex: index, summary: &summary)
            return PreparedFile(content: .saber(loaded.records), summary: summary, rejects: loaded.rejects)
        case .referenciaMEN:
            let loaded = MENReferenceLoader.load(file, fileIndex: index, summary: &summary)
            return PreparedFile(content: .menReference(loaded.rows), summary: summary, rejects: loaded.rejects)
        }
    }

    /// Adds a prepared file to `result`, as file number `result.files.count`.
    static func commit(_ prepared: PreparedFile, into result: inout IngestResult) {
        var summary = prepared.summary
        result.rejects += prepared.rejects
        switch prepared.content {
        case .matricula(let parsed): result.rejects += parsed.merge(into: &result.enrollment, summary: &summary)
        case .directory(let entries): result.directory += entries
        case .saber(let records): result.saber += records
        case .menReference(let rows): result.menReference += rows
        }
        result.files.append(summary)
    }

    /// Keeps the first row of each `ESTU_CONSECUTIVO` (SPEC §5) and counts the others per file.
    static func removeSaberDuplicates(_ result: inout IngestResult) {
        var seen = Set<String>()
        var kept: [SaberRecord] = []
        kept.reserveCapacity(result.saber.count)
        for record in result.saber {
            if !record.consecutive.isEmpty && !seen.insert(record.consecutive).inserted {
                result.files[record.file].duplicates += 1
                result.files[record.file].rowsUsed -= 1
                continue
            }
            kept.append(record)
        }
        result.saber = kept
    }
}
