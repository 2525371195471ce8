/// One Saber 11 examinee (SPEC §5).
public struct SaberRecord: Sendable {
    /// Year: the first four digits of `PERIODO`.
    public var year: Int
    /// `ESTU_CONSECUTIVO` (empty when absent).
    public var consecutive: String
    /// `COLE_COD_DANE_ESTABLECIMIENTO`, repaired; empty when missing.
    public var institution: String
    /// `PUNT_GLOBAL`.
    public var global: Double?
    /// `PUNT_LECTURA_CRITICA`.
    public var criticalReading: Double?
    /// `PUNT_MATEMATICAS`.
    public var mathematics: Double?
    /// `PUNT_C_NATURALES`.
    public var naturalSciences: Double?
    /// `PUNT_SOCIALES_CIUDADANAS`.
    public var socialSciences: Double?
    /// `PUNT_INGLES`.
    public var english: Double?
    /// Whether the examinee is at level 1 in mathematics (`DESEMP_MATEMATICAS` = 1, or, when the file
    /// has no such column, `PUNT_MATEMATICAS` ≤ 35); nil when unknown.
    public var insufficientMathematics: Bool?
    /// The same for critical reading (`DESEMP_LECTURA_CRITICA`, `PUNT_LECTURA_CRITICA`).
    public var insufficientReading: Bool?
    /// `ESTU_ESTADOINVESTIGACION` is `PUBLICAR`, or the column is absent.
    public var published: Bool
    /// Index of the input file and 1-based line.
    public var file: Int, line: Int
}

/// Loads `saber11` files in ICFES's own layout.
public enum SaberLoader {
    /// Reads every row of `file`; rows without a usable `PERIODO` are rejected.
    public static func load(_ file: DelimitedFile, fileIndex: Int, summary: inout FileSummary)
        throws(IngestError) -> (records: [SaberRecord], rejects: [RejectedRow])
    {
        let header = file.normalizedHeader
        func index(_ name: String) -> Int? { header.firstIndex(of: name) }
        let period = index("PERIODO"), consecutive = index("ESTU_CONSECUTIVO")
        let institution = index("COLE_COD_DANE_ESTABLECIMIENTO")
        let status = index("ESTU_ESTADOINVESTIGACION")
        let scores = ["PUNT_GLOBAL", "PUNT_LECTURA_CRITICA", "PUNT_MATEMATICAS", "PUNT_C_NATURALES",
                      "PUNT_SOCIALES_CIUDADANAS", "PUNT_INGLES"].map(index)
        let levelMath = index("DESEMP_MATEMATICAS"), levelReading = index("DESEMP_LECTURA_CRITICA")
        var records: [SaberRecord] = []
        let needed = Set(([period, consecutive, institution, status, levelMath, levelReading] + scores).compactMap { $0 })
        let (read, rejects) = try RowReader.forEachRow(file, fileIndex: fileIndex, columns: needed) { fields, line in
            guard let p = period, fields[p].utf8.count >= 4, let year = Int(fields[p].prefix(4)),
                  (2000...2100).contains(year) else {
                return RejectReasonDetail(.invalidPeriod, "columna PERIODO: valor '\(period.map { fields[$0] } ?? "")'")
            }
            func score(_ k: Int) -> Double? { scores[k].flatMap { DecimalParser.parse(fields[$0]) } }
            func insufficient(level: Int?, score value: Double?) -> Bool? {
                if let level { return DecimalParser.parse(fields[level]).map { $0 == 1 } }
                return value.map { $0 <= 35 }
            }
            let mathematics = score(2), reading = score(1)
            records.append(SaberRecord(
                year: year,
                consecutive: consecutive.map { fields[$0] } ?? "",
                institution: institution.map { CodeRepair.code(fields[$0]) } ?? "",
                global: score(0), criticalReading: reading, mathematics: mathematics,
                naturalSciences: score(3), socialSciences: score(4), english: score(5),
                insufficientMathematics: insufficient(level: levelMath, score: mathematics),
                insufficientReading: insufficient(level: levelReading, score: reading),
                published: status.map { TextNormalizer.normalize(fields[$0]) == "PUBLICAR" } ?? true,
                file: fileIndex, line: line))
            return nil
        }
        summary.rowsRead = read
        summary.rowsRejected = rejects.count
        summary.rowsUsed = records.count
        summary.years = Array(Set(records.map(\.year))).sorted()
        return (records, rejects)
    }
}
