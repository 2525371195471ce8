import Testing
@testable import Indicators

/// History in year t−1, observed and reported repetition, and re-entry (SPEC §4, §7) on
/// `linkage/history.csv`: years 2018–2020, A = `111001000001`, B = `111001000002`.
///
/// | student | 2018 final grade | 2019 episodes | con_historia | observed | REPITENTE |
/// |---|---|---|---|---|---|
/// | 501 | 3 | A g3 | yes | yes (3 = 3) | N |
/// | 502 | 5 | A g6 (withdrawn, TRASLADO), B g5 | yes, yes | no, yes | N |
/// | 503 | 3 (A g2 withdrawn, then B g3 final) | A g3 | yes | yes: compares with the final episode | S |
/// | 504 | 12 | A g12 | yes | yes (12 is in −2…13) | N |
/// | 505 | 21 | A g21 | yes | no (21 is outside −2…13) | N |
/// | 506 | −1 | A g−1 | yes | yes | N |
/// | 507 | 3 | A g4 | yes | no | S |
/// | 508 | — | A g4 | no | no | S |
///
/// 2019: matricula 9, repitentes 3 (503, 507, 508), con_historia 8, repitentes_observados 5.
/// 2020: 501 g4 (history, not repeated), 508 g4 (history, repeated, reported), 509 g5 (absent in
/// 2019, present in 2018: re-entry, no history) → matricula 3, con_historia 2, observados 1.
/// 2018 is the first loaded year: its history columns are empty.
@Suite("Linkage: history, observed repetition and re-entry")
struct LinkageHistoryTests {
    static let a = "111001000001", b = "111001000002"
    let fixture = LinkedFixture(fixture: "linkage/history.csv")

    /// Student, institution, with history, observed repeater.
    static let expected2019: [(String, String, Bool, Bool)] = [
        ("P501", a, true, true), ("P502", a, true, false), ("P502", b, true, true), ("P503", a, true, true),
        ("P504", a, true, true), ("P505", a, true, false), ("P506", a, true, true), ("P507", a, true, false),
        ("P508", a, false, false),
    ]

    @Test("history and observed repetition of each 2019 episode", arguments: expected2019)
    func history(_ student: String, _ institution: String, _ withHistory: Bool, _ observed: Bool) throws {
        let traits = fixture.traits(try fixture.episode(student, institution, 2019))
        #expect(traits.contains(.withHistory) == withHistory)
        #expect(traits.contains(.observedRepeater) == observed)
    }

    @Test("territory counts by year; empty history in the first loaded year",
          arguments: [(2018, [9, 0, nil, nil]), (2019, [9, 3, 8, 5]), (2020, [3, 1, 2, 1])] as [(Int, [Int64?])])
    func territory(_ year: Int, _ expected: [Int64?]) throws {
        let table = TableView(IndicatorTables.territory(fixture.context))
        let row = try table.row(["anio": String(year), "nivel": "TOTAL"])
        #expect(table.integers(["matricula", "repitentes", "con_historia", "repitentes_observados"], row) == expected)
    }

    @Test("reported and observed repetition rates of 2019")
    func rates() throws {
        let table = TableView(IndicatorTables.territory(fixture.context))
        let row = try table.row(["anio": "2019", "nivel": "TOTAL"])
        #expect(close(table.rate("tasa_repitencia", row), 3.0 / 9.0))
        #expect(close(table.rate("tasa_repitencia_observada", row), 5.0 / 8.0))
    }

    @Test("absent one year and back the next is a re-entry without history")
    func reentry() throws {
        let back = fixture.traits(try fixture.episode("P509", Self.a, 2020))
        #expect(back.contains(.reentry) && !back.contains(.withHistory))
        for e in 0..<fixture.episodes.count where fixture.student(e) != "P509" || fixture.episodes.year[e] != 2020 {
            #expect(!fixture.traits(e).contains(.reentry), "\(fixture.student(e)) \(fixture.episodes.year[e])")
        }
    }

    /// 2018 and 2020 loaded, 2019 not: 2020 has no t−1 and 2018 has no t+1.
    @Test("history and interannual columns are empty when the neighbouring year is not loaded")
    func missingNeighbourYear() throws {
        let fixture = LinkedFixture(csv: """
            ANO,CODIGO_DANE,PER_ID,GRADO
            2018,111001000001,701,3
            2020,111001000001,701,3
            """)
        let table = TableView(IndicatorTables.territory(fixture.context))
        let first = try table.row(["anio": "2018", "nivel": "TOTAL"])
        let last = try table.row(["anio": "2020", "nivel": "TOTAL"])
        let history = ["con_historia", "repitentes_observados"], interannual = ["elegibles_interanual", "desertores_interanuales"]
        #expect(table.integers(history + interannual, first) == [nil, nil, nil, nil])
        #expect(table.integers(history + interannual, last) == [nil, nil, nil, nil])
        #expect(table.rate("tasa_desercion_interanual", first) == nil)
        #expect(table.rate("tasa_repitencia_observada", last) == nil)
        // 2019 is not loaded, so 2020 is not "t+1" of 2018: rule 3d does not apply.
        #expect(fixture.outcome(try fixture.episode("P701", "111001000001", 2018)) == ("SIN_RESULTADO", "3e"))
    }
}
