import Testing
@testable import Indicators

/// `indicadores_grupos` (every breakdown dimension) and `AdHocTable.make` on
/// `linkage/indicators.csv` (see `IndicatorFixture`). Counts in `IndicatorExpectations.countNames`
/// order; 2019 episodes are 1, 2@A, 2@B, 3, 4, 5, 6, 7, 8, 9, 10, 12.
@Suite("Indicators: population breakdowns and ad-hoc tables")
struct IndicatorGroupsTests {
    typealias F = IndicatorFixture
    let context = IndicatorFixture.load().context

    static let values2019 = [
        "discapacidad|NO", "discapacidad|SI", "etnia|NO", "etnia|SI", "extraedad|NO", "extraedad|SI",
        "genero|F", "genero|M", "genero|SIN_DATO",
        "jornada|COMPLETA", "jornada|FIN DE SEMANA", "jornada|MAÑANA", "jornada|NOCTURNA", "jornada|SIN_DATO",
        "jornada|TARDE", "jornada|ÚNICA", "migrante|NO", "migrante|SI",
        "nivel|ACELERACION", "nivel|ADULTOS", "nivel|MEDIA", "nivel|PREESCOLAR", "nivel|PRIMARIA", "nivel|SECUNDARIA",
        "victima|NO", "victima|SI", "zona|RURAL", "zona|SIN_DATO", "zona|URBANA",
    ]

    @Test("rows sorted by dimension and value; only values with episodes")
    func rowOrder() {
        let view = TableView(IndicatorTables.groups(context))
        #expect(view.table.columns.map(\.name) == ["anio", "dimension", "valor"] + IndicatorExpectations.columnNames)
        let rows2019 = view.rows(["anio": "2019"]).map { "\(view.cell("dimension", $0))|\(view.cell("valor", $0))" }
        #expect(rows2019 == Self.values2019)
    }

    @Test("every dimension of 2019, every column")
    func groups2019() throws {
        let view = TableView(IndicatorTables.groups(context))
        try IndicatorExpectations.checkAll(view, keys: ["anio", "dimension", "valor"], [
            "2019|discapacidad|NO": "11 10 2 1 5 1 2 1 9 1 - - 7 3 6 1",
            "2019|discapacidad|SI": "1 1 0 0 1 0 0 1 1 0 - - 1 0 1 0",          // 6
            "2019|etnia|NO": "11 10 2 1 6 0 2 2 9 0 - - 7 2 6 1",
            "2019|etnia|SI": "1 1 0 0 0 1 0 0 1 1 - - 1 1 1 0",                 // 3
            "2019|extraedad|NO": "5 5 0 0 4 0 1 2 5 0 - - 5 0 3 0",             // 1, 5, 6, 9, 10
            "2019|extraedad|SI": "3 2 1 0 1 1 0 0 2 1 - - 3 3 2 0",             // 2@A, 2@B, 3
            "2019|genero|F": "5 4 1 1 3 0 0 1 4 0 - - 3 2 3 0",                 // 2@A, 2@B, 4, 8, 9
            "2019|genero|M": "6 6 1 0 2 1 2 0 5 1 - - 4 1 3 1",                 // 1, 3, 5, 7, 10, 12
            "2019|genero|SIN_DATO": "1 1 0 0 1 0 0 1 1 0 - - 1 0 1 0",          // 6
            "2019|jornada|COMPLETA": "2 2 0 1 0 1 0 0 2 1 - - 1 1 1 0",         // 3, 4
            "2019|jornada|FIN DE SEMANA": "1 1 0 0 1 0 0 0 1 0 - - 0 0 1 0",    // 8
            "2019|jornada|MAÑANA": "3 3 1 0 2 0 0 1 2 0 - - 2 0 2 0",           // 1, 9, 12
            "2019|jornada|NOCTURNA": "1 1 0 0 0 0 1 0 1 0 - - 0 0 1 1",         // 7
            "2019|jornada|SIN_DATO": "1 1 0 0 1 0 0 1 1 0 - - 1 0 1 0",         // 6
            "2019|jornada|TARDE": "1 1 0 0 0 0 1 0 1 0 - - 1 0 0 0",            // 10
            "2019|jornada|ÚNICA": "3 2 1 0 2 0 0 0 2 0 - - 3 2 1 0",            // 2@A, 2@B, 5
            "2019|migrante|NO": "11 10 2 1 5 1 2 2 9 1 - - 7 3 7 1",
            "2019|migrante|SI": "1 1 0 0 1 0 0 0 1 0 - - 1 0 0 0",              // 5
            "2019|nivel|PREESCOLAR": "2 2 0 0 2 0 0 2 2 0 - - 2 0 2 0",
            "2019|nivel|PRIMARIA": "3 2 1 0 2 0 0 0 2 0 - - 3 2 2 0",
            "2019|nivel|SECUNDARIA": "2 2 1 0 0 1 0 0 1 1 - - 1 1 1 0",
            "2019|nivel|MEDIA": "3 3 0 1 1 0 1 0 3 0 - - 2 0 0 0",
            "2019|nivel|ADULTOS": "1 1 0 0 0 0 1 0 1 0 - - 0 0 1 1",
            "2019|nivel|ACELERACION": "1 1 0 0 1 0 0 0 1 0 - - 0 0 1 0",
            "2019|victima|NO": "10 10 1 1 5 1 2 2 9 1 - - 6 1 6 1",
            "2019|victima|SI": "2 1 1 0 1 0 0 0 1 0 - - 2 2 1 0",               // 2@A, 2@B
            "2019|zona|RURAL": "3 2 1 0 2 0 0 0 2 0 - - 3 2 1 0",               // 2@A, 2@B, 5
            "2019|zona|SIN_DATO": "1 1 0 0 1 0 0 1 1 0 - - 1 0 1 0",            // 6
            "2019|zona|URBANA": "8 8 1 1 3 1 2 1 7 1 - - 4 1 5 1",
        ])
    }

    @Test("extraedad leaves out unknown ages; 2020 rows carry history")
    func extraedad() throws {
        let view = TableView(IndicatorTables.groups(context))
        let known2019 = view.rows(["anio": "2019", "dimension": "extraedad"]).compactMap { view.integer("matricula", $0) }
        #expect(known2019.reduce(0, +) == 8)   // 12 episodes, 4 without a known age (4, 7, 8, 12)
        try IndicatorExpectations.checkAll(view, keys: ["anio", "dimension", "valor"], [
            "2020|extraedad|SI": "3 3 0 0 0 0 3 0 3 1 3 1 3 3 - -",   // 2, 3, 8
            "2020|extraedad|NO": "3 3 0 0 0 0 3 0 3 0 3 0 3 0 - -",   // 1, 6, 9 (11 unknown)
        ])
    }

    @Test("ad-hoc dimensions are the table keys plus every breakdown")
    func dimensionNames() {
        #expect(AdHocTable.dimensionNames == ["discapacidad", "etnia", "extraedad", "genero", "grado", "institucion",
                                              "jornada", "migrante", "municipio", "nivel", "sector", "sede", "victima",
                                              "zona", "zona_institucion"])
    }

    @Test("ad-hoc by institution equals the institution TOTAL rows")
    func byInstitution() throws {
        let adHoc = TableView(AdHocTable.make(context, by: ["institucion"]))
        let institution = TableView(IndicatorTables.institution(context))
        #expect(adHoc.table.columns.map(\.name) == ["anio", "institucion"] + IndicatorExpectations.columnNames)
        #expect(adHoc.rowCount == 6)
        for row in 0..<adHoc.rowCount {
            let other = try institution.row(["anio": adHoc.cell("anio", row), "institucion": adHoc.cell("institucion", row),
                                             "nivel": "TOTAL"])
            for name in IndicatorExpectations.columnNames {
                #expect(adHoc.cell(name, row) == institution.cell(name, other), "\(name) row \(row)")
            }
        }
    }

    @Test("ad-hoc by grade for one year, in numeric grade order")
    func byGrade() throws {
        let view = TableView(AdHocTable.make(context, by: ["grado"], year: 2019))
        #expect(view.texts("grado") == ["-1", "0", "1", "6", "7", "10", "11", "21", "99"])
        #expect(Set(view.texts("anio")) == ["2019"])
        try IndicatorExpectations.checkAll(view, keys: ["anio", "grado"], [
            "2019|1": "3 2 1 0 2 0 0 0 2 0 - - 3 2 2 0",    // 1, 2@A, 2@B
            "2019|11": "2 2 0 0 1 0 1 0 2 0 - - 2 0 0 0",   // 5 (graduate), 10 (censored)
        ])
    }

    @Test("ad-hoc by two dimensions, sorted by both")
    func byTwoDimensions() throws {
        let view = TableView(AdHocTable.make(context, by: ["municipio", "genero"], year: 2020))
        #expect(zip(view.texts("municipio"), view.texts("genero")).map { "\($0) \($1)" }
                == ["05001 F", "05001 M", "05001 SIN_DATO", "11001 F", "11001 M"])
        try IndicatorExpectations.checkAll(view, keys: ["anio", "municipio", "genero"], [
            "2020|11001|M": "2 2 0 0 0 0 2 0 2 1 2 1 2 1 - -",          // 1, 3
            "2020|05001|SIN_DATO": "1 1 0 0 0 0 1 0 1 0 1 0 1 0 - -",   // 6
        ])
        let zones = TableView(AdHocTable.make(context, by: ["zona_institucion", "sector"], year: 2019))
        #expect(zip(zones.texts("zona_institucion"), zones.texts("sector")).map { "\($0) \($1)" }
                == ["RURAL OFICIAL", "URBANA NO OFICIAL", "URBANA OFICIAL"])
        #expect(zones.texts("matricula") == ["2", "5", "5"])
    }

    @Test("ad-hoc extraedad leaves out unknown ages")
    func byOverAge() {
        let view = TableView(AdHocTable.make(context, by: ["extraedad"], year: 2019))
        #expect(view.texts("extraedad") == ["NO", "SI"])
        #expect(view.texts("matricula") == ["5", "3"])
    }
}
