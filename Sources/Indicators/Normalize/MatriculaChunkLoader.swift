/// Parses the matricula rows of one chunk of a file into local columns and dictionaries.
///
/// Runs on one worker thread; `MatriculaLoader` merges chunks in file order, so ids and row order
/// are the same as a sequential read.
struct MatriculaChunkLoader {
    let mapping: ColumnMapping
    let fieldCount: Int
    let fileIndex: UInt16
    var columns = EnrollmentColumns()
    /// Records parsed and not yet in `columns` (appended 256 at a time).
    private var batch: [ParsedRecord] = []
    /// The lane whose dictionaries this chunk interns into (see `DictionaryLane`).
    let lane: DictionaryLane
    /// The lane's dictionaries while the chunk is loaded (moved out of the lane and back, so that
    /// they have one owner and grow in place).
    var dictionaries = ChunkDictionaries()
    /// The lane's dictionaries' sizes when this chunk was loaded: its rows use ids below them.
    private(set) var dictionaryEnd = DictionarySizes()
    /// Student keys in row order (the local `interners.student` stays empty).
    var studentKeys = ByteStringList()
    var rowsRead = 0
    /// (local record index, name hash) for rows with a name.
    var nameHashes: [(record: Int32, hash: UInt64)] = []
    /// Offset where scanning stopped: the chunk's `end` when the chunk plan's boundary was right.
    var endPosition = 0
    /// 1-based line of the row at `endPosition`.
    var endLine = 0
    var rejects: [RejectedRow] = []
    var warningCounts = [Int](repeating: 0, count: MatriculaColumn.allCases.count)
    var warningExamples = [(line: Int, value: String)?](repeating: nil, count: MatriculaColumn.allCases.count)
    /// Codes in scientific notation per column (issue 12), with the first example.
    var scientificCounts = [Int](repeating: 0, count: MatriculaColumn.allCases.count)
    var scientificExamples = [(line: Int, value: String)?](repeating: nil, count: MatriculaColumn.allCases.count)

    private let valueScratch = ByteScratch()
    /// The field indices of the place columns present, and the previous row's place fields and id
    /// (see `placeEntry`).
    let previousPlace: PreviousPlace
    private let normalScratch = ByteScratch()
    let keyScratch = ByteScratch()
    private let documentScratch = ByteScratch()

    init(mapping: ColumnMapping, fieldCount: Int, fileIndex: Int, lane: DictionaryLane = DictionaryLane()) {
        self.mapping = mapping
        self.lane = lane
        previousPlace = PreviousPlace(fieldIndices: [MatriculaColumn.institution, .institutionName, .sede, .municipality]
            .compactMap { mapping[$0] })
        self.fieldCount = fieldCount
        self.fileIndex = UInt16(fileIndex)   // `MatriculaLoader.parse` refuses larger indices
    }

    /// Scans and loads every row starting in `chunk`. Unless `final`, a row that reaches the end of
    /// `p` is left for the next block (`endPosition` and `endLine` say where it starts).
    mutating func load(_ p: UnsafeBufferPointer<UInt8>, chunk: ChunkPlan.Chunk, delimiter: UInt8,
                       final: Bool = true) {
        swap(&dictionaries, &lane.dictionaries)
        previousPlace.forget()
        defer {
            dictionaryEnd = DictionarySizes(dictionaries.interners)
            swap(&dictionaries, &lane.dictionaries)
        }
        let estimatedRows = (chunk.end - chunk.start) / 120 + 16
        columns.reserve(estimatedRows)
        batch.reserveCapacity(256)
        defer { flushBatch() }
        studentKeys.reserve(strings: estimatedRows, bytes: estimatedRows * 12)
        let row = RowFields(capacity: fieldCount + 4)
        var position = chunk.start
        var line = chunk.firstLine
        while position < chunk.end {
            let scan = CSVScanner.scanRow(p, from: position, delimiter: delimiter, into: row)
            let fields = row.spans
            if !final && scan.next >= p.count { break }
            defer { position = scan.next; line += scan.lineEnds }
            if CSVScanner.isBlank(fields) { continue }
            rowsRead += 1
            if scan.unterminatedQuote {
                reject(.unterminatedQuote, "la fila empieza en la línea \(line) y el archivo termina dentro de comillas",
                       p, position, scan.next, line)
            } else if fields.count != fieldCount {
                reject(.fieldCount, "se esperaban \(fieldCount) campos y hay \(fields.count)",
                       p, position, scan.next, line)
            } else if let problem = parseRow(p, fields, line: line) {
                reject(problem.reason, problem.detail, p, position, scan.next, line)
            }
        }
        endPosition = position
        endLine = line
    }

    private mutating func reject(_ reason: RejectReason, _ detail: String, _ p: UnsafeBufferPointer<UInt8>,
                                 _ start: Int, _ end: Int, _ line: Int) {
        rejects.append(RejectedRow(file: Int(fileIndex), line: line, reason: reason, detail: detail,
                                   content: CSVScanner.rawRow(p, from: start, to: end)))
    }

    private mutating func warn(_ column: MatriculaColumn, _ value: UnsafeBufferPointer<UInt8>, line: Int) {
        let c = column.rawValue
        warningCounts[c] += 1
        if warningExamples[c] == nil {
            warningExamples[c] = (line, String(decoding: value, as: UTF8.self))
        }
    }

    /// The repaired code of `column` (`CodeRepair.code`), or empty when it is in scientific notation
    /// (then counted: the digits are lost, so it is no code).
    private mutating func codeValue(_ column: MatriculaColumn, _ p: UnsafeBufferPointer<UInt8>,
                                    _ fields: UnsafeBufferPointer<FieldSpan>, line: Int) -> UnsafeBufferPointer<UInt8> {
        let value = raw(column, p, fields)
        if CodeRepair.isScientific(value) {
            noteScientific(column, value, line: line)
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return CodeRepair.code(value)
    }

    private mutating func noteScientific(_ column: MatriculaColumn, _ value: UnsafeBufferPointer<UInt8>, line: Int) {
        let c = column.rawValue
        scientificCounts[c] += 1
        if scientificExamples[c] == nil {
            scientificExamples[c] = (line, String(decoding: value, as: UTF8.self))
        }
    }

    /// Raw trimmed value of a canonical column (empty when the column is absent).
    func raw(_ column: MatriculaColumn, _ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>)
        -> UnsafeBufferPointer<UInt8>
    {
        guard let i = mapping[column] else { return UnsafeBufferPointer(start: nil, count: 0) }
        return CSVScanner.value(p, fields[i], scratch: valueScratch)
    }

    /// Normalised value of a canonical column.
    private func normalized(_ column: MatriculaColumn, _ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>)
        -> UnsafeBufferPointer<UInt8>
    {
        TextNormalizer.normalize(raw(column, p, fields), into: normalScratch)
    }

    /// Parses one well-formed row; returns the rejection when a required field is missing or invalid.
    private mutating func parseRow(_ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>, line: Int)
        -> (reason: RejectReason, detail: String)?
    {
        // Required fields first: nothing is appended before the row is known to be usable.
        let yearText = raw(.year, p, fields)
        guard let year = CodeTables.parseInteger(yearText), (2000...2100).contains(year) else {
            return (.invalidYear, "columna \(columnName(.year)): valor '\(String(decoding: yearText, as: UTF8.self))', se esperaba un año entre 2000 y 2100")
        }
        let gradeRaw = raw(.grade, p, fields)
        guard let grade = CodeTables.grade(raw: gradeRaw,
                                           normalized: TextNormalizer.normalize(gradeRaw, into: normalScratch)) else {
            return (.invalidGrade, "columna \(columnName(.grade)): valor '\(String(decoding: gradeRaw, as: UTF8.self))', se esperaba un grado SIMAT (-2 a 13, 20 a 26, 99 o TRANSICION, PRIMERO…ONCE)")
        }
        let found = placeEntry(p, fields)
        var place = found.entry
        switch place.institutionState {
        case .scientific:
            let institutionRaw = raw(.institution, p, fields)
            noteScientific(.institution, institutionRaw, line: line)
            return (.scientificCode, "columna \(columnName(.institution)): valor '\(String(decoding: institutionRaw, as: UTF8.self))' en notación científica; \(CodeRepair.scientificHint)")
        case .missing:
            return (.missingInstitution, "columna \(columnName(.institution)) vacía")
        case .valid:
            break
        }
        let scientificKeys = scientificCounts[MatriculaColumn.personId.rawValue] + scientificCounts[MatriculaColumn.docNumber.rawValue]
        guard let key = studentKey(p, fields, line: line) else {
            if scientificCounts[MatriculaColumn.personId.rawValue] + scientificCounts[MatriculaColumn.docNumber.rawValue] > scientificKeys {
                return (.scientificCode, "columnas PER_ID y NRO_DOCUMENTO vacías o en notación científica; \(CodeRepair.scientificHint)")
            }
            return (.missingKey, "columnas PER_ID y NRO_DOCUMENTO vacías")
        }
        let student = key.id
        if !place.resolved { place = resolvePlace(found.id, p, fields) }
        if place.scientificSede { noteScientific(.sede, raw(.sede, p, fields), line: line) }
        if place.scientificMunicipality { noteScientific(.municipality, raw(.municipality, p, fields), line: line) }

        var record = ParsedRecord(year: Int16(year), grade: grade, institution: place.institution,
                                  institutionName: place.name, sede: place.sede,
                                  municipality: place.municipality, student: student,
                                  documentHash: key.documentHash, file: fileIndex,
                                  line: UInt32(truncatingIfNeeded: line))
        record.birthDate = date(.birthDate, p, fields, line: line)
        let eventDate = date(.eventDate, p, fields, line: line)
        record.eventDate = eventDate

        var flags = RecordFlags()
        let status = normalized(.status, p, fields)
        record.status = dictionaries.interners.status.intern(
            status, cache: &dictionaries.statusCache[Int(status.first ?? 0)])
        if CodeTables.isWithdrawnStatus(status) || (status.isEmpty && eventDate != DayNumber.null) {
            flags.insert(.withdrawn)
        }
        if status.equals("GRADUADO") { flags.insert(.graduated) }
        if status.equals("TRASLADADO") { flags.insert(.transferReason) }
        if status.equals("DESERTOR") { flags.insert(.dropoutReason) }
        let reason = normalized(.reason, p, fields)
        if reason.contains("TRASLAD") { flags.insert(.transferReason) }
        if reason.contains("DESERC") || reason.contains("DESERT") || reason.contains("ABANDON") {
            flags.insert(.dropoutReason)
        }
        if flag(.repeater, p, fields, line: line) { flags.insert(.repeater) }
        if flag(.new, p, fields, line: line) { flags.insert(.new) }
        if CodeTables.isVictim(normalized(.victim, p, fields)) { flags.insert(.victim) }
        if CodeTables.hasDisability(normalized(.disability, p, fields)) { flags.insert(.disability) }
        if CodeTables.isEthnic(normalized(.ethnicity, p, fields)) { flags.insert(.ethnic) }
        if CodeTables.isMigrant(normalized(.originCountry, p, fields)) { flags.insert(.migrant) }
        record.flags = flags.rawValue

        record.result = CodeTables.result(normalized(.result, p, fields)).rawValue
        record.gender = coded(.gender, p, fields, line: line, CodeTables.gender)
        record.jornada = coded(.jornada, p, fields, line: line, CodeTables.jornada)
        record.zone = coded(.zone, p, fields, line: line, CodeTables.zone)
        record.prevAcademic = smallCode(.prevAcademic, p, fields, line: line)
        record.prevCondition = smallCode(.prevCondition, p, fields, line: line)
        if let hash = nameHash(p, fields) { nameHashes.append((Int32(columns.count + batch.count), hash)) }
        batch.append(record)
        if batch.count == 256 { flushBatch() }
        if mapping[.stratum] != nil {
            let stratum = raw(.stratum, p, fields)
            if !stratum.isEmpty && CodeTables.parseInteger(stratum) == nil { warn(.stratum, stratum, line: line) }
        }
        return nil
    }

    private func columnName(_ column: MatriculaColumn) -> String { column.displayName }

    /// Moves the batched records into `columns`.
    private mutating func flushBatch() {
        columns.append(contentsOf: batch)
        batch.removeAll(keepingCapacity: true)
    }

    /// A hash of the normalised name parts, nil when the file has no name column or they are empty.
    private func nameHash(_ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>) -> UInt64? {
        var hash: UInt64 = 0
        var any = false
        for column in [MatriculaColumn.firstName, .secondName, .firstSurname, .secondSurname] {
            guard mapping[column] != nil else { continue }
            let part = normalized(column, p, fields)
            if !part.isEmpty { any = true }
            hash = (hash ^ ByteInterner.hash(part)) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        }
        return any ? hash : nil
    }

    /// The student key: `P` + person id when present, else `D` + the normalised document; nil when
    /// neither. A record with a person id also gives the hash of its document key (0 without a
    /// document), so that `DocumentLinker` can link the records of that document that lack a person id.
    private mutating func studentKey(_ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>, line: Int)
        -> (id: UInt32, documentHash: UInt64)?
    {
        // The document first: it is copied out, and reading the person id may reuse the value scratch.
        // Two statements: `documentKey(codeValue(…))` would copy `self` (the method's receiver is read
        // before its mutating argument runs), retaining every column buffer once per row.
        let rawDocument = codeValue(.docNumber, p, fields, line: line)
        let document = documentKey(rawDocument)
        let person = codeValue(.personId, p, fields, line: line)
        if !person.isEmpty {
            let hash = document.count > 1 ? max(1, ByteInterner.hash(document)) : 0
            let out = keyScratch.reserve(person.count + 1)
            out[0] = UInt8(ascii: "P")
            for i in 0..<person.count { out[i + 1] = person[i] }
            return (studentKeys.append(UnsafeBufferPointer(start: out, count: person.count + 1)), hash)
        }
        if document.count == 1 { return nil }
        return (studentKeys.append(document), 0)
    }

    /// `D` + the document with every character other than ASCII letters and digits removed and
    /// leading zeros removed (SPEC §2); just `D` when nothing is left.
    private func documentKey(_ document: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let out = documentScratch.reserve(document.count + 1)
        out[0] = UInt8(ascii: "D")
        var n = 1
        for b in document {
            let isDigit = b >= 0x30 && b <= 0x39
            let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            guard isDigit || isLetter else { continue }
            if n == 1 && b == 0x30 { continue }
            out[n] = b
            n += 1
        }
        return UnsafeBufferPointer(start: out, count: n)
    }

    private mutating func date(_ column: MatriculaColumn, _ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>,
                               line: Int) -> Int32 {
        let text = raw(column, p, fields)
        switch DateParser.parse(text) {
        case .empty: return DayNumber.null
        case .date(let day): return day
        case .invalid:
            warn(column, text, line: line)
            return DayNumber.null
        }
    }

    private mutating func flag(_ column: MatriculaColumn, _ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>,
                               line: Int) -> Bool {
        let value = normalized(column, p, fields)
        if let yes = CodeTables.flag(value) { return yes }
        warn(column, raw(column, p, fields), line: line)
        return false
    }

    private mutating func coded(_ column: MatriculaColumn, _ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>,
                                line: Int, _ parse: (UnsafeBufferPointer<UInt8>) -> UInt8?) -> UInt8 {
        let value = normalized(column, p, fields)
        if value.isEmpty { return 0 }
        if let code = parse(value) { return code }
        warn(column, raw(column, p, fields), line: line)
        return 0
    }

    private mutating func smallCode(_ column: MatriculaColumn, _ p: UnsafeBufferPointer<UInt8>,
                                    _ fields: UnsafeBufferPointer<FieldSpan>, line: Int) -> Int8 {
        let value = CodeRepair.code(raw(column, p, fields))
        if value.isEmpty { return -1 }
        if let n = CodeTables.parseInteger(value), (0...99).contains(n) { return Int8(n) }
        warn(column, value, line: line)
        return -1
    }
}
