import Testing
@testable import Indicators

/// Graduates, censored final grades and eligibility for interannual dropout (SPEC §3, §4) on
/// `linkage/outcomes.csv`: 2019 and 2020 loaded (not 2018, not 2021); A = `111001000001`,
/// B = `111001000002`. 2019 episodes:
///
/// | student | grade | class (rule) | graduate | censored | eligible | in 2020 | interannual dropout |
/// |---|---|---|---|---|---|---|---|
/// | 301 | 11 | APROBADO (3a) | yes | | no | no | |
/// | 302 | 13 | APROBADO (3b) | yes | | no | no | |
/// | 303 | 26 | APROBADO (3a) | yes | | no | no | |
/// | 304 | 11 | SIN_RESULTADO (3e) | | yes | no | no | |
/// | 305 | 13 | SIN_RESULTADO (3e: 13 is outside 3d's −2…11) | | yes | no | yes | |
/// | 306 | 11 | REPROBADO (3a) | | | yes | no | yes |
/// | 307 | 10 | APROBADO (3a) | | | yes | no | yes |
/// | 308 | 5 | APROBADO (3a) | | | yes | yes | no |
/// | 309 | 4 | DESERCION (2) | | | no | no | |
/// | 310 | 4 | TRASLADO (1, reason) | | | no | no | |
/// | 311 | 12 | APROBADO (3a): 12 is not a final grade | | | yes | no | yes |
/// | 312 @A | 3 | TRASLADO (1, not final) | | | no | yes | |
/// | 312 @B | 3 | REPROBADO (3d, grade 3 again) | | | yes | yes | no |
/// | 313 | 26 | SIN_RESULTADO (3e) | | yes | no | no | |
/// | 314 | 11 | DESERCION (3a, result DESERTOR) | no | no | no | no | |
@Suite("Linkage: graduates, censored and interannual eligibility")
struct LinkageOutcomeTests {
    static let a = "111001000001", b = "111001000002"
    let fixture = LinkedFixture(fixture: "linkage/outcomes.csv")

    /// Student, institution, graduate, censored, eligible, interannual dropout.
    static let expected: [(String, String, Bool, Bool, Bool, Bool)] = [
        ("P301", a, true, false, false, false), ("P302", a, true, false, false, false),
        ("P303", a, true, false, false, false), ("P304", a, false, true, false, false),
        ("P305", a, false, true, false, false), ("P306", a, false, false, true, true),
        ("P307", a, false, false, true, true), ("P308", a, false, false, true, false),
        ("P309", a, false, false, false, false), ("P310", a, false, false, false, false),
        ("P311", a, false, false, true, true), ("P312", a, false, false, false, false),
        ("P312", b, false, false, true, false), ("P313", a, false, true, false, false),
        ("P314", a, false, false, false, false),
    ]

    @Test("graduate, censored, eligible and interannual-dropout traits of each 2019 episode",
          arguments: expected)
    func traits(_ student: String, _ institution: String, _ graduate: Bool, _ censored: Bool,
                _ eligible: Bool, _ dropout: Bool) throws {
        let traits = fixture.traits(try fixture.episode(student, institution, 2019))
        #expect(traits.contains(.graduate) == graduate)
        #expect(traits.contains(.censored) == censored)
        #expect(traits.contains(.eligibleInterannual) == eligible)
        #expect(traits.contains(.interannualDropout) == dropout)
    }

    @Test("presence next year is known per student", arguments: [("P305", true), ("P308", true), ("P304", false)])
    func presentNextYear(_ student: String, _ present: Bool) throws {
        let traits = fixture.traits(try fixture.episode(student, Self.a, 2019))
        #expect(traits.contains(.presentNextYear) == present)
    }

    @Test("2019 territory: 5 eligible, 3 interannual dropouts, rate 3/5")
    func territory2019() throws {
        let table = TableView(IndicatorTables.territory(fixture.context))
        let row = try table.row(["anio": "2019", "nivel": "TOTAL"])
        let names = ["matricula", "estudiantes", "traslados", "desertores", "aprobados", "reprobados",
                     "sin_resultado", "resultados_inferidos", "base", "elegibles_interanual", "desertores_interanuales"]
        #expect(table.integers(names, row) == [15, 14, 2, 2, 6, 2, 3, 1, 13, 5, 3])
        #expect(close(table.rate("tasa_desercion_interanual", row), 0.6))
        // 2018 is not loaded: history counts and their rate are empty.
        #expect(table.integer("con_historia", row) == nil && table.integer("repitentes_observados", row) == nil)
        #expect(table.rate("tasa_repitencia_observada", row) == nil)
    }

    @Test("2020 territory: interannual columns empty without 2021, history known from 2019")
    func territory2020() throws {
        let table = TableView(IndicatorTables.territory(fixture.context))
        let row = try table.row(["anio": "2020", "nivel": "TOTAL"])
        #expect(table.integer("elegibles_interanual", row) == nil)
        #expect(table.integer("desertores_interanuales", row) == nil)
        #expect(table.rate("tasa_desercion_interanual", row) == nil)
        #expect(table.integer("con_historia", row) == 3)          // 305, 308, 312 all had 2019 records
        #expect(table.integer("repitentes_observados", row) == 2) // 305 (13 → 13), 312 (3 → 3)
        #expect(close(table.rate("tasa_repitencia_observada", row), 2.0 / 3.0))
    }
}
