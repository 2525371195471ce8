/// One Saber 11 examinee (SPEC §5).
///
/// Stored in 96 bytes (a whole country has millions of examinees a year, kept for the whole run):
/// missing scores are NaN inside, the levels and the publication state are bits, the year, file and
/// line are narrow integers; the properties read as the optionals and `Int`s they mean.
public struct SaberRecord: Sendable {
    /// `ESTU_CONSECUTIVO` (empty when absent). Its only use is to drop repeated examinees, so
    /// `Ingestor.removeSaberDuplicates` empties it once that is done (freeing the text).
    public internal(set) var consecutive: String
    /// `COLE_COD_DANE_ESTABLECIMIENTO`, repaired; empty when missing.
    public let institution: String
    /// The six scores in the order of `global`…`english`; NaN when missing (no valid score is NaN).
    private let scores: (Double, Double, Double, Double, Double, Double)
    private let storedYear: Int16
    private let storedFile: UInt32
    private let storedLine: UInt32
    private let bits: UInt8

    private static let mathematicsKnown: UInt8 = 1, mathematicsLevel1: UInt8 = 2
    private static let readingKnown: UInt8 = 4, readingLevel1: UInt8 = 8, isPublished: UInt8 = 16

    /// Creates a record (`file` and `line` below 2³²).
    public init(year: Int, consecutive: String, institution: String, global: Double?, criticalReading: Double?,
                mathematics: Double?, naturalSciences: Double?, socialSciences: Double?, english: Double?,
                insufficientMathematics: Bool?, insufficientReading: Bool?, published: Bool, file: Int, line: Int) {
        self.consecutive = consecutive
        self.institution = institution
        scores = (global ?? .nan, criticalReading ?? .nan, mathematics ?? .nan, naturalSciences ?? .nan,
                  socialSciences ?? .nan, english ?? .nan)
        storedYear = Int16(year)
        storedFile = UInt32(file)
        storedLine = UInt32(line)
        var bits: UInt8 = published ? Self.isPublished : 0
        if let level1 = insufficientMathematics { bits |= Self.mathematicsKnown | (level1 ? Self.mathematicsLevel1 : 0) }
        if let level1 = insufficientReading { bits |= Self.readingKnown | (level1 ? Self.readingLevel1 : 0) }
        self.bits = bits
    }

    private static func score(_ value: Double) -> Double? { value.isNaN ? nil : value }

    /// Year: the first four digits of `PERIODO`.
    public var year: Int { Int(storedYear) }
    /// `PUNT_GLOBAL`.
    public var global: Double? { Self.score(scores.0) }
    /// `PUNT_LECTURA_CRITICA`.
    public var criticalReading: Double? { Self.score(scores.1) }
    /// `PUNT_MATEMATICAS`.
    public var mathematics: Double? { Self.score(scores.2) }
    /// `PUNT_C_NATURALES`.
    public var naturalSciences: Double? { Self.score(scores.3) }
    /// `PUNT_SOCIALES_CIUDADANAS`.
    public var socialSciences: Double? { Self.score(scores.4) }
    /// `PUNT_INGLES`.
    public var english: Double? { Self.score(scores.5) }
    /// Whether the examinee is at level 1 in mathematics (`DESEMP_MATEMATICAS` = 1, or, when the file
    /// has no such column, `PUNT_MATEMATICAS` ≤ 35); an empty or invalid cell is false (not level 1);
    /// nil only when the file has neither column (the level cannot be known: the rate is empty).
    public var insufficientMathematics: Bool? {
        bits & Self.mathematicsKnown == 0 ? nil : bits & Self.mathematicsLevel1 != 0
    }
    /// The same for critical reading (`DESEMP_LECTURA_CRITICA`, `PUNT_LECTURA_CRITICA`).
    public var insufficientReading: Bool? {
        bits & Self.readingKnown == 0 ? nil : bits & Self.readingLevel1 != 0
    }
    /// `ESTU_ESTADOINVESTIGACION` is `PUBLICAR`, or the column is absent.
    public var published: Bool { bits & Self.isPublished != 0 }
    /// Index of the input file.
    public var file: Int { Int(storedFile) }
    /// 1-based line in that file.
    public var line: Int { Int(storedLine) }
}

/// Loads `saber11` files in ICFES's own layout.
public enum SaberLoader {
    /// Scores outside this range are absurd (ICFES scores run 0–100 per test, 0–500 global): kept as
    /// null and reported as invalid values of their column.
    static let plausibleScores: ClosedRange<Double> = 0...500

    /// Reads every row of `file`, in chunks on every core (`ChunkedRowReader`); rows without a usable
    /// `PERIODO` are rejected.
    public static func load(_ file: DelimitedFile, fileIndex: Int, summary: inout FileSummary)
        throws(IngestError) -> (records: [SaberRecord], rejects: [RejectedRow])
    {
        let header = file.normalizedHeader
        let columns = SaberColumns(header: header)
        let (chunks, read, rejects) = try ChunkedRowReader.read(file, fileIndex: fileIndex,
                                                                 makeState: { SaberChunk() }) { chunk, p, fields, line in
            chunk.parse(p, fields, line: line, columns: columns, fileIndex: fileIndex)
        }
        var records: [SaberRecord] = []
        records.reserveCapacity(chunks.reduce(0) { $0 + $1.records.count })
        var outOfRange = ColumnWarnings()
        for chunk in chunks {
            records += chunk.records
            outOfRange.add(chunk.outOfRange)
        }
        summary.rowsRead = read
        summary.rowsRejected = rejects.count
        summary.rowsUsed = records.count
        summary.warnings += outOfRange.warnings
        summary.years = Array(Set(records.map(\.year))).sorted()
        if let example = chunks.lazy.compactMap(\.scientificExample).first {
            summary.checks.append(FileCheck(
                "codigo_notacion_cientifica", column: "COLE_COD_DANE_ESTABLECIMIENTO",
                cases: chunks.reduce(0) { $0 + $1.scientific },
                example: "línea \(example.line): '\(example.value)' (la fila queda fuera de las filas por institución). \(CodeRepair.scientificHint)"))
        }
        summary.checks += missingColumnChecks(header, rows: read)
        return (records, rejects)
    }

    /// The year of a `PERIODO` value: its first four digits (`20194` → 2019; thousands separators,
    /// as in `20,194`, are dropped first); nil when it has fewer than four digits or the year is
    /// outside 2000–2100.
    static func yearOfPeriod(_ text: String) -> Int? {
        var copy = text.trimmedOfWhitespace
        let digits: String = copy.withUTF8 { bytes in
            CodeRepair.groupedDigits(bytes).map { String(decoding: $0, as: UTF8.self) }
                ?? String(decoding: bytes, as: UTF8.self)
        }
        guard digits.utf8.count >= 4, let year = Int(digits.prefix(4)), (2000...2100).contains(year) else {
            return nil
        }
        return year
    }

    /// `yearOfPeriod` of a cell's bytes: digits (and separators) read in place, anything else as text.
    static func yearOfPeriod(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }) else {
            return yearOfPeriod(String(decoding: bytes, as: UTF8.self))
        }
        let grouped = CodeRepair.groupedDigits(bytes)
        let digits = grouped.map { $0[...] } ?? ArraySlice(bytes)
        guard digits.count >= 4 else { return nil }
        var year = 0
        for b in digits.prefix(4) {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            year = year * 10 + Int(b - 0x30)
        }
        return (2000...2100).contains(year) ? year : nil
    }

    /// The repaired institution code of a cell (`CodeRepair.code(_:droppingSeparators:)`), or nil when
    /// it is in scientific notation. Printable ASCII is repaired in place; other text as a `String`.
    static func institutionCode(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            let text = String(decoding: bytes, as: UTF8.self)
            return CodeRepair.isScientific(text) ? nil : CodeRepair.code(text, droppingSeparators: true)
        }
        if CodeRepair.isScientific(bytes) { return nil }
        let repaired = CodeRepair.code(bytes)
        if let grouped = CodeRepair.groupedDigits(repaired) { return String(decoding: grouped, as: UTF8.self) }
        return String(decoding: repaired, as: UTF8.self)
    }

    /// Score columns the file lacks, each with the output columns it leaves empty (issue 12: an absent
    /// column is not a zero). `rows` is the number of rows read (the examinees concerned).
    static func missingColumnChecks(_ header: [String], rows: Int) -> [FileCheck] {
        let present = Set(header)
        let areas: [(score: String, level: String?, outputs: String)] = [
            ("PUNT_GLOBAL", nil, "promedio_global y desviacion_global"),
            ("PUNT_LECTURA_CRITICA", "DESEMP_LECTURA_CRITICA", "promedio_lectura_critica y tasa_insuficiente_lectura_critica"),
            ("PUNT_MATEMATICAS", "DESEMP_MATEMATICAS", "promedio_matematicas y tasa_insuficiente_matematicas"),
            ("PUNT_C_NATURALES", nil, "promedio_c_naturales"),
            ("PUNT_SOCIALES_CIUDADANAS", nil, "promedio_sociales_ciudadanas"),
            ("PUNT_INGLES", nil, "promedio_ingles"),
        ]
        var checks: [FileCheck] = []
        for area in areas where !present.contains(area.score) {
            var example: String
            if let level = area.level, present.contains(level) {
                let rate = area.outputs.components(separatedBy: " y ").last ?? ""
                example = "el archivo no tiene la columna \(area.score): \(area.outputs.components(separatedBy: " y ").first ?? "") queda vacío (\(rate) se calcula con \(level))"
            } else {
                let plural = area.outputs.contains(" y ")
                example = "el archivo no tiene la columna \(area.score)\(area.level.map { " ni \($0)" } ?? ""): \(area.outputs) \(plural ? "quedan vacíos" : "queda vacío"), no en cero"
            }
            checks.append(FileCheck("saber11_columna_ausente", column: area.score, cases: rows, example: example))
        }
        return checks
    }
}

import Foundation

/// Where each Saber 11 column is in a file's header (nil when absent).
struct SaberColumns: Sendable {
    let header: [String]
    let period, consecutive, institution, status: Int?
    /// `PUNT_GLOBAL`, `PUNT_LECTURA_CRITICA`, `PUNT_MATEMATICAS`, `PUNT_C_NATURALES`,
    /// `PUNT_SOCIALES_CIUDADANAS`, `PUNT_INGLES`.
    let scores: [Int?]
    let levelMath, levelReading: Int?

    init(header: [String]) {
        self.header = header
        func index(_ name: String) -> Int? { header.firstIndex(of: name) }
        period = index("PERIODO")
        consecutive = index("ESTU_CONSECUTIVO")
        institution = index("COLE_COD_DANE_ESTABLECIMIENTO")
        status = index("ESTU_ESTADOINVESTIGACION")
        scores = ["PUNT_GLOBAL", "PUNT_LECTURA_CRITICA", "PUNT_MATEMATICAS", "PUNT_C_NATURALES",
                  "PUNT_SOCIALES_CIUDADANAS", "PUNT_INGLES"].map(index)
        levelMath = index("DESEMP_MATEMATICAS")
        levelReading = index("DESEMP_LECTURA_CRITICA")
    }
}

/// The examinees of one chunk of a Saber 11 file, with its counts of odd values.
struct SaberChunk: @unchecked Sendable {
    var records: [SaberRecord] = []
    /// Institution codes in scientific notation, and the first one.
    var scientific = 0
    var scientificExample: (line: Int, value: String)?
    /// Scores outside `SaberLoader.plausibleScores`, per column.
    var outOfRange = ColumnWarnings()
    // Quoted fields are unescaped into these; one chunk runs on one thread.
    private let valueScratch = ByteScratch(), normalScratch = ByteScratch()

    /// Parses one well-formed row; returns the rejection when `PERIODO` is missing or invalid.
    mutating func parse(_ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>, line: Int,
                        columns: SaberColumns, fileIndex: Int) -> RejectReasonDetail? {
        let valueScratch = valueScratch
        // A field's bytes: valid until the next call (quoted fields are unescaped into one scratch).
        func value(_ column: Int) -> UnsafeBufferPointer<UInt8> {
            CSVScanner.value(p, fields[column], scratch: valueScratch)
        }
        func text(_ column: Int) -> String { String(decoding: value(column), as: UTF8.self) }
        guard let period = columns.period, let year = SaberLoader.yearOfPeriod(value(period)) else {
            return RejectReasonDetail(.invalidPeriod, "columna PERIODO: valor '\(columns.period.map(text) ?? "")', se esperaba un periodo como 20194 (año y semestre)")
        }
        func score(_ k: Int) -> Double? {
            guard let column = columns.scores[k] else { return nil }
            guard let parsed = DecimalParser.parse(value(column)) else { return nil }
            // An absurd score (a 20-digit number, a negative one) is kept as null and counted.
            guard SaberLoader.plausibleScores.contains(parsed) else {
                outOfRange.note(column: columns.header[column], value: text(column), line: line)
                return nil
            }
            return parsed
        }
        func insufficient(level: Int?, scoreColumn: Int?, score parsed: Double?) -> Bool? {
            if let level { return DecimalParser.parse(value(level)) == 1 }
            if scoreColumn != nil { return parsed.map { $0 <= 35 } ?? false }
            return nil
        }
        var code = ""
        if let i = columns.institution {
            if let repaired = SaberLoader.institutionCode(value(i)) {
                code = repaired
            } else {
                scientific += 1
                if scientificExample == nil { scientificExample = (line, text(i)) }
            }
        }
        let mathematics = score(2), reading = score(1)
        records.append(SaberRecord(
            year: year,
            consecutive: columns.consecutive.map(text) ?? "",
            institution: code,
            global: score(0), criticalReading: reading, mathematics: mathematics,
            naturalSciences: score(3), socialSciences: score(4), english: score(5),
            insufficientMathematics: insufficient(level: columns.levelMath, scoreColumn: columns.scores[2], score: mathematics),
            insufficientReading: insufficient(level: columns.levelReading, scoreColumn: columns.scores[1], score: reading),
            published: columns.status.map { TextNormalizer.normalize(value($0), into: normalScratch).equals("PUBLICAR") } ?? true,
            file: fileIndex, line: line))
        return nil
    }
}
