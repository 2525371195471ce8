import Indicators
import Testing
@testable import Risk

/// `SABER11_BAJO` on hand-made Saber years.
///
/// 2019: eleven schools of five examinees, each at its base score −20, −10, 0, +10, +20 (bases 300, 210,
/// 280, 220, 310, 200, 290, 230, 260, 250, 150 for S01…S11); S12 with four examinees (100…130, below the
/// five needed); three examinees without school (250, 260, 240); one unpublished examinee of S01 at 0.
/// 2020: L (100…140), N1 (250…290), N2 (300…340) and twenty examinees without school at 250.
///
/// Reference values computed independently with Python (numpy 2.4): M = mean, S = std(ddof=1) over all
/// published examinees; s² = S²/n; z0 = (m − M)/s; φ, τ² as in `FlagExcessTests`; z = (m − M)/√(s² + τ²).
@Suite("SABER11_BAJO: low Saber 11 results")
struct SaberFlagTests {
    static let bases: [(String, Double)] = [
        ("S01", 300), ("S02", 210), ("S03", 280), ("S04", 220), ("S05", 310), ("S06", 200), ("S07", 290),
        ("S08", 230), ("S09", 260), ("S10", 250), ("S11", 150),
    ]

    static func records() -> [SaberRecord] {
        typealias E = SaberFixture.Examinee
        var examinees = bases.flatMap { code, base in
            SaberFixture.school(code, period: "20194", scores: [-20, -10, 0, 10, 20].map { base + $0 }, prefix: "A")
        }
        examinees += SaberFixture.school("S12", period: "20194", scores: [100, 110, 120, 130], prefix: "A")
        examinees += [250, 260, 240].enumerated().map { E(consecutive: "A-none-\($0)", global: $1) }
        examinees.append(E(consecutive: "A-hidden", school: "S01", global: 0, status: "NO PUBLICAR"))
        examinees += SaberFixture.school("L", period: "20201", scores: [100, 110, 120, 130, 140], prefix: "B")
        examinees += SaberFixture.school("N1", period: "20201", scores: [250, 260, 270, 280, 290], prefix: "B")
        examinees += SaberFixture.school("N2", period: "20201", scores: [300, 310, 320, 330, 340], prefix: "B")
        examinees += (0..<20).map { E(period: "20201", consecutive: "B-none-\($0)", global: 250) }
        return SaberFixture.records(examinees)
    }

    static let empty = FlagFixture.tables([])

    func run(_ rules: RiskRules = RiskRules()) -> RiskResult {
        RiskAnalysis.run(institutionTable: Self.empty.institution, territoryTable: Self.empty.territory,
                         saber: Self.records(), rules: rules)
    }

    @Test("with τ² over eleven schools the lowest is MEDIA (z = −2.114), not ALTA as with sampling error alone")
    func overdispersedYear() throws {
        let result = run()
        let flags = result.flags.filter { $0.year == 2019 }
        #expect(flags.map(\.institution) == ["S11"])
        let flag = try #require(flags.first)
        #expect(flag.rule == .lowSaber && flag.indicator == .saberGlobal && flag.level == .media)
        #expect(flag.value == 150 && isClose(flag.reference, 237.25806451612902))
        #expect(flag.numerator == nil && flag.denominator == 5)
        #expect(isClose(flag.statistic, -2.114386545903597, tolerance: 1e-9))
        let funnel = try #require(result.funnels.first { $0.year == 2019 })
        #expect(funnel.indicator == .saberGlobal && funnel.institutions == 11)
        #expect(isClose(funnel.phi, 2.4212492070572442) && isClose(funnel.tau2, 1063.6534262465677, tolerance: 1e-8))
        #expect(isClose(funnel.standardDeviation, 56.54446545190494))
    }

    @Test("with three schools τ² = 0: z = (120 − 244.29) / (S/√5) = −4.82 is ALTA")
    func smallYear() throws {
        let result = run()
        let flags = result.flags.filter { $0.year == 2020 }
        #expect(flags.map(\.institution) == ["L"] && flags.first?.level == .alta)
        #expect(isClose(flags.first?.statistic, -4.823709526759809, tolerance: 1e-9))
        let funnel = try #require(result.funnels.first { $0.year == 2020 })
        // M = (600 + 1350 + 1600 + 20 × 250) / 35 = 244.2857…
        #expect(isClose(funnel.reference, 8550.0 / 35) && funnel.institutions == 3)
        #expect(funnel.phi == nil && funnel.tau2 == 0)
    }

    @Test("lowering the minimum to four examinees brings S12 in, which widens τ² and moves the flag")
    func minimumExaminees() throws {
        var rules = RiskRules()
        rules.minimumExaminees = 4
        let flags = run(rules).flags.filter { $0.year == 2019 }
        #expect(flags.map(\.institution) == ["S12"])
        #expect(isClose(flags.first?.statistic, -2.300669709262945, tolerance: 1e-9))
    }

    @Test("schools absent from the matrícula are flagged; the funnel table lists promedio_global")
    func tables() {
        let result = run()
        #expect(result.alertTable.texts("regla") == ["SABER11_BAJO", "SABER11_BAJO"])
        #expect(result.alertTable.integers("numerador") == [nil, nil])
        #expect(result.funnelTable.texts("indicador") == ["promedio_global", "promedio_global"])
        #expect(result.priorities.isEmpty)
    }
}
