import Indicators
import Testing
@testable import ReportCLI

@Suite("--publico suppression")
struct RenderSuppressionTests {
    /// Four rows whose counts straddle the 1…4 band and whose denominators straddle 5.
    private let table = ResultTable(name: "indicadores_institucion", columns: [
        ResultColumn("anio", .integers([2019, 2019, 2019, 2019])),
        ResultColumn("grado", .integers([3, 4, 1, 2])),
        ResultColumn("institucion", .texts(["A", "B", "C", "D"])),
        ResultColumn("desertores", .integers([0, 1, 4, 5])),
        ResultColumn("base", .integers([3, 4, 5, nil])),
        ResultColumn("tasa_desercion_intraanual", .rates([0, 0.25, 0.8, nil])),
        ResultColumn("edad_media", .decimals([7.5, 8, 9, 10])),
        ResultColumn("tasa_sin_denominador", .rates([0.1, 0.2, 0.3, 0.4])),
    ])

    /// The suppressed table with the indicator mapping.
    private var suppressed: ResultTable {
        PublicSuppression(rateDenominators: PublicSuppression.indicatorRateDenominators).applied(to: table)
    }

    @Test("counts 1…4 vanish while 0 and 5 stay")
    func smallCounts() throws {
        let desertores = try #require(suppressed.column(named: "desertores"))
        guard case .integers(let values) = desertores.values else { Issue.record("not integers"); return }
        #expect(values == [0, nil, nil, 5])
    }

    @Test("a rate whose denominator is under 5 (3 or 4) vanishes; so does 0.8 over 5, whose numerator is 4")
    func ratesOverSmallDenominators() throws {
        let rate = try #require(suppressed.column(named: "tasa_desercion_intraanual"))
        guard case .rates(let values) = rate.values else { Issue.record("not rates"); return }
        // Issue 11: 0.8 × 5 = 4 would rebuild the blanked count of row C.
        #expect(values == [nil, nil, nil, nil])
    }

    @Test("denominators are read before they are blanked, and are blanked themselves")
    func denominatorsBlanked() throws {
        let base = try #require(suppressed.column(named: "base"))
        guard case .integers(let values) = base.values else { Issue.record("not integers"); return }
        #expect(values == [nil, nil, 5, nil])
    }

    @Test("exempt columns, texts and decimals are untouched")
    func exemptColumns() throws {
        for name in ["anio", "grado", "institucion", "edad_media"] {
            let before = try #require(table.column(named: name))
            let after = try #require(suppressed.column(named: name))
            #expect(String(describing: before.values) == String(describing: after.values), "column \(name)")
        }
    }

    @Test("a rate with no known denominator is blanked entirely")
    func unmappedRate() throws {
        let rate = try #require(suppressed.column(named: "tasa_sin_denominador"))
        guard case .rates(let values) = rate.values else { Issue.record("not rates"); return }
        #expect(values == [nil, nil, nil, nil])
    }

    @Test("a custom exempt set makes a year-like column suppressible")
    func customExemptSet() throws {
        let rule = PublicSuppression(rateDenominators: [:], exemptColumns: ["anio"])
        let grado = try #require(rule.applied(to: table).column(named: "grado"))
        guard case .integers(let values) = grado.values else { Issue.record("not integers"); return }
        #expect(values == [nil, nil, nil, nil])
    }
}
