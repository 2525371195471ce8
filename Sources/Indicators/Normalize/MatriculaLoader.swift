/// Loads one `matricula` file into an `EnrollmentStore`, scanning chunks on every core.
///
/// Two steps, so that a run can parse the next file while it merges this one: `parse` (parallel,
/// touches no shared state) and `ParsedMatricula.merge` (sequential, in file order).
public enum MatriculaLoader {
    /// Parses `file` (index `fileIndex` in the run's input order) and appends its usable rows to
    /// `store`. Returns the file's rejects and fills `summary`'s counts (before duplicate removal).
    ///
    /// - Throws: `IngestError.missingColumns` when the header lacks a required column.
    public static func load(_ file: DelimitedFile, fileIndex: Int, into store: inout EnrollmentStore,
                            summary: inout FileSummary) throws(IngestError) -> [RejectedRow] {
        try parse(file, fileIndex: fileIndex).merge(into: &store, summary: &summary)
    }

    /// The largest file index a record can keep (records store it in 16 bits).
    public static let maximumFileIndex = Int(UInt16.max)

    /// Parses every row of `file` into per-chunk columns and dictionaries, on every core.
    ///
    /// - Throws: `IngestError.missingColumns` when the header lacks a required column;
    ///   `IngestError.tooManyFiles` when `fileIndex` is above `maximumFileIndex`.
    public static func parse(_ file: DelimitedFile, fileIndex: Int) throws(IngestError) -> ParsedMatricula {
        guard fileIndex <= maximumFileIndex else {
            throw IngestError(.tooManyFiles, file: file.path,
                              found: "es la entrada número \(fileIndex + 1) de la corrida",
                              expected: "a lo sumo \(maximumFileIndex + 1) archivos de entrada que se puedan leer",
                              hint: "una los archivos de matrícula (por ejemplo, uno por año) y vuelva a correr")
        }
        let mapping = ColumnMapping(normalizedHeader: file.normalizedHeader)
        let missing = mapping.missingRequired
        if !missing.isEmpty {
            throw IngestError(.missingColumns, file: file.path, line: file.dataLine - 1,
                              found: file.header.joined(separator: ", "),
                              expected: missing.joined(separator: "; "),
                              hint: "renombre la columna o indique el tipo con --kind")
        }
        let fieldCount = file.header.count
        let delimiter = file.dialect.delimiter
        var loads: [MatriculaChunkLoader] = []
        var lanes: [DictionaryLane] = []
        try file.forEachBlock { p, start, line, final in
            let pointer = _SendableBuffer(p)
            func scan(_ chunks: [ChunkPlan.Chunk]) -> [MatriculaChunkLoader] {
                while lanes.count < chunks.count { lanes.append(DictionaryLane()) }
                let blockLanes = lanes
                return parallelMap(chunks.count) { k in
                    var loader = MatriculaChunkLoader(mapping: mapping, fieldCount: fieldCount, fileIndex: fileIndex,
                                                      lane: blockLanes[k])
                    loader.load(pointer.buffer, chunk: chunks[k], delimiter: delimiter,
                                final: final)
                    return loader
                }
            }
            let plan = ChunkPlan(p, dataStart: start, dataLine: line, count: workerCount * 2)
            var parsed = scan(plan.chunks)
            // A stray quote makes quote parity lie about row starts: then a chunk overruns the next
            // one's start, and the block is scanned again in one sequential chunk. The lanes took
            // entries from the discarded chunks, which no chunk merges: fresh lanes from here on
            // (earlier chunks keep theirs).
            if !zip(parsed.dropLast(), plan.chunks).allSatisfy({ $0.endPosition == $1.end }) {
                lanes = []
                parsed = scan([ChunkPlan.Chunk(start: start, end: p.count, firstLine: line)])
            }
            loads += parsed
            return (parsed.last!.endPosition, parsed.last!.endLine)
        }
        return ParsedMatricula(loads: loads)
    }
}

/// A matricula file parsed chunk by chunk and not yet added to the run's store.
public struct ParsedMatricula: Sendable {
    /// The chunks, in file order.
    let loads: [MatriculaChunkLoader]

    /// Records parsed (usable rows, before duplicate removal).
    public var recordCount: Int { loads.reduce(0) { $0 + $1.columns.count } }

    /// Appends the usable rows to `store` in file order (dictionary ids as a sequential read would
    /// give them), fills `summary`'s counts (before duplicate removal) and returns the rejects.
    /// `expectedRecords` is the run's estimate of all its records (see `EnrollmentColumns.reserve`).
    public func merge(into store: inout EnrollmentStore, summary: inout FileSummary,
                      expectedRecords: Int = 0) -> [RejectedRow] {
        var rejects: [RejectedRow] = []
        var warningCounts = [Int](repeating: 0, count: MatriculaColumn.allCases.count)
        var examples = [(line: Int, value: String)?](repeating: nil, count: MatriculaColumn.allCases.count)
        store.columns.reserve(recordCount, expectedTotal: expectedRecords)
        // Only the first file's keys are all new; later files mostly bring back the same students,
        // and reserving for all their keys would double the key index for good (its slots are all
        // touched): it grows by itself when the new keys need it.
        if store.interners.student.count <= 1 {
            store.interners.student.reserve(loads.reduce(0) { $0 + $1.studentKeys.count })
        }
        for load in loads {
            let offset = Int32(store.columns.count)
            store.nameHashes += load.nameHashes.map { ($0.record + offset, $0.hash) }
            load.lane.maps.extend(from: load.lane.dictionaries.interners, to: load.dictionaryEnd, into: &store.interners)
            let students = store.interners.student.merge(load.studentKeys)
            store.columns.append(load.columns, maps: load.lane.maps, student: students)
            summary.rowsRead += load.rowsRead
            summary.rowsUsed += load.columns.count
            rejects += load.rejects
            for c in warningCounts.indices {
                warningCounts[c] += load.warningCounts[c]
                if examples[c] == nil { examples[c] = load.warningExamples[c] }
            }
        }
        summary.rowsRejected = rejects.count
        for column in MatriculaColumn.allCases {
            let total = loads.reduce(0) { $0 + $1.scientificCounts[column.rawValue] }
            guard total > 0, let example = loads.lazy.compactMap({ $0.scientificExamples[column.rawValue] }).first
            else { continue }
            summary.checks.append(FileCheck(
                "codigo_notacion_cientifica", column: column.displayName, cases: total,
                example: "línea \(example.line): '\(example.value)'. \(CodeRepair.scientificHint)"))
        }
        var present = [Bool](repeating: false, count: 2101)   // parsed years are 2000…2100
        for load in loads {
            for year in load.columns.year { present[Int(year)] = true }
        }
        summary.years = present.indices.filter { present[$0] }
        summary.warnings = MatriculaColumn.allCases.compactMap { column in
            guard let example = examples[column.rawValue] else { return nil }
            return ColumnWarning(column: column.displayName, count: warningCounts[column.rawValue],
                                 exampleLine: example.line, exampleValue: example.value)
        }
        return rejects
    }
}

extension MatriculaChunkLoader: @unchecked Sendable {}
