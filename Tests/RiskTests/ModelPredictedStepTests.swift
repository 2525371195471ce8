import Testing
@testable import Risk

@Suite("Logistic regression: stopping on a predicted last step")
struct ModelPredictedStepTests {
    @Test("the next step predicted from the quadratic rate of the last two, worked by hand")
    func predictedNextStep() {
        // C = 10⁻³ / (10⁻¹)² = 0.1, next = 0.1 · (10⁻³)² = 10⁻⁷.
        #expect(NewtonSearch.predictedNextStep(after: 0.001, previous: 0.1) == 0.001 * 0.001 * 0.001 / (0.1 * 0.1))
        #expect(abs(NewtonSearch.predictedNextStep(after: 0.001, previous: 0.1) - 1e-7) < 1e-20)
        // C = 0.5 / 1² = 0.5, next = 0.5 · 0.25 = 0.125 (exact in binary).
        #expect(NewtonSearch.predictedNextStep(after: 0.5, previous: 1) == 0.125)
        #expect(NewtonSearch.predictedNextStep(after: 0.5, previous: 0) == .infinity)
    }

    @Test("plain Newton stopping on a predicted last step saves its confirming pass and stays within the tolerance")
    func savesConfirmingPass() {
        let rows = ModelInformationReuseTests.rows
        let exact = LogisticRegression.fitting(rows, reuse: .never)
        let confirmed = LogisticRegression.fitting(rows, reuse: .never, tolerance: 1e-7)
        let predicted = LogisticRegression.fitting(rows, reuse: .never, tolerance: 1e-7, stopsOnPredictedStep: true)
        #expect(exact.model.converged && confirmed.model.converged && predicted.model.converged)
        #expect(predicted.passes.gradient == 0)
        #expect(predicted.passes.information < confirmed.passes.information)
        #expect(ModelInformationReuseTests.distance(predicted.model, exact.model) < 1e-6)
        #expect(predicted.model.means == exact.model.means && predicted.model.scales == exact.model.scales)
    }

    @Test("a search that does not ask for it takes every pass, as before")
    func offByDefault() {
        let rows = ModelInformationReuseTests.rows
        let plain = LogisticRegression.fitting(rows, reuse: .never, tolerance: 1e-7)
        let explicit = LogisticRegression.fitting(rows, reuse: .never, tolerance: 1e-7, stopsOnPredictedStep: false)
        #expect(plain.passes == explicit.passes)
        #expect(plain.model == explicit.model)
    }
}
