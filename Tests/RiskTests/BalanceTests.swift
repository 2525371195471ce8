import Indicators
import Testing
@testable import Risk

/// Hand-made balance fixture (intra-year dropout = desertores / base), base year 2020, follow-up 2021.
///
/// | code | base | 2020 | 2021 | role |
/// |---|---|---|---|---|
/// | A1 | 100 | 20 | 10 | accompanied (CERRADO) |
/// | A2 | 50 | 10 | 4 | accompanied (nothing filled in) |
/// | C1…C5 | 100 | 10 each | 8, 9, 10, 9, 9 | flagged in 2020, not accompanied |
/// | P | 100 | 0 | 0 | flagged in 2020, padrino of A1 |
/// | N | 100 | 0 | 0 | not flagged |
///
/// Territory: 2020 80/850, 2021 59/850.
enum BalanceFixture {
    static let pb = 80.0 / 850, pt = 59.0 / 850

    static func tables() -> (institution: ResultTable, territory: ResultTable) {
        func row(_ year: Int, _ code: String, _ dropouts: Int64, base: Int64 = 100) -> InstitutionYearCounts {
            InstitutionYearCounts(year: year, code: code, desertores: dropouts, base: base)
        }
        let base2020 = [row(2020, "A1", 20), row(2020, "A2", 10, base: 50)] + (1...5).map { row(2020, "C\($0)", 10) }
            + [row(2020, "P", 0), row(2020, "N", 0)]
        let follow = [row(2021, "A1", 10), row(2021, "A2", 4, base: 50)]
            + zip(1...5, [8, 9, 10, 9, 9]).map { row(2021, "C\($0)", Int64($1)) } + [row(2021, "P", 0), row(2021, "N", 0)]
        return FlagFixture.tables(base2020 + follow)
    }

    static func risk(tau2: Double) -> RiskResult {
        let flagged = ["A1", "A2", "C1", "C2", "C3", "C4", "C5", "P"].map {
            RutaFixture.flag($0, .intraYearDropout, p: 0.01)
        }.map { flag -> InstitutionFlag in
            var f = flag
            f.year = 2020
            return f
        }
        var result = RutaFixture.risk(flags: flagged, priorities: [])
        result.funnels = [FunnelParameters(year: 2020, indicator: .intraYearDropout, reference: pb, institutions: 9,
                                           phi: nil, tau2: tau2)]
        return result
    }

    static func ruta(a1Padrinos: [String] = ["P"], a2Peers: [String] = []) -> [RutaInputRow] {
        [RutaInputRow(baseYear: 2020, institution: "A1", modality: "IN_SITU", status: "CERRADO", deliveredSessions: 6,
                      padrinos: a1Padrinos),
         RutaInputRow(baseYear: 2020, institution: "A2", modality: "GRUPO", peers: a2Peers)]
    }

    static func dropoutRows(tau2: Double, ruta: [RutaInputRow] = ruta()) -> [BalanceRow] {
        let (institution, territory) = tables()
        return Balance.rows(ruta: ruta, institutionTable: institution, territoryTable: territory, risk: risk(tau2: tau2))
            .filter { $0.indicator == .intraYearDropout }
    }
}

@Suite("Ruta balance: expected change, effect and pooled rows")
struct BalanceTests {
    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test("τ² = 0: B = 0, expected change = p̄_t − y_b, so effect = y_t − p̄_t")
    func tauZero() throws {
        let rows = BalanceFixture.dropoutRows(tau2: 0)
        #expect(rows.map(\.institution) == ["A1", "A2", "TODAS"])
        let a1 = rows[0]
        #expect(a1.baseYear == 2020 && a1.year == 2021 && a1.accompanied == 1 && a1.comparison == nil)
        #expect(Self.close(a1.baseValue, 0.2) && Self.close(a1.value, 0.1))
        #expect(Self.close(a1.observedChange, -0.1))
        #expect(Self.close(a1.expectedChange, BalanceFixture.pt - 0.2))          // 0.069412 − 0.2
        #expect(Self.close(a1.effect, 0.1 - BalanceFixture.pt))                  // 0.030588
        #expect(Self.close(rows[1].effect, 0.08 - BalanceFixture.pt))
        // Pooled: accompanied (100·0.1 + 50·0.08)/150 − p̄_t, comparison 0.09 − p̄_t (P left out: padrino).
        let pooled = rows[2]
        #expect(pooled.accompanied == 2 && pooled.comparison == 5)
        #expect(Self.close(pooled.effect, 14.0 / 150 - 0.09))                    // 0.003333
        #expect(pooled.method == BalanceEstimate.contrastMethod)
        // V_A = 2/1 · (100²·(1/150)² + 50²·(2/150)²)/150² = 2 · (0.4444… + 0.4444…)/22500
        let va = 2 * (10_000 * (1.0 / 150) * (1.0 / 150) + 2_500 * (2.0 / 150) * (2.0 / 150)) / 22_500
        // V_C = 5/4 · 100²·(0.01² + 0.01²)/500² = 0.00001
        let vc = 5.0 / 4 * 10_000 * 0.0002 / 250_000
        #expect(Self.close(vc, 0.00001))
        let df = (va + vc) * (va + vc) / (va * va / 1 + vc * vc / 4)
        let half = StudentT.quantile(0.975, degreesOfFreedom: df) * (va + vc).squareRoot()
        #expect(Self.close(pooled.lower, 14.0 / 150 - 0.09 - half, 1e-9))
        #expect(Self.close(pooled.upper, 14.0 / 150 - 0.09 + half, 1e-9))
        // The accompanied means beside it: y_b (100·0.2 + 50·0.2)/150, y_t 14/150.
        #expect(Self.close(pooled.baseValue, 0.2) && Self.close(pooled.value, 14.0 / 150))
    }

    @Test("τ² > 0: B = τ²/(τ² + p̄_b(1 − p̄_b)/n) keeps part of the distance to the territory")
    func tauPositive() {
        let rows = BalanceFixture.dropoutRows(tau2: 0.01)
        let pb = BalanceFixture.pb, pt = BalanceFixture.pt
        let b100 = 0.01 / (0.01 + pb * (1 - pb) / 100)     // 0.9214386
        let b50 = 0.01 / (0.01 + pb * (1 - pb) / 50)       // 0.8543219
        #expect(Self.close(rows[0].expectedChange, pt + b100 * (0.2 - pb) - 0.2))
        #expect(Self.close(rows[0].effect, -0.1 - (pt + b100 * (0.2 - pb) - 0.2)))
        #expect(Self.close(rows[1].expectedChange, pt + b50 * (0.2 - pb) - 0.2))
        #expect(abs(b100 - 0.9214386) < 1e-6 && abs(b50 - 0.8543219) < 1e-6)
    }

    @Test("comparison group under 5 (padrinos and pares left out): the accompanied mean alone, metodo says so")
    func smallComparison() {
        let ruta = BalanceFixture.ruta(a1Padrinos: ["P", "C4"], a2Peers: ["C5"])
        let pooled = BalanceFixture.dropoutRows(tau2: 0, ruta: ruta).last!
        #expect(pooled.institution == "TODAS" && pooled.comparison == 3)
        #expect(Self.close(pooled.effect, 14.0 / 150 - BalanceFixture.pt))     // 0.023922
        #expect(pooled.method == BalanceEstimate.aloneMethod)
        let va = 2 * (10_000 * (1.0 / 150) * (1.0 / 150) + 2_500 * (2.0 / 150) * (2.0 / 150)) / 22_500
        let half = 12.706204736 * va.squareRoot()                               // t(0.975, 1) = 12.7062
        #expect(Self.close(pooled.lower, 14.0 / 150 - BalanceFixture.pt - half, 1e-8))
        #expect(Self.close(pooled.upper, 14.0 / 150 - BalanceFixture.pt + half, 1e-8))
        // The interval is the accompanied schools' alone: half = 12.706205 · √0.0000790123 = 0.112944.
        #expect(abs(half - 0.112944) < 1e-6)
    }

    @Test("one accompanied school and no comparison: no interval, and metodo says why")
    func singleSchool() {
        let ruta = [RutaInputRow(baseYear: 2020, institution: "A1", modality: "IN_SITU", status: "EN_CURSO",
                                 padrinos: ["P", "C1", "C2"], peers: ["C3", "C4"])]
        let pooled = BalanceFixture.dropoutRows(tau2: 0, ruta: ruta).last!
        #expect(pooled.accompanied == 1 && pooled.comparison == 2)   // A2 (not in the plan) and C5
        #expect(pooled.lower == nil && pooled.upper == nil)
        #expect(pooled.method == BalanceEstimate.aloneMethod + BalanceEstimate.noIntervalNote)
    }

    @Test("Student t quantiles match the tables")
    func studentT() {
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 1) - 12.706204736) < 1e-6)
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 4) - 2.776445105) < 1e-8)
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 30) - 2.042272456) < 1e-8)
    }
}
