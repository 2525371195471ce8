import Testing
@testable import Indicators

/// Every SPEC §4 column of the territory, municipality, institution, sede and grade tables on
/// `linkage/indicators.csv` (see `IndicatorFixture` for the episode-by-episode reasoning).
///
/// Counts are written in the order matricula, estudiantes, traslados, desertores, aprobados,
/// reprobados, sin_resultado, resultados_inferidos, base, repitentes, con_historia,
/// repitentes_observados, edad_conocida, extraedad, elegibles_interanual, desertores_interanuales;
/// `-` is an empty cell (2018 and 2021 are not loaded). Every rate is checked as numerator /
/// denominator of these counts, empty on a zero denominator.
@Suite("Indicators: territory, municipality, institution, sede and grade tables")
struct IndicatorTablesTests {
    typealias F = IndicatorFixture
    let context = IndicatorFixture.load().context

    @Test("territory: TOTAL then levels in SPEC order, every column")
    func territory() throws {
        let view = TableView(IndicatorTables.territory(context))
        #expect(view.table.columns.map(\.name) == ["anio", "nivel"] + IndicatorExpectations.columnNames)
        #expect(view.texts("anio") == ["2019"] + Array(repeating: "2019", count: 6) + Array(repeating: "2020", count: 4))
        #expect(view.texts("nivel") == ["TOTAL", "PREESCOLAR", "PRIMARIA", "SECUNDARIA", "MEDIA", "ADULTOS", "ACELERACION",
                                        "TOTAL", "PREESCOLAR", "PRIMARIA", "SECUNDARIA"])
        try IndicatorExpectations.checkAll(view, keys: ["anio", "nivel"], [
            "2019|TOTAL": "12 11 2 1 6 1 2 2 10 1 - - 8 3 7 1",
            "2019|PREESCOLAR": "2 2 0 0 2 0 0 2 2 0 - - 2 0 2 0",        // 9, 6
            "2019|PRIMARIA": "3 2 1 0 2 0 0 0 2 0 - - 3 2 2 0",          // 1, 2@A, 2@B
            "2019|SECUNDARIA": "2 2 1 0 0 1 0 0 1 1 - - 1 1 1 0",        // 3, 12
            "2019|MEDIA": "3 3 0 1 1 0 1 0 3 0 - - 2 0 0 0",             // 4, 5, 10
            "2019|ADULTOS": "1 1 0 0 0 0 1 0 1 0 - - 0 0 1 1",           // 7
            "2019|ACELERACION": "1 1 0 0 1 0 0 0 1 0 - - 0 0 1 0",       // 8
            "2020|TOTAL": "7 7 0 0 0 0 7 0 7 1 6 1 6 3 - -",
            "2020|PREESCOLAR": "1 1 0 0 0 0 1 0 1 0 1 0 1 0 - -",        // 9
            "2020|PRIMARIA": "5 5 0 0 0 0 5 0 5 0 4 0 4 2 - -",          // 1, 2, 6, 8, 11
            "2020|SECUNDARIA": "1 1 0 0 0 0 1 0 1 1 1 1 1 1 - -",        // 3
        ])
    }

    @Test("territory 2019 rates as the CSV shows them")
    func territoryRates() throws {
        let view = TableView(IndicatorTables.territory(context))
        let row = try view.row(["anio": "2019", "nivel": "TOTAL"])
        let shown = IndicatorExpectations.rates.map { view.cell($0.rate, row) }
        // 1/10, 6/10, 1/10, 1/12, empty, 3/8, 1/7
        #expect(shown == ["0.100000", "0.600000", "0.100000", "0.083333", "", "0.375000", "0.142857"])
    }

    @Test("institution: keys from the attributes, TOTAL then levels, every column")
    func institution() throws {
        let view = TableView(IndicatorTables.institution(context))
        #expect(view.table.columns.map(\.name)
                == ["anio", "institucion", "nombre", "municipio", "zona", "sector", "nivel"] + IndicatorExpectations.columnNames)
        let keys = zip(view.texts("institucion"), view.texts("nivel")).map { "\($0)|\($1)" }
        #expect(keys == ["\(F.a)|TOTAL", "\(F.a)|PREESCOLAR", "\(F.a)|PRIMARIA", "\(F.a)|SECUNDARIA", "\(F.a)|MEDIA",
                         "\(F.b)|TOTAL", "\(F.b)|PRIMARIA", "\(F.b)|MEDIA",
                         "\(F.c)|TOTAL", "\(F.c)|PREESCOLAR", "\(F.c)|SECUNDARIA", "\(F.c)|MEDIA", "\(F.c)|ADULTOS",
                         "\(F.c)|ACELERACION",
                         "\(F.a)|TOTAL", "\(F.a)|PREESCOLAR", "\(F.a)|PRIMARIA", "\(F.a)|SECUNDARIA",
                         "\(F.b)|TOTAL", "\(F.b)|PRIMARIA", "\(F.c)|TOTAL", "\(F.c)|PRIMARIA"])
        for (code, name, municipality, zone, sector) in [(F.a, "COLEGIO A", "11001", "URBANA", "OFICIAL"),
                                                         (F.b, "ESCUELA B", "11001", "RURAL", "OFICIAL"),
                                                         (F.c, "LICEO C", "05001", "URBANA", "NO OFICIAL")] {
            for row in view.rows(["institucion": code]) {
                #expect([view.cell("nombre", row), view.cell("municipio", row), view.cell("zona", row),
                         view.cell("sector", row)] == [name, municipality, zone, sector])
            }
        }
        try IndicatorExpectations.checkAll(view, keys: ["anio", "institucion", "nivel"], [
            "2019|\(F.a)|TOTAL": "5 5 1 1 2 1 0 1 4 1 - - 4 2 3 0",
            "2019|\(F.a)|PREESCOLAR": "1 1 0 0 1 0 0 1 1 0 - - 1 0 1 0",
            "2019|\(F.a)|PRIMARIA": "2 2 1 0 1 0 0 0 1 0 - - 2 1 1 0",
            "2019|\(F.a)|SECUNDARIA": "1 1 0 0 0 1 0 0 1 1 - - 1 1 1 0",
            "2019|\(F.a)|MEDIA": "1 1 0 1 0 0 0 0 1 0 - - 0 0 0 0",        // empty tasa_extraedad, interannual
            "2019|\(F.b)|TOTAL": "2 2 0 0 2 0 0 0 2 0 - - 2 1 1 0",
            "2019|\(F.b)|PRIMARIA": "1 1 0 0 1 0 0 0 1 0 - - 1 1 1 0",
            "2019|\(F.b)|MEDIA": "1 1 0 0 1 0 0 0 1 0 - - 1 0 0 0",
            "2019|\(F.c)|TOTAL": "5 5 1 0 2 0 2 1 4 0 - - 2 0 3 1",
            "2019|\(F.c)|PREESCOLAR": "1 1 0 0 1 0 0 1 1 0 - - 1 0 1 0",
            "2019|\(F.c)|SECUNDARIA": "1 1 1 0 0 0 0 0 0 0 - - 0 0 0 0",   // base 0: base rates empty
            "2019|\(F.c)|MEDIA": "1 1 0 0 0 0 1 0 1 0 - - 1 0 0 0",
            "2019|\(F.c)|ADULTOS": "1 1 0 0 0 0 1 0 1 0 - - 0 0 1 1",
            "2019|\(F.c)|ACELERACION": "1 1 0 0 1 0 0 0 1 0 - - 0 0 1 0",
            "2020|\(F.a)|TOTAL": "3 3 0 0 0 0 3 0 3 1 3 1 3 1 - -",
            "2020|\(F.a)|PREESCOLAR": "1 1 0 0 0 0 1 0 1 0 1 0 1 0 - -",
            "2020|\(F.a)|PRIMARIA": "1 1 0 0 0 0 1 0 1 0 1 0 1 0 - -",
            "2020|\(F.a)|SECUNDARIA": "1 1 0 0 0 0 1 0 1 1 1 1 1 1 - -",
            "2020|\(F.b)|TOTAL": "1 1 0 0 0 0 1 0 1 0 1 0 1 1 - -",
            "2020|\(F.b)|PRIMARIA": "1 1 0 0 0 0 1 0 1 0 1 0 1 1 - -",
            "2020|\(F.c)|TOTAL": "3 3 0 0 0 0 3 0 3 0 2 0 2 1 - -",
            "2020|\(F.c)|PRIMARIA": "3 3 0 0 0 0 3 0 3 0 2 0 2 1 - -",
        ])
    }

    @Test("zero denominators give empty rates, not 0")
    func emptyRates() throws {
        let view = TableView(IndicatorTables.institution(context))
        let row = try view.row(["anio": "2019", "institucion": F.c, "nivel": "SECUNDARIA"])
        for rate in ["tasa_desercion_intraanual", "tasa_aprobacion", "tasa_reprobacion", "tasa_extraedad",
                     "tasa_desercion_interanual", "tasa_repitencia_observada"] {
            #expect(view.cell(rate, row) == "", "\(rate)")
        }
        #expect(view.cell("tasa_repitencia", row) == "0.000000")   // 0 / 1: a real zero
    }

    @Test("municipality: a transfer inside 11001 is two episodes but one student")
    func municipality() throws {
        let view = TableView(IndicatorTables.municipality(context))
        #expect(view.table.columns.map(\.name) == ["anio", "municipio", "nivel"] + IndicatorExpectations.columnNames)
        #expect(zip(view.texts("anio"), view.texts("municipio")).map { "\($0) \($1)" }.prefix(2) == ["2019 05001", "2019 05001"])
        try IndicatorExpectations.checkAll(view, keys: ["anio", "municipio", "nivel"], [
            "2019|11001|TOTAL": "7 6 1 1 4 1 0 1 6 1 - - 6 3 4 0",
            "2019|11001|PREESCOLAR": "1 1 0 0 1 0 0 1 1 0 - - 1 0 1 0",
            "2019|11001|PRIMARIA": "3 2 1 0 2 0 0 0 2 0 - - 3 2 2 0",
            "2019|11001|SECUNDARIA": "1 1 0 0 0 1 0 0 1 1 - - 1 1 1 0",
            "2019|11001|MEDIA": "2 2 0 1 1 0 0 0 2 0 - - 1 0 0 0",
            "2019|05001|TOTAL": "5 5 1 0 2 0 2 1 4 0 - - 2 0 3 1",
            "2020|11001|TOTAL": "4 4 0 0 0 0 4 0 4 1 4 1 4 2 - -",
            "2020|05001|TOTAL": "3 3 0 0 0 0 3 0 3 0 2 0 2 1 - -",
        ])
        #expect(view.rows(["anio": "2019"]).count == 11)   // 05001: TOTAL + 5 levels; 11001: TOTAL + 4
    }

    @Test("sede: one row per institution and sede, the empty sede included")
    func sede() throws {
        let view = TableView(IndicatorTables.sede(context))
        #expect(view.table.columns.map(\.name) == ["anio", "institucion", "sede"] + IndicatorExpectations.columnNames)
        #expect(view.texts("sede") == [F.sedeA1, F.sedeA2, F.sedeB1, "", F.sedeA1, F.sedeA2, F.sedeB1, ""])
        try IndicatorExpectations.checkAll(view, keys: ["anio", "institucion", "sede"], [
            "2019|\(F.a)|\(F.sedeA1)": "3 3 1 0 2 0 0 1 2 0 - - 3 1 2 0",     // 1, 2, 9
            "2019|\(F.a)|\(F.sedeA2)": "2 2 0 1 0 1 0 0 2 1 - - 1 1 1 0",     // 3, 4
            "2019|\(F.b)|\(F.sedeB1)": "2 2 0 0 2 0 0 0 2 0 - - 2 1 1 0",
            "2019|\(F.c)|": "5 5 1 0 2 0 2 1 4 0 - - 2 0 3 1",
            "2020|\(F.a)|\(F.sedeA1)": "2 2 0 0 0 0 2 0 2 0 2 0 2 0 - -",
            "2020|\(F.a)|\(F.sedeA2)": "1 1 0 0 0 0 1 0 1 1 1 1 1 1 - -",
            "2020|\(F.b)|\(F.sedeB1)": "1 1 0 0 0 0 1 0 1 0 1 0 1 1 - -",
            "2020|\(F.c)|": "3 3 0 0 0 0 3 0 3 0 2 0 2 1 - -",
        ])
    }

    @Test("grade: institution × grade in numeric grade order")
    func grade() throws {
        let view = TableView(IndicatorTables.grade(context))
        #expect(view.table.columns.map(\.name) == ["anio", "institucion", "grado"] + IndicatorExpectations.columnNames)
        #expect(view.texts("grado") == ["-1", "1", "6", "10", "1", "11", "0", "7", "11", "21", "99",
                                        "0", "2", "6", "2", "1", "3", "5"])
        try IndicatorExpectations.checkAll(view, keys: ["anio", "institucion", "grado"], [
            "2019|\(F.a)|1": "2 2 1 0 1 0 0 0 1 0 - - 2 1 1 0",
            "2019|\(F.a)|-1": "1 1 0 0 1 0 0 1 1 0 - - 1 0 1 0",
            "2019|\(F.c)|7": "1 1 1 0 0 0 0 0 0 0 - - 0 0 0 0",
            "2019|\(F.c)|99": "1 1 0 0 1 0 0 0 1 0 - - 0 0 1 0",
            "2020|\(F.a)|6": "1 1 0 0 0 0 1 0 1 1 1 1 1 1 - -",
        ])
    }
}
