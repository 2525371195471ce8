import Indicators
import Testing
@testable import Risk

/// `TENDENCIA` on hand-made intra-year dropout series, 2017–2019 (desertores / base).
///
/// Territory 2019: (4 + 2 + 1 + 2 + 5 + 2) / (100 + 100 + 50 + 100 + 100 + 50) = 16/500 = 0.032.
@Suite("TENDENCIA: rising intra-year dropout")
struct FlagTrendTests {
    /// (code, [(desertores, base)] for 2017, 2018, 2019; nil = no row that year).
    static let series: [(String, [(Int64, Int64)?])] = [
        ("T1", [(1, 100), (2, 100), (4, 100)]),  // 1 % < 2 % < 4 %, above 3.2 %: flagged
        ("T2", [(1, 100), (2, 100), (2, 100)]),  // equal in the last two years
        ("T3", [(1, 100), (2, 100), (1, 50)]),   // 2/100 = 1/50: equal, not a rise
        ("T4", [(0, 100), (1, 100), (2, 100)]),  // rises, but 2 % is below the territory's 3.2 %
        ("T5", [nil, (3, 100), (5, 100)]),       // no 2017 row
        ("T6", [(0, 0), (1, 50), (2, 50)]),      // 2017 rate undefined (base 0)
    ]

    func flags() -> [InstitutionFlag] {
        var rows: [InstitutionYearCounts] = []
        for (code, years) in Self.series {
            for (k, counts) in years.enumerated() {
                guard let counts else { continue }
                rows.append(InstitutionYearCounts(year: 2017 + k, code: code, desertores: counts.0, base: counts.1,
                                                  matricula: max(counts.1, 1)))
            }
        }
        let (institution, territory) = FlagFixture.tables(rows)
        return RiskAnalysis.run(institutionTable: institution, territoryTable: territory, saber: [])
            .flags.filter { $0.rule == .risingTrend }
    }

    @Test("only a strict three-year rise ending above the territory is flagged")
    func onlyStrictRise() {
        #expect(flags().map(\.institution) == ["T1"])
    }

    @Test("the row carries the rates and counts of year t, level MEDIA, no statistic")
    func rowContents() throws {
        let flag = try #require(flags().first)
        #expect(flag.year == 2019 && flag.indicator == .intraYearDropout)
        #expect(flag.value == 0.04 && flag.reference == 0.032)
        #expect(flag.numerator == 4 && flag.denominator == 100)
        #expect(flag.statistic == nil && flag.level == .media)
    }
}
