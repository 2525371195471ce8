import Foundation
import Testing
@testable import Risk

@Suite("Logistic regression: information matrix reuse")
struct ModelInformationReuseTests {
    /// 40 000 rows of a documented logistic mechanism on binary, count and rate features, like
    /// early-warning rows (so they collapse), with one rare binary feature.
    static let rows: DistinctRows = {
        var generator = ModelCheck.Generator(seed: 2025)
        var matrix = FeatureMatrix(columnNames: ["edad", "repite", "rural", "raro", "tasa"], reservingRows: 40_000)
        var labels: [Bool] = []
        for _ in 0..<40_000 {
            let age = Float(Int.random(in: 0...5, using: &generator))
            let repeats = Float(Double.random(in: 0..<1, using: &generator) < 0.2 ? 1 : 0)
            let rural = Float(Bool.random(using: &generator) ? 1 : 0)
            let rare = Float(Double.random(in: 0..<1, using: &generator) < 0.01 ? 1 : 0)
            let rate = Float(Int.random(in: 0...40, using: &generator)) / 400
            matrix.appendRow([age, repeats, rural, rare, rate])
            let eta = -3 + 0.4 * Double(age) + 0.9 * Double(repeats) + 0.3 * Double(rural) + 1.5 * Double(rare)
                + 8 * Double(rate)
            labels.append(Double.random(in: 0..<1, using: &generator) < 1 / (1 + exp(-eta)))
        }
        return DistinctRows(matrix, labels: labels)
    }()

    /// The largest difference between two models' parameters, relative to max(1, |value|).
    static func distance(_ a: LogisticModel, _ b: LogisticModel) -> Double {
        zip([a.intercept] + a.coefficients, [b.intercept] + b.coefficients)
            .map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
    }

    @Test("reusing the matrix reaches the full-Newton optimum within 1e-9, with fewer full passes")
    func sameOptimum() {
        let newton = LogisticRegression.fitting(Self.rows, reuse: .never)
        let reused = LogisticRegression.fitting(Self.rows, reuse: .standard)
        #expect(newton.model.converged && reused.model.converged)
        #expect(newton.passes.gradient == 0)
        #expect(reused.passes.gradient > 0)
        #expect(reused.passes.information < newton.passes.information)
        #expect(Self.distance(reused.model, newton.model) < 1e-9)
        #expect(reused.model.means == newton.model.means && reused.model.scales == newton.model.scales)
    }

    @Test("a warm start near the optimum needs one full pass, then gradient-only passes converge")
    func warmStartReuses() {
        let newton = LogisticRegression.fitting(Self.rows, reuse: .never).model
        let nearby = LogisticModel(
            featureNames: newton.featureNames, intercept: newton.intercept + 0.003,
            coefficients: newton.coefficients.map { $0 * 0.995 },
            scaling: FeatureScaling(means: newton.means, scales: newton.scales), iterations: 0, converged: true)
        let warm = LogisticRegression.fitting(Self.rows, start: nearby)
        #expect(warm.model.converged)
        #expect(warm.passes.information == 1)
        #expect(warm.passes.gradient >= 2)
        #expect(Self.distance(warm.model, newton) < 1e-9)
    }

    @Test("steps that shrink too slowly with a reused matrix bring it back, and the fit converges", arguments: [
        InformationReuse(threshold: .infinity, contraction: 0.1),
        InformationReuse(threshold: .infinity, contraction: 0.01),
    ])
    func slowContractionFallsBack(reuse: InformationReuse) {
        // Reusing the matrix of the intercept-only start for every step: it is far from the
        // optimum's, so some step shrinks less than `contraction` (or needs halving) and the next
        // pass computes the matrix again.
        let newton = LogisticRegression.fitting(Self.rows, reuse: .never)
        let eager = LogisticRegression.fitting(Self.rows, reuse: reuse)
        #expect(eager.model.converged)
        #expect(eager.passes.information > 1)
        #expect(eager.passes.gradient > 0)
        #expect(Self.distance(eager.model, newton.model) < 1e-9)
    }

    @Test("a matrix never refreshed but by halving still converges, linearly, to the same optimum")
    func fixedMatrixConverges() {
        let newton = LogisticRegression.fitting(Self.rows, reuse: .never)
        let fixed = LogisticRegression.fitting(Self.rows, reuse: InformationReuse(threshold: .infinity, contraction: .infinity))
        #expect(fixed.model.converged)
        #expect(fixed.model.iterations > newton.model.iterations)
        #expect(fixed.passes.gradient > fixed.passes.information)
        #expect(Self.distance(fixed.model, newton.model) < 1e-9)
    }

    @Test("a fit leaving a column out, started from the full fit and its matrix, needs no full pass")
    func leaveOutFromFullInformation() {
        // The feature-gain fits of the early warning: the full fit's information matrix (the left-out
        // column's row and column zeroed) serves every step, and the optimum is that of a fit from
        // scratch without the column, within the looser tolerance.
        let full = LogisticRegression.fitting(Self.rows)
        let fromScratch = LogisticRegression.fitting(Self.rows, reuse: .never, leavingOut: [0])
        let warm = LogisticRegression.fitting(
            Self.rows, start: full.model, reuse: .warmStarted, leavingOut: [0], scaling: full.model.scaling,
            information: full.information, tolerance: 1e-7)
        #expect(warm.model.converged)
        #expect(warm.passes.information == 0)
        #expect(warm.passes.gradient >= 2)
        #expect(warm.model.coefficients[0] == 0 && warm.model.scales[0] == 0)
        #expect(Self.distance(warm.model, fromScratch.model) < 1e-6)
        #expect(warm.model.means == fromScratch.model.means && warm.model.scales == fromScratch.model.scales)
    }

    @Test("the reuse rule: below the threshold, and with a reused matrix only while steps shrink enough")
    func rule() {
        let rule = InformationReuse.standard
        #expect(!rule.allows(afterStep: 0.5, reused: false, previousStepSize: nil))
        #expect(rule.allows(afterStep: 1e-3, reused: false, previousStepSize: 0.03))
        #expect(rule.allows(afterStep: 1e-5, reused: true, previousStepSize: 1e-3))
        #expect(!rule.allows(afterStep: 5e-4, reused: true, previousStepSize: 1e-3))
        #expect(!InformationReuse.never.allows(afterStep: 1e-12, reused: false, previousStepSize: nil))
    }
}
