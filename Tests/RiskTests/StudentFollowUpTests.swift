import Indicators
import Testing
@testable import Risk

/// A tiny territory, 2019–2021, for `seguimiento_estudiantes`: A = 111001000001 (accompanied),
/// O = 111001000002 (not accompanied).
///
/// | student | 2019 | 2020 | 2021 | state 2020 / 2021 |
/// |---|---|---|---|---|
/// | P1 | A g6 | A g7 | A g8 | enrolled / enrolled |
/// | P2 | A g11 APROBADO | — | — | graduated / graduated |
/// | P3 | A g6 withdrawn, reason DESERCION | — | — | dropped out / dropped out |
/// | P4 | A g6, repeater, born 2005 (3 years over age) | — | A g7 | dropped out (not continuing) / enrolled |
/// | P5 | O g6 | O g7 withdrawn, reason TRASLADO | — | transferred / transferred |
/// | P6 | O g11, no result | — | — | no trace (censored) / no trace |
/// | P7 | O g6 | O g7 withdrawn, reason DESERCION | — | dropped out / dropped out |
/// | P8 | O g10 | O g11 APROBADO | — | graduated / graduated |
/// | P9 | O g6 | O g7 TRASLADO, then A g7 | — | enrolled / dropped out (not continuing) |
/// | P10 | A g6 | A g7 | A g8 | not followed in the hand count |
enum FollowUpFixture {
    static let a = "111001000001", o = "111001000002"

    static func context() -> IndicatorContext {
        typealias W = WarningCheck
        return W.context(rows: [
            W.row(2019, a, person: "1", grade: 6),
            W.row(2019, a, person: "2", grade: 11, result: "APROBADO"),
            W.row(2019, a, person: "3", grade: 6, status: "RETIRADO", reason: "DESERCION", eventDate: "01/06/2019"),
            W.row(2019, a, person: "4", grade: 6, repeater: "S", born: "01/01/2005"),
            W.row(2019, o, person: "5", grade: 6),
            W.row(2019, o, person: "6", grade: 11),
            W.row(2019, o, person: "7", grade: 6),
            W.row(2019, o, person: "8", grade: 10),
            W.row(2019, o, person: "9", grade: 6),
            W.row(2019, a, person: "10", grade: 6),

            W.row(2020, a, person: "1", grade: 7),
            W.row(2020, o, person: "5", grade: 7, status: "RETIRADO", reason: "TRASLADO", eventDate: "01/05/2020"),
            W.row(2020, o, person: "7", grade: 7, status: "RETIRADO", reason: "DESERCION", eventDate: "01/07/2020"),
            W.row(2020, o, person: "8", grade: 11, result: "APROBADO"),
            W.row(2020, o, person: "9", grade: 7, status: "RETIRADO", reason: "TRASLADO", eventDate: "01/04/2020"),
            W.row(2020, a, person: "9", grade: 7),
            W.row(2020, a, person: "10", grade: 7),

            W.row(2021, a, person: "1", grade: 8),
            W.row(2021, a, person: "4", grade: 7),
            W.row(2021, a, person: "10", grade: 8),
        ])
    }

    /// The final episode of 2019 of student `key`.
    static func finalEpisode2019(_ key: String, _ context: IndicatorContext) -> Int {
        let episodes = context.linked.episodes
        return (0..<episodes.count).first { e in
            episodes.year[e] == 2019 && episodes.traits[e] & EpisodeTraits.final.rawValue != 0
                && context.store.interners.student.string(episodes.student[e]) == key
        }!
    }
}

@Suite("Ruta follow-up: what became of the students at ALTO in the base year")
struct StudentFollowUpTests {
    @Test("hand count: enrolled, graduated, transferred, dropped out and no trace per year and group")
    func handCount() {
        let context = FollowUpFixture.context()
        let followed = (1...9).map { FollowUpFixture.finalEpisode2019("P\($0)", context) }
        let rows = StudentFollowUp.counts(context: context, highRiskEpisodes: followed, accompanied: [FollowUpFixture.a],
                                          baseYear: 2019, scorer: "regla")
        #expect(rows.map { "\($0.year) \($0.group)" } == ["2020 acompanadas", "2020 otras", "2021 acompanadas", "2021 otras"])
        func counts(_ row: FollowUpRow) -> [Int] {
            [row.students, row.enrolled, row.graduated, row.transferred, row.droppedOut, row.untraced]
        }
        //                         students enrolled graduated transferred dropped untraced
        #expect(counts(rows[0]) == [4, 1, 1, 0, 2, 0])   // P1 / P2 / — / P3, P4 / —
        #expect(counts(rows[1]) == [5, 1, 1, 1, 1, 1])   // P9 / P8 / P5 / P7 / P6
        #expect(counts(rows[2]) == [4, 2, 1, 0, 1, 0])   // P1, P4 back / P2 / — / P3 / —
        #expect(counts(rows[3]) == [5, 0, 1, 1, 2, 1])   // — / P8 / P5 / P7, P9 / P6
        #expect(rows.allSatisfy { $0.baseYear == 2019 && $0.scorer == "regla" })
    }

    @Test("ALTO in b without earlier years: the rule score ranks, top ⌈10 %⌉ of 10 students is P4")
    func highRiskByRule() throws {
        let context = FollowUpFixture.context()
        let dataset = WarningDataset.extract(from: context)
        let chosen = try #require(StudentFollowUp.highRisk(dataset: dataset, baseYear: 2019))
        #expect(chosen.scorer == "regla")
        #expect(chosen.episodes == [FollowUpFixture.finalEpisode2019("P4", context)])
        let ruta = [RutaInputRow(baseYear: 2019, institution: FollowUpFixture.a, modality: "IN_SITU", status: "CERRADO")]
        let rows = StudentFollowUp.rows(context: context, dataset: dataset, ruta: ruta)
        #expect(rows.map(\.students) == [1, 0, 1, 0])
        #expect(rows[0].droppedOut == 1 && rows[2].enrolled == 1)
    }

    @Test("the table has the documented columns, one row per year and group")
    func table() {
        var row = FollowUpRow(baseYear: 2019, year: 2020, group: "acompanadas", students: 3, scorer: "modelo")
        row.enrolled = 2
        row.untraced = 1
        let table = StudentFollowUp.table([row])
        #expect(table.name == "seguimiento_estudiantes")
        #expect(table.columns.map(\.name) == ["anio_base", "anio", "grupo", "estudiantes", "matriculados", "graduados",
                                              "trasladados", "desertores", "sin_rastro", "metodo"])
        #expect(WarningCheck.text(table).split(separator: "\n").last == "2019,2020,acompanadas,3,2,0,0,0,1,modelo")
    }
}
