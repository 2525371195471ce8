import Testing
import Indicators
@testable import ReportCLI

/// `--publico` on `balance_ruta`: a balance row repeats an institution's `TOTAL` rates, so it hides them
/// where `indicadores_institucion` does (SPEC §10: rates over fewer than 5 students or over a count 1…4).
@Suite("Public balance: the institution's hidden rates stay hidden")
struct ReportPublicBalanceTests {
    /// A: 200 students in 2020 and 2021, 10 and 6 dropouts (published). B: 40 students, 3 dropouts in
    /// 2020 (a count 1…4: blanked), 8 in 2021.
    static let institutions = ResultTable(name: "indicadores_institucion", columns: [
        ResultColumn("anio", .integers([2020, 2020, 2021, 2021])),
        ResultColumn("institucion", .texts(["A", "B", "A", "B"])),
        ResultColumn("nivel", .texts(["TOTAL", "TOTAL", "TOTAL", "TOTAL"])),
        ResultColumn("base", .integers([200, 40, 200, 40])),
        ResultColumn("tasa_desercion_intraanual", .rates([0.05, 0.075, 0.03, 0.2])),
    ])

    static func balance(pooledSchools: Int64) -> ResultTable {
        ResultTable(name: "balance_ruta", columns: [
            ResultColumn("anio_base", .integers([2020, 2020, 2020])),
            ResultColumn("anio", .integers([2021, 2021, 2021])),
            ResultColumn("institucion", .texts(["A", "B", "TODAS"])),
            ResultColumn("indicador", .texts(Array(repeating: "tasa_desercion_intraanual", count: 3))),
            ResultColumn("acompanadas", .integers([1, 1, pooledSchools])),
            ResultColumn("comparacion", .integers([nil, nil, 7])),
            ResultColumn("valor_base", .decimals([0.05, 0.075, 0.06])),
            ResultColumn("valor", .decimals([0.03, 0.2, 0.1])),
            ResultColumn("cambio_observado", .decimals([-0.02, 0.125, 0.04])),
            ResultColumn("cambio_esperado", .decimals([-0.01, -0.02, -0.015])),
            ResultColumn("efecto", .decimals([-0.01, 0.145, 0.055])),
            ResultColumn("ic_inferior", .decimals([nil, nil, -0.1])),
            ResultColumn("ic_superior", .decimals([nil, nil, 0.2])),
            ResultColumn("metodo", .texts([nil, nil, "welch"])),
        ])
    }

    @Test("B's row loses every figure (its 2020 rate is over 3 dropouts); A's and a pooled row of two stay")
    func hiddenInstitutionRow() {
        let published = IndexedTable(Self.published(Self.balance(pooledSchools: 2))[0])
        for name in ReportPrivacy.balanceFigures {
            #expect(published.number(name, at: 1) == nil, "\(name)")
        }
        #expect(published.number("valor_base", at: 0) == 0.05)
        #expect(published.number("efecto", at: 0) == -0.01)
        #expect(published.number("efecto", at: 2) == 0.055)
        #expect(published.number("ic_superior", at: 2) == 0.2)
        #expect(published.integer("comparacion", at: 2) == 7)
    }

    @Test("a pooled row of one school whose own row is hidden is hidden too")
    func pooledRowOfOneSchool() {
        let published = IndexedTable(Self.published(Self.balance(pooledSchools: 1))[0])
        for name in ReportPrivacy.balanceFigures {
            #expect(published.number(name, at: 2) == nil, "\(name)")
        }
        #expect(published.text("metodo", at: 2) == "welch")
    }

    @Test("an institution missing from the indicator table is hidden (nothing says its rates are public)")
    func unknownInstitution() {
        let onlyA = ResultTable(name: "x", columns: Self.institutions.columns.map {
            ResultColumn($0.name, Self.keep($0.values, rows: [0, 2]))
        })
        let published = IndexedTable(ReportPrivacy.publishedBalance(
            Self.balance(pooledSchools: 2), dose: Self.dose, institutions: onlyA)[0])
        #expect(published.number("valor", at: 0) == 0.03)
        #expect(published.number("valor", at: 1) == nil)
    }

    /// Two dose terciles of 2020 → 2021: one school (B, whose row is hidden) and two schools.
    static let dose = ResultTable(name: "balance_ruta_dosis", columns: [
        ResultColumn("anio_base", .integers([2020, 2020])),
        ResultColumn("anio", .integers([2021, 2021])),
        ResultColumn("indicador", .texts(["tasa_desercion_intraanual", "tasa_desercion_intraanual"])),
        ResultColumn("dosis", .texts(["baja", "alta"])),
        ResultColumn("acompanadas", .integers([1, 2])),
        ResultColumn("valor_base", .decimals([0.075, 0.06])),
        ResultColumn("valor", .decimals([0.2, 0.1])),
        ResultColumn("efecto", .decimals([0.145, 0.055])),
    ])

    static func published(_ balance: ResultTable) -> [ResultTable] {
        ReportPrivacy.publishedBalance(balance, dose: dose, institutions: institutions)
    }

    @Test("a dose tercile of one school is hidden when an accompanied school's row of its year and rate is")
    func doseTercileOfOneSchool() {
        let published = IndexedTable(Self.published(Self.balance(pooledSchools: 2))[1])
        #expect(published.number("valor_base", at: 0) == nil)
        #expect(published.number("efecto", at: 0) == nil)
        #expect(published.number("valor_base", at: 1) == 0.06)
        #expect(published.number("efecto", at: 1) == 0.055)
        #expect(published.text("dosis", at: 0) == "baja")
    }

    static func keep(_ values: ResultColumn.Values, rows: [Int]) -> ResultColumn.Values {
        switch values {
        case .integers(let v): return .integers(rows.map { v[$0] })
        case .texts(let v): return .texts(rows.map { v[$0] })
        case .rates(let v): return .rates(rows.map { v[$0] })
        case .decimals(let v): return .decimals(rows.map { v[$0] })
        }
    }
}
