import Testing
@testable import Risk

/// One reference value of the regularised incomplete beta function `I_x(a, b)`.
struct IncompleteBetaCase: Sendable, CustomTestStringConvertible {
    let x: Double
    let a: Double
    let b: Double
    let value: Double
    var testDescription: String { "I_\(x)(\(a), \(b))" }
}

/// Computed with mpmath 1.3 at 60 digits: `betainc(a, b, 0, x, regularized=True)`.
let incompleteBetaReferences: [IncompleteBetaCase] = [
    .init(x: 0.3, a: 2.5, b: 3.5, value: 0.29675298929566638),
    .init(x: 0.5, a: 0.5, b: 0.5, value: 0.5),
    .init(x: 0.01, a: 0.5, b: 0.5, value: 0.063768560858519849),
    .init(x: 0.0001, a: 0.3, b: 2000.7, value: 0.65754471993530334),
    .init(x: 0.2, a: 0.3, b: 2000.7, value: 1.0),
    .init(x: 0.83, a: 100_000.5, b: 20_000.25, value: 0.0010252051579815411),
    .init(x: 0.84, a: 100_000.5, b: 20_000.25, value: 0.9999999998122729),
    .init(x: 0.999, a: 3.0, b: 0.2, value: 0.66854148390108463),
    // x > ½ on the fast side, so Didonato and Morris' fraction, with b < 1 and with both shapes < 1.
    .init(x: 0.9, a: 50, b: 0.5, value: 0.001204149832559813),
    .init(x: 0.6, a: 0.9, b: 0.1, value: 0.0987576308379945),
]

@Suite("Regularised incomplete beta")
struct StatisticsIncompleteBetaTests {
    @Test("matches mpmath for non-integer and small shapes", arguments: incompleteBetaReferences)
    func matchesReference(_ reference: IncompleteBetaCase) {
        let value = Binomial.regularizedIncompleteBeta(reference.x, a: reference.a, b: reference.b)
        #expect(relativeError(value, reference.value) < 1e-12)
    }

    @Test("the end points are 0 and 1")
    func endPoints() {
        #expect(Binomial.regularizedIncompleteBeta(0, a: 2, b: 3) == 0)
        #expect(Binomial.regularizedIncompleteBeta(1, a: 2, b: 3) == 1)
    }

    @Test("I_x(1, 1) is x and I_x(a, 1) is xᵃ", arguments: [0.1, 0.25, 0.5, 0.9])
    func closedForms(x: Double) {
        #expect(relativeError(Binomial.regularizedIncompleteBeta(x, a: 1, b: 1), x) < 1e-14)
        #expect(relativeError(Binomial.regularizedIncompleteBeta(x, a: 3, b: 1), x * x * x) < 1e-14)
    }

    @Test("reflection: I_x(a, b) + I_{1−x}(b, a) = 1")
    func reflection() {
        let left = Binomial.regularizedIncompleteBeta(0.4, a: 7.5, b: 4.25)
        let right = Binomial.regularizedIncompleteBeta(0.6, a: 4.25, b: 7.5)
        #expect(abs(left + right - 1) < 1e-14)
    }
}
