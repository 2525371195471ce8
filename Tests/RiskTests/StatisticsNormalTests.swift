import Testing
@testable import Risk

/// One reference point of the standard normal upper tail `1 − Φ(z)`.
struct NormalTailCase: Sendable, CustomTestStringConvertible {
    let z: Double
    let upperTail: Double
    var testDescription: String { "z = \(z)" }
}

/// Computed with mpmath 1.3 at 40 digits as `erfc(z / sqrt(2)) / 2`, z taken as the exact Double.
let normalTailReferences: [NormalTailCase] = [
    .init(z: 0, upperTail: 0.5),
    .init(z: 1, upperTail: 0.15865525393145705),
    .init(z: -1, upperTail: 0.84134474606854295),
    .init(z: 1.959963984540054, upperTail: 0.025000000000000011),
    .init(z: 3.090232306167813, upperTail: 0.0010000000000000012),
    .init(z: 8, upperTail: 6.2209605742717841e-16),
    .init(z: 20, upperTail: 2.7536241186062337e-89),
    .init(z: 37, upperTail: 5.7255712225245768e-300),
]

@Suite("Standard normal tails")
struct StatisticsNormalTests {
    @Test("the upper tail matches mpmath, far tails included", arguments: normalTailReferences)
    func upperTail(_ reference: NormalTailCase) {
        #expect(relativeError(Normal.upperTail(reference.z), reference.upperTail) < 1e-12)
    }

    @Test("the CDF at −z is the upper tail at z, without cancellation", arguments: normalTailReferences)
    func lowerTailBySymmetry(_ reference: NormalTailCase) {
        #expect(relativeError(Normal.cdf(-reference.z), reference.upperTail) < 1e-12)
    }

    @Test("the CDF and the upper tail add up to 1")
    func complement() {
        #expect(abs(Normal.cdf(1.3) + Normal.upperTail(1.3) - 1) < 1e-15)
        #expect(Normal.cdf(40) == 1)
    }
}
