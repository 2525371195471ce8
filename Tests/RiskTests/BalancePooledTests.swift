import Indicators
import Testing
@testable import Risk

/// The pooled `TODAS` row when τ² > 0 shrinks every school's expected change, and τ² left empty, on
/// `BalanceFixture`.
@Suite("Ruta balance: pooled rows with τ² > 0 and with τ² empty")
struct BalancePooledTests {
    @Test("τ² = 0.01: both groups keep part of their distance; pooled = ē_A − ē_C by hand")
    func pooledWithShrinkage() throws {
        let rows = BalanceFixture.dropoutRows(tau2: 0.01)
        let pooled = try #require(rows.last)
        #expect(pooled.institution == "TODAS" && pooled.accompanied == 2 && pooled.comparison == 5)
        let pb = BalanceFixture.pb, pt = BalanceFixture.pt
        let b100 = 0.01 / (0.01 + pb * (1 - pb) / 100)     // 0.921438
        let b50 = 0.01 / (0.01 + pb * (1 - pb) / 50)       // 0.854322
        // Effect = y_t − p̄_t − B(y_b − p̄_b). A1: 0.1 − 0.069412 − 0.921438·0.105882 = −0.066976;
        // A2: 0.08 − 0.069412 − 0.854322·0.105882 = −0.079869; ē_A = (100·A1 + 50·A2)/150 = −0.071274.
        let a1 = 0.1 - pt - b100 * (0.2 - pb), a2 = 0.08 - pt - b50 * (0.2 - pb)
        #expect(abs(a1 - -0.066976) < 1e-6 && abs(a2 - -0.079869) < 1e-6)
        #expect(BalanceTests.close(rows[0].effect, a1) && BalanceTests.close(rows[1].effect, a2))
        let accompanied = (100 * a1 + 50 * a2) / 150
        // C1…C5 (n = 100, y_b = 0.1, y_t mean 0.09): ē_C = 0.09 − p̄_t − B100(0.1 − p̄_b) = 0.015168.
        let comparison = 0.09 - pt - b100 * (0.1 - pb)
        #expect(abs(comparison - 0.015168) < 1e-6)
        #expect(BalanceTests.close(pooled.effect, accompanied - comparison))      // −0.086442
        #expect(abs(try #require(pooled.effect) - -0.086442) < 1e-6)
        // Accompanied means beside it: expected change (100·E1 + 50·E2)/150 with E = p̄_t + B(0.2 − p̄_b) − 0.2.
        let e1 = pt + b100 * (0.2 - pb) - 0.2, e2 = pt + b50 * (0.2 - pb) - 0.2
        #expect(BalanceTests.close(pooled.expectedChange, (100 * e1 + 50 * e2) / 150))
        #expect(BalanceTests.close(pooled.observedChange, (100 * -0.1 + 50 * -0.12) / 150))
        // Variances: the comparison's effects differ only by y_t, so V_C = 0.00001 as with τ² = 0.
        let va = 2 * (10_000 * (a1 - accompanied) * (a1 - accompanied) + 2_500 * (a2 - accompanied) * (a2 - accompanied))
            / 22_500
        let vc = 0.00001
        let df = (va + vc) * (va + vc) / (va * va / 1 + vc * vc / 4)
        let half = StudentT.quantile(0.975, degreesOfFreedom: df) * (va + vc).squareRoot()
        #expect(BalanceTests.close(pooled.lower, accompanied - comparison - half, 1e-9))
        #expect(BalanceTests.close(pooled.upper, accompanied - comparison + half, 1e-9))
        #expect(pooled.method == BalanceEstimate.contrastMethod)
    }

    @Test("τ² empty (no funnel row for b): B = 0, the same rows as τ² = 0")
    func emptyTau() {
        let (institution, territory) = BalanceFixture.tables()
        var risk = BalanceFixture.risk(tau2: 0.01)
        risk.funnels = []
        let rows = Balance.rows(ruta: BalanceFixture.ruta(), institutionTable: institution, territoryTable: territory,
                                risk: risk).filter { $0.indicator == .intraYearDropout }
        #expect(rows == BalanceFixture.dropoutRows(tau2: 0))
        #expect(BalanceEstimate.shrinkage(tau2: nil, reference: BalanceFixture.pb, denominator: 100) == 0)
    }
}
