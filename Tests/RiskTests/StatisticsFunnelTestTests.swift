import Testing
@testable import Risk

@Suite("Funnel excess test")
struct StatisticsFunnelTestTests {
    /// x = 30 of n = 100 against p0 = 0.2. Exact tail P(X ≥ 30) = I_0.2(30, 71) = 0.011248978720991643
    /// (mpmath betainc, 40 digits). With τ² = 0.01769 (the twelve-institution estimate):
    /// s² = 0.0016, z = 0.1 / √0.01929 = 0.72000230401105916, 1 − Φ(z) = 0.23576178848713078 (mpmath).
    @Test("overdispersion turns a MEDIA flag into no flag")
    func withAndWithoutOverdispersion() {
        let exact = FunnelTest.excessPValue(successes: 30, trials: 100, reference: 0.2, tau2: 0)
        let widened = FunnelTest.excessPValue(successes: 30, trials: 100, reference: 0.2, tau2: 0.01769)
        #expect(relativeError(exact, 0.011248978720991643) < 1e-12)
        #expect(relativeError(widened, 0.23576178848713078) < 1e-12)
        #expect(FunnelTest.level(pValue: exact, rate: 0.3, reference: 0.2) == .media)
        #expect(FunnelTest.level(pValue: widened, rate: 0.3, reference: 0.2) == nil)
    }

    @Test("the exact tail wins when it is the larger p-value")
    func exactTailIsTheFloor() {
        // Tiny τ²: the normal tail at z ≈ 2.5 (0.006) is below the exact tail (0.0112), which stays.
        let p = FunnelTest.excessPValue(successes: 30, trials: 100, reference: 0.2, tau2: 1e-12)
        #expect(relativeError(p, 0.011248978720991643) < 1e-12)
    }

    @Test("p0 = 0 with events is certain excess; without events, no evidence")
    func zeroReference() {
        #expect(FunnelTest.excessPValue(successes: 1, trials: 40, reference: 0, tau2: 0) == 0)
        #expect(FunnelTest.excessPValue(successes: 0, trials: 40, reference: 0, tau2: 0) == 1)
        #expect(FunnelTest.level(pValue: 0, rate: 1.0 / 40, reference: 0) == .alta)
    }

    @Test("levels at and around the thresholds",
          arguments: [(0.0005, FlagLevel.alta), (0.001, .alta), (0.0010001, .media), (0.025, .media)])
    func levels(p: Double, expected: FlagLevel) {
        #expect(FunnelTest.level(pValue: p, rate: 0.3, reference: 0.2) == expected)
    }

    @Test("no flag above 0.025 nor at or below the reference rate")
    func noFlag() {
        #expect(FunnelTest.level(pValue: 0.0251, rate: 0.3, reference: 0.2) == nil)
        #expect(FunnelTest.level(pValue: 0.0001, rate: 0.2, reference: 0.2) == nil)
        #expect(FunnelTest.level(pValue: 0.0001, rate: 0.1, reference: 0.2) == nil)
    }

    @Test("flag levels print as the SPEC writes them")
    func rawValues() {
        #expect(FlagLevel.allCases.map(\.rawValue) == ["ALTA", "MEDIA"])
    }

    /// p0 = 0.2, n = 100: √(0.16 / 100) = 0.04, so 0.2 ± 1.96 × 0.04 and 0.2 ± 3.09 × 0.04.
    /// With τ² = 0.0084: √(0.0016 + 0.0084) = 0.1, so 0.2 + 1.96 × 0.1 = 0.396.
    @Test("control limits", arguments: [
        (0.2, 100, 0.0, 1.96, 0.2784), (0.2, 100, 0.0, -3.09, 0.0764),
        (0.2, 100, 0.0084, 1.96, 0.396),
    ])
    func controlLimit(p0: Double, n: Int, tau2: Double, z: Double, expected: Double) {
        let limit = FunnelTest.controlLimit(reference: p0, trials: n, tau2: tau2, z: z)
        #expect(relativeError(limit, expected) < 1e-12)
    }

    /// p0 = 0.02, n = 10: 0.02 − 3.09 × 0.0443 < 0; p0 = 0.9, n = 5: 0.9 + 3.09 × 0.134 > 1.
    @Test("control limits stay within 0 and 1")
    func controlLimitClamps() {
        #expect(FunnelTest.controlLimit(reference: 0.02, trials: 10, tau2: 0, z: -3.09) == 0)
        #expect(FunnelTest.controlLimit(reference: 0.9, trials: 5, tau2: 0, z: 3.09) == 1)
    }

    @Test("a numerator above its denominator is a programmer error")
    func numeratorAboveDenominatorTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = FunnelTest.excessPValue(successes: 11, trials: 10, reference: 0.2, tau2: 0)
        }
    }
}
