import Foundation
import Testing
@testable import Risk

@Suite("NewtonTerms")
struct ModelNewtonTermsTests {
    /// Repeated rows (so counts > 1), a constant column and values of both signs.
    static let rows: DistinctRows = {
        var generator = ModelCheck.Generator(seed: 41)
        var matrix = FeatureMatrix(columnNames: ["a", "b", "constante", "c", "d", "e"], reservingRows: 3_000)
        var labels: [Bool] = []
        for _ in 0..<3_000 {
            let a = Float(Int.random(in: 0...5, using: &generator))
            let b = Float(Int.random(in: 0...1, using: &generator))
            let c = Float(Int.random(in: -3...3, using: &generator)) / 4
            let e = Float(Int.random(in: 0...9, using: &generator)) / 100
            matrix.appendRow([a, b, 7, c, a * b, e])
            labels.append(Double.random(in: 0..<1, using: &generator) < 1 / (1 + exp(1.5 - 0.4 * Double(a) - Double(c))))
        }
        return DistinctRows(matrix, labels: labels)
    }()
    static let parameters = [-0.7, 0.4, -0.2, 0.3, 0.9, 0.15, -1.1]

    @Test("a gradient-only pass on the raw features gives the full pass's gradient and likelihood")
    func gradientOnlyPass() throws {
        let scaling = FeatureScaling(fittedTo: Self.rows)
        let full = NewtonTerms(rows: Self.rows, scaling: scaling, parameters: Self.parameters, includingInformation: true)
        let light = NewtonTerms(rows: Self.rows, scaling: scaling, parameters: Self.parameters, includingInformation: false)
        #expect(light.information == nil)
        #expect(try #require(full.information).count == 49)
        #expect(ModelCheck.isClose(light.logLikelihood, full.logLikelihood))
        let scale = full.gradient.map(abs).max() ?? 1
        for (lightValue, fullValue) in zip(light.gradient, full.gradient) {
            #expect(abs(lightValue - fullValue) <= 1e-11 * scale, "\(lightValue) vs \(fullValue)")
        }
        #expect(light.gradient[3] == 0)  // the constant column
    }

    @Test("the sums weight each distinct row by its counts, as if its copies were summed one by one")
    func countsWeightTheSums() throws {
        // Two distinct rows x = 0 (1 positive, 2 negatives) and x = 2 (2 positives): mean 4/5 = 0.8,
        // population variance (3·0.8² + 2·1.2²) / 5 = 0.96, z = (x − 0.8) / √0.96. At θ = (0.25, 0.5):
        // ℓ = Σ copies of y·η − log(1 + e^η), ∇ℓ = Σ (y − p)·(1, z), information = Σ p(1 − p)·(1, z)(1, z)ᵀ,
        // summed below copy by copy.
        let matrix = FeatureMatrix(columnNames: ["x"], rows: [[0], [2], [0], [2], [0]])
        let rows = DistinctRows(matrix, labels: [true, true, false, true, false])
        #expect(rows.count == 2)
        let scaling = FeatureScaling(fittedTo: rows)
        #expect(ModelCheck.isClose(scaling.means[0], 0.8))
        #expect(ModelCheck.isClose(scaling.scales[0], 0.96.squareRoot()))
        let terms = NewtonTerms(rows: rows, scaling: scaling, parameters: [0.25, 0.5], includingInformation: true)
        var logLikelihood = 0.0, gradient = [0.0, 0.0], information = [0.0, 0.0, 0.0]
        for (x, y) in [(0.0, 1.0), (0.0, 0.0), (0.0, 0.0), (2.0, 1.0), (2.0, 1.0)] {
            let z = (x - 0.8) / 0.96.squareRoot(), eta = 0.25 + 0.5 * z, p = 1 / (1 + exp(-eta))
            logLikelihood += y * eta - log(1 + exp(eta))
            gradient[0] += y - p
            gradient[1] += (y - p) * z
            information[0] += p * (1 - p)
            information[1] += p * (1 - p) * z
            information[2] += p * (1 - p) * z * z
        }
        #expect(ModelCheck.isClose(terms.logLikelihood, logLikelihood))
        #expect(ModelCheck.isClose(terms.gradient[0], gradient[0]))
        #expect(ModelCheck.isClose(terms.gradient[1], gradient[1]))
        let matrixEntries = try #require(terms.information)
        #expect(ModelCheck.isClose(matrixEntries[0], information[0]))
        #expect(ModelCheck.isClose(matrixEntries[1], information[1]))
        #expect(ModelCheck.isClose(matrixEntries[3], information[2]))
    }
}
