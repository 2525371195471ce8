import Testing
@testable import Indicators

/// The SPEC appendix: every class rule with its exact counts, end to end from the CSV.
@Suite("SPEC appendix worked example")
struct AppendixTests {
    let result = Ingestor.load([Fixture.path("appendix/matricula.csv")])

    func context() -> IndicatorContext {
        let linked = Linker.link(result.enrollment)
        let institutions = InstitutionAttributes.resolve(result.enrollment, directory: [])
        return IndicatorContext(store: result.enrollment, linked: linked, institutions: institutions)
    }

    @Test("all 13 rows are read and used")
    func reconciliation() throws {
        let file = try #require(result.files.first)
        #expect(result.errors.isEmpty)
        #expect(file.kind == .matricula)
        #expect(file.rowsRead == 13 && file.rowsUsed == 13 && file.rowsRejected == 0)
    }

    @Test("2019 episodes get the appendix classes and rules")
    func classes() {
        let ctx = context()
        let e = ctx.linked.episodes
        let interner = result.enrollment.interners
        var found: [String: (String, String)] = [:]
        for i in 0..<e.count where e.year[i] == 2019 {
            let key = interner.student.string(e.student[i]) + "@" + interner.institution.string(e.institution[i])
            found[key] = (EpisodeClass(rawValue: e.episodeClass[i])!.name, ClassRule(rawValue: e.rule[i])!.label)
        }
        let a = "111001000001", b = "111001000002"
        let expected: [String: (String, String)] = [
            "P1@\(a)": ("APROBADO", "3a"), "P2@\(a)": ("TRASLADO", "1"), "P2@\(b)": ("REPROBADO", "3c"),
            "P3@\(b)": ("DESERCION", "2"), "P4@\(b)": ("SIN_RESULTADO", "3e"), "P5@\(b)": ("APROBADO", "3b"),
            "P6@\(a)": ("APROBADO", "3d"), "P7@\(a)": ("SIN_RESULTADO", "3e"), "D88@\(a)": ("REPROBADO", "3d"),
        ]
        #expect(found.count == expected.count)
        for (key, value) in expected {
            #expect(found[key]?.0 == value.0, "\(key)")
            #expect(found[key]?.1 == value.1, "\(key)")
        }
    }

    static let countColumns = ["matricula", "estudiantes", "traslados", "desertores", "aprobados", "reprobados",
                               "sin_resultado", "resultados_inferidos", "base", "repitentes", "con_historia",
                               "repitentes_observados", "edad_conocida", "extraedad", "elegibles_interanual",
                               "desertores_interanuales"]

    /// The appendix table (nil = empty cell).
    static let expected: [String: [Int64?]] = [
        "2019 A": [5, 5, 1, 0, 2, 1, 1, 2, 4, 1, nil, nil, 5, 1, 4, 1],
        "2019 B": [4, 4, 0, 1, 1, 1, 1, 0, 4, 0, nil, nil, 4, 0, 1, 0],
        "2019 T": [9, 8, 1, 1, 3, 2, 2, 2, 8, 1, nil, nil, 9, 1, 5, 1],
        "2020 A": [3, 3, 0, 0, 0, 0, 3, 0, 3, 1, 3, 1, 3, 1, nil, nil],
        "2020 B": [1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, nil, nil],
        "2020 T": [4, 4, 0, 0, 0, 0, 4, 0, 4, 2, 4, 2, 4, 2, nil, nil],
    ]

    func integers(_ table: ResultTable, _ name: String) -> [Int64?] {
        guard case .integers(let v) = table.column(named: name)?.values else { return [] }
        return v
    }

    func rates(_ table: ResultTable, _ name: String) -> [Double?] {
        guard case .rates(let v) = table.column(named: name)?.values else { return [] }
        return v
    }

    func texts(_ table: ResultTable, _ name: String) -> [String?] {
        guard case .texts(let v) = table.column(named: name)?.values else { return [] }
        return v
    }

    @Test("institution TOTAL rows match the appendix")
    func institutionRows() {
        let table = IndicatorTables.institution(context())
        let years = integers(table, "anio"), codes = texts(table, "institucion"), levels = texts(table, "nivel")
        var checked = 0
        for row in 0..<table.rowCount where levels[row] == "TOTAL" {
            let key = "\(years[row]!) \(codes[row] == "111001000001" ? "A" : "B")"
            let expected = Self.expected[key]!
            for (k, name) in Self.countColumns.enumerated() {
                #expect(integers(table, name)[row] == expected[k], "\(key) \(name)")
            }
            checked += 1
        }
        #expect(checked == 4)
    }

    @Test("territory TOTAL rows match the appendix")
    func territoryRows() {
        let table = IndicatorTables.territory(context())
        let years = integers(table, "anio"), levels = texts(table, "nivel")
        #expect(levels.first == "TOTAL")
        var checked = 0
        for row in 0..<table.rowCount where levels[row] == "TOTAL" {
            let expected = Self.expected["\(years[row]!) T"]!
            for (k, name) in Self.countColumns.enumerated() {
                #expect(integers(table, name)[row] == expected[k], "\(years[row]!) \(name)")
            }
            checked += 1
        }
        #expect(checked == 2)
    }

    @Test("rates of A in 2019 match the appendix, observed repetition empty")
    func institutionARates() throws {
        let table = IndicatorTables.institution(context())
        let row = try #require((0..<table.rowCount).first {
            integers(table, "anio")[$0] == 2019 && texts(table, "institucion")[$0] == "111001000001"
                && texts(table, "nivel")[$0] == "TOTAL"
        })
        #expect(rates(table, "tasa_desercion_intraanual")[row] == 0)
        #expect(rates(table, "tasa_aprobacion")[row] == 0.5)
        #expect(rates(table, "tasa_reprobacion")[row] == 0.25)
        #expect(rates(table, "tasa_repitencia")[row] == 0.2)
        #expect(rates(table, "tasa_extraedad")[row] == 0.2)
        #expect(rates(table, "tasa_desercion_interanual")[row] == 0.25)
        #expect(rates(table, "tasa_repitencia_observada")[row] == nil)
        #expect(texts(table, "municipio")[row] == "11001")
        #expect(texts(table, "zona")[row] == "URBANA" && texts(table, "sector")[row] == "OFICIAL")
    }
}
