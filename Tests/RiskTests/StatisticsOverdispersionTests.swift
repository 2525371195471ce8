import Testing
@testable import Risk

@Suite("Overdispersion (Spiegelhalter 2005)")
struct StatisticsOverdispersionTests {
    /// Twelve institutions, worked by hand.
    ///
    /// Sorted z: −3, −1, −0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 6 (I = 12).
    /// 10th percentile at position 11 × 0.1 = 1.1: −1 + 0.1 × (−0.5 − (−1)) = −0.95.
    /// 90th percentile at position 11 × 0.9 = 9.9: 3 + 0.9 × (4 − 3) = 3.9.
    /// Winsorised: −0.95, −0.95, −0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.9, 3.9.
    /// Squares: 0.9025 + 0.9025 + 0.25 + 0 + 0.25 + 1 + 2.25 + 4 + 6.25 + 9 + 15.21 + 15.21 = 55.225.
    /// φ = 55.225 / 12 = 4.6020833….
    /// Variances 0.01, 0.005, 0.0025 four times each, so w = 100, 200, 400:
    /// Σw = 4 × 700 = 2800, Σw² = 4 × (10,000 + 40,000 + 160,000) = 840,000, Σw²/Σw = 300.
    /// τ² = (12 × 4.6020833… − 11) / (2800 − 300) = (55.225 − 11) / 2500 = 44.225 / 2500 = 0.01769.
    static let twelveZ = [2.5, -3.0, 0.0, 6.0, 1.0, -0.5, 3.0, 0.5, 4.0, -1.0, 1.5, 2.0]
    static let twelveVariances = [0.01, 0.005, 0.0025, 0.01, 0.005, 0.0025,
                                  0.01, 0.005, 0.0025, 0.01, 0.005, 0.0025]

    @Test("φ and τ² of twelve institutions match the hand working")
    func twelveInstitutions() throws {
        let estimate = Overdispersion.estimate(z: Self.twelveZ, variances: Self.twelveVariances)
        #expect(estimate.institutions == 12)
        let phi = try #require(estimate.phi)
        #expect(relativeError(phi, 55.225 / 12) < 1e-12)
        #expect(relativeError(estimate.tau2, 0.01769) < 1e-12)
    }

    @Test("the winsorising percentiles interpolate linearly")
    func twelvePercentiles() {
        let sorted = Self.twelveZ.sorted()
        #expect(relativeError(Overdispersion.percentile(sorted: sorted, q: 0.1), -0.95) < 1e-12)
        #expect(relativeError(Overdispersion.percentile(sorted: sorted, q: 0.9), 3.9) < 1e-12)
    }

    @Test("percentiles at the ends, the middle and of one value",
          arguments: [(0.0, 1.0), (0.5, 2.5), (1.0, 4.0), (0.25, 1.75)])
    func percentile(q: Double, expected: Double) {
        #expect(relativeError(Overdispersion.percentile(sorted: [1, 2, 3, 4], q: q), expected) < 1e-15)
        #expect(Overdispersion.percentile(sorted: [7], q: q) == 7)
    }

    @Test("fewer than ten institutions: φ not estimated, τ² = 0")
    func tooFewInstitutions() {
        let estimate = Overdispersion.estimate(z: Array(Self.twelveZ.prefix(9)),
                                               variances: Array(Self.twelveVariances.prefix(9)))
        #expect(estimate == Overdispersion(phi: nil, tau2: 0, institutions: 9))
    }

    /// Ten institutions with z = ±0.5: percentiles ±0.5, φ = 0.25, I φ − (I − 1) = 2.5 − 9 < 0.
    @Test("under-dispersed units clamp τ² to 0 but still report φ")
    func tauClampsToZero() {
        let z = [0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5]
        let estimate = Overdispersion.estimate(z: z, variances: Array(repeating: 0.01, count: 10))
        #expect(estimate == Overdispersion(phi: 0.25, tau2: 0, institutions: 10))
    }

    /// Ten institutions of n = 100 around p0 = 0.2, so s² = 0.0016 (s = 0.04) and w = 625 each.
    /// x = 20, 24, 28, 16, 12, 20, 20, 20, 20, 40 give z = 0, 1, 2, −1, −2, 0, 0, 0, 0, 5.
    /// Sorted z: −2, −1, 0, 0, 0, 0, 0, 1, 2, 5; positions 0.9 and 8.1 give percentiles
    /// −2 + 0.9 × 1 = −1.1 and 2 + 0.1 × 3 = 2.3. Winsorised squares: 1.21 + 1 + 1 + 4 + 5.29 = 12.5,
    /// φ = 1.25. Σw = 6250, Σw² = 3,906,250, Σw²/Σw = 625; τ² = (12.5 − 9) / (6250 − 625) = 3.5 / 5625.
    @Test("from numerators and denominators, as SPEC §6 step 2 defines z and s²")
    func fromCounts() throws {
        let estimate = FunnelTest.overdispersion(successes: [20, 24, 28, 16, 12, 20, 20, 20, 20, 40],
                                                 trials: Array(repeating: 100, count: 10), reference: 0.2)
        #expect(estimate.institutions == 10)
        #expect(relativeError(try #require(estimate.phi), 1.25) < 1e-12)
        #expect(relativeError(estimate.tau2, 3.5 / 5625) < 1e-9)
    }

    @Test("a reference rate of 0 or 1 is not estimated", arguments: [0.0, 1.0])
    func degenerateReference(p0: Double) {
        let estimate = FunnelTest.overdispersion(successes: Array(repeating: 0, count: 12),
                                                 trials: Array(repeating: 50, count: 12), reference: p0)
        #expect(estimate == Overdispersion(phi: nil, tau2: 0, institutions: 12))
    }
}
