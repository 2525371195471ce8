import Indicators

/// Saber 11 examinees written as an ICFES-style CSV and read back through `Ingestor.load`.
enum SaberFixture {
    /// One examinee; nil scores are empty cells.
    struct Examinee {
        var period = "20194"
        var consecutive: String
        var school = ""
        var global: Double?
        var reading: Double? = nil
        var mathematics: Double? = nil
        var naturalSciences: Double? = nil
        var socialSciences: Double? = nil
        var english: Double? = nil
        var mathematicsLevel = ""
        var readingLevel = ""
        var status = "PUBLICAR"
    }

    static let header = "PERIODO,ESTU_CONSECUTIVO,COLE_COD_DANE_ESTABLECIMIENTO,PUNT_GLOBAL,PUNT_LECTURA_CRITICA,"
        + "PUNT_MATEMATICAS,PUNT_C_NATURALES,PUNT_SOCIALES_CIUDADANAS,PUNT_INGLES,DESEMP_MATEMATICAS,"
        + "DESEMP_LECTURA_CRITICA,ESTU_ESTADOINVESTIGACION"

    /// The records the `Ingestor` reads from `examinees` (duplicates by consecutive already dropped).
    static func records(_ examinees: [Examinee]) -> [SaberRecord] {
        func cell(_ value: Double?) -> String { value.map { String($0) } ?? "" }
        let lines = examinees.map { e in
            [e.period, e.consecutive, e.school, cell(e.global), cell(e.reading), cell(e.mathematics),
             cell(e.naturalSciences), cell(e.socialSciences), cell(e.english), e.mathematicsLevel, e.readingLevel,
             e.status].joined(separator: ",")
        }
        let path = temporaryFile("saber11.csv", ([header] + lines).joined(separator: "\n") + "\n")
        let result = Ingestor.load([path])
        precondition(result.errors.isEmpty && result.files.first?.kind == .saber11, "fixture not read as saber11")
        return result.saber
    }

    /// One examinee of `school` in `period` per global score, consecutives prefixed with `prefix`.
    static func school(_ school: String, period: String, scores: [Double], prefix: String) -> [Examinee] {
        scores.enumerated().map { k, score in
            Examinee(period: period, consecutive: "\(prefix)\(school)-\(k)", school: school, global: score)
        }
    }
}
