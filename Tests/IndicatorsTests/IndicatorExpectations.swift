import Testing
@testable import Indicators

/// Expected indicator rows written compactly, and the check of every SPEC §4 column against them.
enum IndicatorExpectations {
    /// The SPEC §4 columns in order, typed from the SPEC (not taken from the code under test).
    static let columnNames = [
        "matricula", "estudiantes", "traslados", "desertores", "aprobados", "reprobados", "sin_resultado",
        "resultados_inferidos", "base", "tasa_desercion_intraanual", "tasa_aprobacion", "tasa_reprobacion",
        "repitentes", "tasa_repitencia", "con_historia", "repitentes_observados", "tasa_repitencia_observada",
        "edad_conocida", "extraedad", "tasa_extraedad", "elegibles_interanual", "desertores_interanuales",
        "tasa_desercion_interanual",
    ]

    /// The count columns in the order of `counts(_:)`.
    static let countNames = [
        "matricula", "estudiantes", "traslados", "desertores", "aprobados", "reprobados", "sin_resultado",
        "resultados_inferidos", "base", "repitentes", "con_historia", "repitentes_observados", "edad_conocida",
        "extraedad", "elegibles_interanual", "desertores_interanuales",
    ]

    /// Each rate, its numerator and its denominator (SPEC §4).
    static let rates: [(rate: String, numerator: String, denominator: String)] = [
        ("tasa_desercion_intraanual", "desertores", "base"), ("tasa_aprobacion", "aprobados", "base"),
        ("tasa_reprobacion", "reprobados", "base"), ("tasa_repitencia", "repitentes", "matricula"),
        ("tasa_repitencia_observada", "repitentes_observados", "con_historia"),
        ("tasa_extraedad", "extraedad", "edad_conocida"),
        ("tasa_desercion_interanual", "desertores_interanuales", "elegibles_interanual"),
    ]

    /// The 16 counts of `countNames` from text such as `"5 5 1 0 2 1 1 2 4 1 - - 5 1 4 1"`
    /// (`-` is an empty cell).
    static func counts(_ text: String) -> [Int64?] {
        let values = text.split(separator: " ").map { $0 == "-" ? nil : Int64($0)! }
        precondition(values.count == countNames.count, "expected \(countNames.count) counts in '\(text)'")
        return values
    }

    /// Checks every count of `row` against `expected`, and every rate against numerator / denominator
    /// of the expected counts (empty when the denominator is 0 or empty).
    static func check(_ view: TableView, _ row: Int, _ expected: String, label: String = "",
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let values = counts(expected)
        var byName: [String: Int64?] = [:]
        for (name, value) in zip(countNames, values) {
            byName[name] = value
            #expect(view.integer(name, row) == value, "\(label) \(name)", sourceLocation: sourceLocation)
        }
        for (rate, numerator, denominator) in rates {
            var expectedRate: Double?
            if let n = byName[numerator] ?? nil, let d = byName[denominator] ?? nil, d > 0 {
                expectedRate = Double(n) / Double(d)
            }
            #expect(close(view.rate(rate, row), expectedRate), "\(label) \(rate)", sourceLocation: sourceLocation)
        }
    }

    /// Checks the rows of `view` matching each key against its expected counts; `keys` gives the key
    /// column names, split from each expectation's key text on `|`.
    static func checkAll(_ view: TableView, keys: [String], _ expected: KeyValuePairs<String, String>,
                         sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (key, counts) in expected {
            let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let row = try view.row(Dictionary(uniqueKeysWithValues: zip(keys, parts)))
            check(view, row, counts, label: key, sourceLocation: sourceLocation)
        }
    }
}

/// The fixture every indicator table test reads: `linkage/indicators.csv`.
///
/// Institutions: A = `111001000001` COLEGIO A (municipality 11001, urbana oficial, sedes
/// `…0101` and `…0102`), B = `211001000002` ESCUELA B (11001, rural oficial, sede `…0201`),
/// C = `305001000003` LICEO C (05001, urbana no oficial, no sede code). Years 2019 and 2020.
///
/// | student | 2019 | class (rule) | age on 31/03/2019 − theoretical | eligible / interannual dropout | 2020 |
/// |---|---|---|---|---|---|
/// | 1 | A `…01` g1, M, urbana, mañana | APROBADO (3a) | 6 − 6 = 0 | yes / no | A g2 |
/// | 2 | A `…01` g1 RETIRADO, reason TRASLADO; then B g1 (F, rural, única, victim) | TRASLADO (1); APROBADO (3a) | 8 − 6 = 2, over-age (both) | B: yes / no | B g2 |
/// | 3 | A `…02` g6, REPITENTE S, M, urbana, completa, ethnic | REPROBADO (3a) | 13 − 11 = 2, over-age | yes / no | A g6 (repeats) |
/// | 4 | A `…02` g10 RETIRADO, DESERCION, F, urbana, completa, no birth date | DESERCION (2) | unknown | no | — |
/// | 5 | B g11 GRADUADO, M, rural, única, migrant | APROBADO (3b), graduate | 17 − 16 = 1 | no | — |
/// | 6 | C g0, no gender/zone/jornada, disability | APROBADO (3d: g1 in 2020) | 5 − 5 = 0 | yes / no | C g1 |
/// | 7 | C g21, M, urbana, nocturna | SIN_RESULTADO (3e) | unknown (g21) | yes / yes | — |
/// | 8 | C g99 APROBADO, F, urbana, fin de semana | APROBADO (3a) | unknown (g99) | yes / no | C g5 |
/// | 9 | A `…01` g−1, F, urbana, mañana | APROBADO (3d: g0 in 2020) | 4 − 4 = 0 | yes / no | A g0 |
/// | 10 | C g11, M, urbana, tarde | SIN_RESULTADO (3e), censored | 17 − 16 = 1 | no | — |
/// | 12 | C g7 RETIRADO, TRASLADO, M, urbana, mañana, no birth date | TRASLADO (1) | unknown | no | — |
///
/// 2020 (all SIN_RESULTADO, 2021 not loaded): 1 A g2 (7 − 7 = 0), 2 B g2 (9 − 7 = 2), 3 A g6 REPITENTE S
/// (14 − 11 = 3; observed repeater), 6 C g1 (6 − 6 = 0), 8 C g5 (12 − 10 = 2; 99 → 5 is not compared),
/// 9 A g0 (5 − 5 = 0), 11 C g3 (new: no history, no birth date). All but 11 have a 2019 record.
enum IndicatorFixture {
    static let a = "111001000001", b = "211001000002", c = "305001000003"
    static let sedeA1 = "11100100000101", sedeA2 = "11100100000102", sedeB1 = "21100100000201"

    static func load() -> LinkedFixture { LinkedFixture(fixture: "linkage/indicators.csv") }
}
