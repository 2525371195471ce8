import Indicators
import Testing
@testable import Risk

/// `EXCESO` on a hand-made territory: 13 institutions in 2019 (τ² estimated) and 5 in 2020 (τ² = 0).
///
/// Only intra-year dropout varies (`desertores` / `base`); the other rates are 0 everywhere, so their
/// funnels have p0 = 0 and raise nothing. 2019 knows its t+1, 2020 does not.
///
/// Reference values were computed independently with Python (numpy 2.4, scipy 1.17):
/// p_exact = `scipy.stats.binom.sf(x - 1, n, p0)`; z = (x/n − p0)/√(p0(1 − p0)/n); winsorised with
/// `numpy.clip(z, *numpy.percentile(z, [10, 90]))` (linear interpolation); φ = mean(z_w²);
/// τ² = max(0, (Iφ − (I − 1)) / (Σw − Σw²/Σw)), w = 1/s²; p = max(p_exact, `scipy.stats.norm.sf`((y − p0)/√(s² + τ²))).
@Suite("EXCESO: funnel-plot excess flags")
struct FlagExcessTests {
    /// 2019: X = 75, N = 1280, p0 = 0.05859375.
    static let rows2019: [(String, Int64, Int64)] = [
        ("I01", 2, 100), ("I02", 3, 120), ("I03", 5, 80), ("I04", 1, 60), ("I05", 4, 150), ("I06", 6, 90),
        ("I07", 2, 200), ("I08", 9, 110), ("I09", 0, 40), ("I10", 3, 70), ("I11", 20, 100), ("I12", 14, 130),
        ("I13", 6, 30),
    ]
    /// 2020: X = 32, N = 390, p0 = 32/390 = 0.082051282…
    static let rows2020: [(String, Int64, Int64)] = [
        ("I01", 2, 100), ("I02", 3, 120), ("I03", 5, 80), ("I07", 12, 40), ("I11", 10, 50),
    ]

    static func tables() -> (institution: ResultTable, territory: ResultTable) {
        FlagFixture.tables(
            rows2019.map { InstitutionYearCounts(year: 2019, code: $0.0, desertores: $0.1, base: $0.2,
                                                 elegibles: $0.2, desertoresInteranuales: 0) }
                + rows2020.map { InstitutionYearCounts(year: 2020, code: $0.0, desertores: $0.1, base: $0.2) })
    }

    func run(_ rules: RiskRules = RiskRules()) -> RiskResult {
        let (institution, territory) = Self.tables()
        return RiskAnalysis.run(institutionTable: institution, territoryTable: territory, saber: [], rules: rules)
    }

    @Test("with τ² the large school at 20 % is ALTA, the small one at 20 % MEDIA, 10.8 % of 130 nothing")
    func levelsWithOverdispersion() throws {
        let flags = run().flags.filter { $0.year == 2019 && $0.rule == .excess }
        #expect(flags.map(\.institution) == ["I11", "I13"])
        let large = try #require(flags.first), small = try #require(flags.last)
        // p = norm.sf((0.2 − p0)/√(p0(1 − p0)/100 + τ²)) = 0.0007029105452703297 > binom.sf(19, 100, p0) = 1.27e-6.
        #expect(large.level == .alta && isClose(large.statistic, 0.0007029105452703297, tolerance: 1e-9))
        // p = binom.sf(5, 30, p0) = 0.007098150808873385 (the exact tail is the larger one here).
        #expect(small.level == .media && isClose(small.statistic, 0.007098150808873385, tolerance: 1e-9))
        #expect(small.indicator == .intraYearDropout && small.value == 0.2 && small.reference == 0.05859375)
        #expect(small.numerator == 6 && small.denominator == 30)
    }

    @Test("2019 funnel of intra-year dropout has the reference φ and τ² over 13 institutions")
    func funnelWithOverdispersion() throws {
        let funnel = try #require(run().funnels.first { $0.year == 2019 && $0.indicator == .intraYearDropout })
        #expect(funnel.reference == 0.05859375 && funnel.institutions == 13)
        #expect(isClose(funnel.phi, 3.205921564723098, tolerance: 1e-9))
        #expect(isClose(funnel.tau2, 0.0014091170868117695, tolerance: 1e-9))
    }

    @Test("with fewer than 10 institutions τ² is 0 and the exact binomial tail decides")
    func exactTailBelowTenInstitutions() throws {
        let result = run()
        let funnel = try #require(result.funnels.first { $0.year == 2020 && $0.indicator == .intraYearDropout })
        #expect(funnel.institutions == 5 && funnel.phi == nil && funnel.tau2 == 0)
        let flags = result.flags.filter { $0.year == 2020 }
        #expect(flags.map(\.institution) == ["I07", "I11"])
        // binom.sf(11, 40, 32/390) = 5.8291194739616524e-05 → ALTA; binom.sf(9, 50, 32/390) = 0.006715478621667053 → MEDIA.
        #expect(flags[0].level == .alta && isClose(flags[0].statistic, 5.8291194739616524e-05, tolerance: 1e-9))
        #expect(flags[1].level == .media && isClose(flags[1].statistic, 0.006715478621667053, tolerance: 1e-9))
    }

    @Test("raising the τ² minimum above 13 turns the overdispersion off: 10.8 % of 130 becomes MEDIA")
    func configurableMinimum() {
        var rules = RiskRules()
        rules.minimumInstitutionsForTau2 = 20
        let flags = run(rules).flags.filter { $0.year == 2019 }
        // binom.sf(13, 130, p0) = 0.020550017378980615 ≤ 0.025; binom.sf(19, 100, p0) = 1.27e-6 ≤ 0.001.
        #expect(flags.map(\.institution) == ["I11", "I12", "I13"])
        #expect(flags.map(\.level) == [.alta, .media, .media])
    }

    @Test("rates at p0 = 0 raise nothing; the interannual funnel exists only where t+1 is loaded")
    func funnelRows() {
        let result = run()
        let table = result.funnelTable
        #expect(table.columns.map(\.name) == ["anio", "indicador", "referencia", "instituciones", "phi", "tau2"])
        #expect(table.integers("anio") == [2019, 2019, 2019, 2019, 2019, 2020, 2020, 2020, 2020])
        #expect(table.texts("indicador") == [
            "tasa_desercion_intraanual", "tasa_reprobacion", "tasa_repitencia", "tasa_extraedad",
            "tasa_desercion_interanual", "tasa_desercion_intraanual", "tasa_reprobacion", "tasa_repitencia",
            "tasa_extraedad",
        ])
        #expect(table.numbers("referencia")[1] == 0 && table.numbers("phi")[1] == nil && table.numbers("tau2")[1] == 0)
        #expect(table.integers("instituciones")[4] == 13)
        #expect(result.flags.allSatisfy { $0.indicator == .intraYearDropout })
    }

    @Test("alertas_institucion has the SPEC columns and one row per flag")
    func alertTable() {
        let table = run().alertTable
        #expect(table.columns.map(\.name) == ["anio", "institucion", "indicador", "valor", "referencia", "numerador",
                                              "denominador", "estadistico", "nivel", "regla"])
        #expect(table.texts("institucion") == ["I11", "I13", "I07", "I11"])
        #expect(table.texts("nivel") == ["ALTA", "MEDIA", "ALTA", "MEDIA"])
        #expect(table.texts("regla") == ["EXCESO", "EXCESO", "EXCESO", "EXCESO"])
        #expect(table.integers("numerador") == [20, 6, 12, 10] && table.integers("denominador") == [100, 30, 40, 50])
    }

    @Test("each institution's flags are at hand for its report, oldest year first")
    func flagsOfInstitution() {
        let result = run()
        #expect(result.flags(of: "I11").map(\.year) == [2019, 2020])
        #expect(result.flags(of: "I01").isEmpty)
    }

    @Test("custom p-value thresholds move the levels")
    func customThresholds() {
        var rules = RiskRules()
        rules.highPValue = 0.01
        rules.mediumPValue = 0.05
        let flags = run(rules).flags.filter { $0.year == 2020 }
        // 0.0067 ≤ 0.01 → ALTA now.
        #expect(flags.map(\.level) == [.alta, .alta])
    }
}
