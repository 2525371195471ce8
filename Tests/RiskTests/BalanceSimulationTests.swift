import Foundation
import Indicators
import Testing
@testable import Risk

/// Generated territories: 150 schools with lasting differences in dropout; the 6 with the highest
/// dropout in the base year are accompanied. Seeded (SplitMix64), so every run draws the same data.
@Suite("Ruta balance: simulation with regression to the mean")
struct BalanceSimulationTests {
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func normal() -> Double {
            let u = max(unit(), 1e-300), v = unit()
            return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
        mutating func binomial(_ n: Int64, _ p: Double) -> Int64 { (0..<n).reduce(0) { c, _ in c + (unit() < p ? 1 : 0) } }
    }

    /// The pooled dropout row of 2021 and the accompanied schools' naive change, with `effect` added to
    /// their true 2021 rate.
    static func simulate(effect: Double, seed: UInt64) -> BalanceRow {
        var random = SplitMix(state: seed)
        let schools = (0..<150).map { i -> (code: String, n: Int64, p: Double) in
            let n = Int64(40 + random.unit() * 360)
            return (String(format: "S%03d", i), n, min(0.4, max(0.005, 0.06 + 0.03 * random.normal())))
        }
        var rows: [InstitutionYearCounts] = []
        var base: [(code: String, rate: Double)] = []
        for s in schools {
            let x = random.binomial(s.n, s.p)
            rows.append(InstitutionYearCounts(year: 2020, code: s.code, desertores: x, base: s.n))
            base.append((s.code, Double(x) / Double(s.n)))
        }
        let accompanied = Set(base.sorted { $0.rate != $1.rate ? $0.rate > $1.rate : $0.code < $1.code }.prefix(6).map(\.code))
        for s in schools {
            let p = accompanied.contains(s.code) ? max(0, s.p + effect) : s.p
            rows.append(InstitutionYearCounts(year: 2021, code: s.code, desertores: random.binomial(s.n, p), base: s.n))
        }
        let (institution, territory) = FlagFixture.tables(rows)
        let risk = RiskAnalysis.run(institutionTable: institution, territoryTable: territory, saber: [])
        let ruta = accompanied.sorted().map { RutaInputRow(baseYear: 2020, institution: $0, modality: "GRUPO") }
        return Balance.rows(ruta: ruta, institutionTable: institution, territoryTable: territory, risk: risk)
            .first { $0.institution == "TODAS" && $0.indicator == .intraYearDropout && $0.year == 2021 }!
    }

    @Test("no true effect: the naive change claims an improvement, the pooled interval covers 0")
    func noEffect() throws {
        let pooled = Self.simulate(effect: 0, seed: 20_261_202)
        #expect(try #require(pooled.observedChange) < -0.01)
        #expect(try #require(pooled.lower) <= 0 && 0 <= (try #require(pooled.upper)))
    }

    @Test("a true effect of −3 points: found near its size; the naive change overstates it")
    func knownEffect() throws {
        let pooled = Self.simulate(effect: -0.03, seed: 20_261_202)
        let effect = try #require(pooled.effect)
        #expect(abs(effect - -0.03) < 0.015)
        #expect(try #require(pooled.observedChange) < effect)
    }
}
