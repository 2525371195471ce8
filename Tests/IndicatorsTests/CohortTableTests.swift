import Testing
@testable import Indicators

/// `CohortTable.make` on `linkage/cohort.csv`, worked on paper. Years 2017–2020, A = `111001000001`,
/// B = `111001000002`. Final episode grade per year (— = no record; * = graduate, APROBADO in 11):
///
/// | student | 2017 | 2018 | 2019 | 2020 |
/// |---|---|---|---|---|
/// | 1 | A 9 | A 10 | A 11* | — |
/// | 2 | A 9 | A 9 | A 10 | A 11 |
/// | 3 | A 9 | — | A 10 | A 11 |
/// | 4 | A 9 | B 11* | — | — |
/// | 5 | A 9 | — | — | — |
/// | 6 | A 9 withdrawn, then B 8 (final) | B 9 | — | — |
/// | 7 | A 3 | A 4 | A 5 | A 6 |
/// | 8 | A 3 | A 3 | A 4 | A 5 |
///
/// Cohort (2017, 9) = 1–5 (6's final episode is grade 8); expected grade 10, 11, 12:
/// - 2018: 1 a tiempo, 2 rezagado, 3 sin registro, 4 adelantado (11), 5 sin registro;
///   survival to 11: 4 → 1/5.
/// - 2019: 1 a tiempo (11), 2 and 3 rezagados (10), 4 graduado (in 2018), 5 sin registro;
///   survival to 11: 4, 1 → 2/5.
/// - 2020: 1 and 4 graduados, 2 and 3 rezagados (11 < 12), 5 sin registro; survival: 1, 2, 3, 4 → 4/5.
/// Survival to 5 and 9 is empty for g0 = 9. The other cohorts are worked the same way beside
/// each expected row. Rows: `cohorte a_tiempo rezagados adelantados graduados sin_registro`, then
/// `supervivencia_grado_5 _9 _11` (`-` empty).
@Suite("Cohort trajectories")
struct CohortTableTests {
    let fixture = LinkedFixture(fixture: "linkage/cohort.csv")

    static let columnNames = [
        "anio_cohorte", "grado_cohorte", "anio", "cohorte", "a_tiempo", "rezagados", "adelantados", "graduados",
        "sin_registro", "tasa_a_tiempo", "tasa_rezagados", "tasa_graduados", "tasa_sin_registro",
        "supervivencia_grado_5", "supervivencia_grado_9", "supervivencia_grado_11",
    ]

    /// Key `anio_cohorte grado_cohorte anio` → counts and survival shares.
    static let territory: KeyValuePairs<String, String> = [
        "2017 3 2018": "2 1 1 0 0 0 | 0 0 0",        // 7 at 4, 8 at 3
        "2017 3 2019": "2 1 1 0 0 0 | 0.5 0 0",      // 7 reaches 5
        "2017 3 2020": "2 1 1 0 0 0 | 1 0 0",        // 8 reaches 5
        "2017 8 2018": "1 1 0 0 0 0 | - 1 0",        // 6 at 9: reaches 9
        "2017 8 2019": "1 0 0 0 0 1 | - 1 0",        // survival keeps what was reached
        "2017 8 2020": "1 0 0 0 0 1 | - 1 0",
        "2017 9 2018": "5 1 1 1 0 2 | - - 0.2",
        "2017 9 2019": "5 1 2 0 1 1 | - - 0.4",
        "2017 9 2020": "5 0 2 0 2 1 | - - 0.8",
        "2018 3 2019": "1 1 0 0 0 0 | 0 0 0",        // 8
        "2018 3 2020": "1 1 0 0 0 0 | 1 0 0",
        "2018 4 2019": "1 1 0 0 0 0 | 1 0 0",        // 7
        "2018 4 2020": "1 1 0 0 0 0 | 1 0 0",
        "2018 9 2019": "2 1 0 0 0 1 | - - 0",        // 2 at 10; 6 gone
        "2018 9 2020": "2 1 0 0 0 1 | - - 0.5",
        "2018 10 2019": "1 1 0 0 0 0 | - - 1",       // 1 at 11 (graduates that year)
        "2018 10 2020": "1 0 0 0 1 0 | - - 1",
        "2018 11 2019": "1 0 0 0 1 0 | - - -",       // 4 graduated in 2018, its cohort year
        "2018 11 2020": "1 0 0 0 1 0 | - - -",
        "2019 4 2020": "1 1 0 0 0 0 | 1 0 0",        // 8
        "2019 5 2020": "1 1 0 0 0 0 | - 0 0",        // 7
        "2019 10 2020": "2 2 0 0 0 0 | - - 1",       // 2, 3
        "2019 11 2020": "1 0 0 0 1 0 | - - -",       // 1
    ]

    /// Checks `view` holds exactly the rows of `expected`, in order.
    func check(_ view: TableView, _ expected: KeyValuePairs<String, String>) {
        #expect(view.rowCount == expected.count)
        for (row, (key, values)) in zip(0..<view.rowCount, expected) {
            let shown = "\(view.cell("anio_cohorte", row)) \(view.cell("grado_cohorte", row)) \(view.cell("anio", row))"
            #expect(shown == key)
            let parts = values.split(separator: "|")
            let counts = parts[0].split(separator: " ").map { Int64($0)! }
            let survival = parts[1].split(separator: " ").map { $0 == "-" ? nil : Double($0)! }
            let states = ["cohorte", "a_tiempo", "rezagados", "adelantados", "graduados", "sin_registro"]
            #expect(view.integers(states, row) == counts.map { Optional($0) }, "\(key)")
            for (rate, count) in [("tasa_a_tiempo", 1), ("tasa_rezagados", 2), ("tasa_graduados", 4), ("tasa_sin_registro", 5)] {
                #expect(close(view.rate(rate, row), Double(counts[count]) / Double(counts[0])), "\(key) \(rate)")
            }
            for (target, share) in zip([5, 9, 11], survival) {
                #expect(close(view.rate("supervivencia_grado_\(target)", row), share), "\(key) \(target)")
            }
        }
    }

    @Test("territory cohorts: every state, rate and survival share")
    func territoryCohorts() {
        let view = TableView(CohortTable.make(fixture.context))
        #expect(view.table.columns.map(\.name) == Self.columnNames)
        check(view, Self.territory)
    }

    @Test("every member is in exactly one state")
    func statesPartitionTheCohort() {
        let view = TableView(CohortTable.make(fixture.context))
        for row in 0..<view.rowCount {
            let states = view.integers(["a_tiempo", "rezagados", "adelantados", "graduados", "sin_registro"], row)
            #expect(states.compactMap { $0 }.reduce(0, +) == view.integer("cohorte", row))
        }
    }

    @Test("an institution's cohorts are those whose t0 final episode is there")
    func institutionCohorts() throws {
        let b = try #require((1..<fixture.context.institutions.count).first {
            fixture.context.institutions[$0].code == "111001000002"
        })
        // B holds 6's final episodes of 2017 (g8) and 2018 (g9), and 4's of 2018 (g11).
        check(TableView(CohortTable.make(fixture.context, institution: UInt32(b))), [
            "2017 8 2018": "1 1 0 0 0 0 | - 1 0",
            "2017 8 2019": "1 0 0 0 0 1 | - 1 0",
            "2017 8 2020": "1 0 0 0 0 1 | - 1 0",
            "2018 9 2019": "1 0 0 0 0 1 | - - 0",
            "2018 9 2020": "1 0 0 0 0 1 | - - 0",
            "2018 11 2019": "1 0 0 0 1 0 | - - -",
            "2018 11 2020": "1 0 0 0 1 0 | - - -",
        ])
    }
}
