import Testing
@testable import Risk

/// One reference value of the binomial upper tail `P(X ≥ x)`, `X ~ Binomial(n, p)`.
struct BinomialTailCase: Sendable, CustomTestStringConvertible {
    let x: Int
    let n: Int
    let p: Double
    let tail: Double
    var testDescription: String { "P(X ≥ \(x)), n = \(n), p = \(p)" }
}

/// Reference tails computed independently with mpmath at 60 significant digits by direct summation,
/// `Σ_{k ≥ x} C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ`, starting from `loggamma` and stepping with the term ratio until the
/// terms fall below 1e-40 of the sum (p taken as the exact binary value of the Double). Cross-checked
/// against mpmath's `betainc` for n < 1000 (agreement 1e-60) and against scipy's `binom.sf` elsewhere
/// (agreement 1e-12 or better).
let binomialTailReferences: [BinomialTailCase] = [
    // Small n, by hand: P(X ≥ 10) for n = 10, p = 0.3 is 0.3¹⁰.
    .init(x: 1, n: 10, p: 0.3, tail: 0.9717524751),
    .init(x: 3, n: 10, p: 0.3, tail: 0.61721721359999997),
    .init(x: 5, n: 10, p: 0.3, tail: 0.15026833259999998),
    .init(x: 10, n: 10, p: 0.3, tail: 5.9048999999999978e-6),
    .init(x: 3, n: 20, p: 0.05, tail: 0.075483673788496353),
    .init(x: 1, n: 1, p: 0.5, tail: 0.5),
    .init(x: 5, n: 1_000, p: 0.001, tail: 0.0036368780295217905),
    .init(x: 2, n: 3, p: 0.999999, tail: 0.999999999997),
    // n = 5,000,000 with p = 0.03: mean 150,000, standard deviation 381.4.
    .init(x: 149_000, n: 5_000_000, p: 0.03, tail: 0.99567194840646984),
    .init(x: 150_000, n: 5_000_000, p: 0.03, tail: 0.50035908275063911),
    .init(x: 150_500, n: 5_000_000, p: 0.03, tail: 0.095232861855304923),
    .init(x: 152_000, n: 5_000_000, p: 0.03, tail: 8.4251670633527582e-8),
    .init(x: 161_900, n: 5_000_000, p: 0.03, tail: 9.8260886590743959e-209),
    .init(x: 164_300, n: 5_000_000, p: 0.03, tail: 6.8521644004093593e-299),
    // p near 0: mean 0.5.
    .init(x: 1, n: 5_000_000, p: 1e-7, tail: 0.39346935545063388),
    .init(x: 2, n: 5_000_000, p: 1e-7, tail: 0.090204002849415569),
    .init(x: 5, n: 5_000_000, p: 1e-7, tail: 0.00017211535354225055),
    .init(x: 60, n: 5_000_000, p: 1e-7, tail: 6.3723696913961786e-101),
    // p near 1: mean 4,999,995.
    .init(x: 4_999_990, n: 5_000_000, p: 0.999999, tail: 0.98630477673096587),
    .init(x: 4_999_995, n: 5_000_000, p: 0.999999, tail: 0.61596065480784932),
    .init(x: 4_999_999, n: 5_000_000, p: 0.999999, tail: 0.040427614610207384),
    .init(x: 5_000_000, n: 5_000_000, p: 0.999999, tail: 0.0067379301532590263),
    // Symmetric case and a larger n.
    .init(x: 2_500_000, n: 5_000_000, p: 0.5, tail: 0.50017841240269466),
    .init(x: 2_503_000, n: 5_000_000, p: 0.5, tail: 0.0036500538385400579),
    .init(x: 7_500, n: 50_000_000, p: 0.00015, tail: 0.50153587621083716),
    .init(x: 8_000, n: 50_000_000, p: 0.00015, tail: 5.7235707930408792e-9),
    // n = 10⁹ with p within 1e-8 of 0 or 1 (about 10 failures, or 10 successes, expected).
    .init(x: 999_999_995, n: 1_000_000_000, p: 0.99999999, tail: 0.06708596003216896),
    .init(x: 999_999_970, n: 1_000_000_000, p: 0.99999999, tail: 0.99999992016206192),
    .init(x: 25, n: 1_000_000_000, p: 1e-8, tail: 4.694937630470585e-5),
]

@Suite("Binomial upper tail")
struct StatisticsBinomialTests {
    @Test("matches high-precision references to 1e-9 relative error", arguments: binomialTailReferences)
    func matchesReference(_ reference: BinomialTailCase) {
        let tail = Binomial.upperTail(successes: reference.x, trials: reference.n, probability: reference.p)
        #expect(relativeError(tail, reference.tail) < 1e-9)
    }

    @Test("x ≤ 0 is certain", arguments: [0, -1, -100])
    func nonPositiveThresholdIsCertain(x: Int) {
        #expect(Binomial.upperTail(successes: x, trials: 10, probability: 0.3) == 1)
        #expect(Binomial.upperTail(successes: x, trials: 0, probability: 0.3) == 1)
    }

    @Test("x > n is impossible, whatever p", arguments: [0.0, 0.3, 1.0])
    func thresholdAboveTrialsIsImpossible(p: Double) {
        #expect(Binomial.upperTail(successes: 11, trials: 10, probability: p) == 0)
        #expect(Binomial.upperTail(successes: 1, trials: 0, probability: p) == 0)
    }

    @Test("p = 0 gives no successes")
    func zeroProbability() {
        #expect(Binomial.upperTail(successes: 1, trials: 10, probability: 0) == 0)
        #expect(Binomial.upperTail(successes: 0, trials: 10, probability: 0) == 1)
    }

    @Test("p = 1 gives every trial a success", arguments: [1, 5, 10])
    func unitProbability(x: Int) {
        #expect(Binomial.upperTail(successes: x, trials: 10, probability: 1) == 1)
    }

    @Test("the tail never rises as x grows, and x = 1 is 1 − (1 − p)ⁿ")
    func monotoneAndFirstStep() {
        let tails = (0...40).map { Binomial.upperTail(successes: $0, trials: 40, probability: 0.2) }
        #expect(zip(tails, tails.dropFirst()).allSatisfy { $0 >= $1 })
        // 1 − 0.8⁴⁰ = 0.99986707720042151…, mpmath at 40 digits from the exact Double 0.2.
        #expect(relativeError(tails[1], 0.99986707720042151) < 1e-14)
    }
}
