import Foundation
import Testing
@testable import Risk

@Suite("LogisticRegression")
struct ModelLogisticRegressionTests {
    static let smallFeatures = FeatureMatrix(
        columnNames: ["x1", "x2"],
        rows: zip(
            [0.5, 1.2, 2.3, 3.1, 0.7, 2.8, 1.9, 3.5, 0.2, 2.6, 1.4, 3.0] as [Float],
            [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 0] as [Float]
        ).map { [$0, $1] })
    static let smallLabels = [0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0].map { $0 == 1 }

    @Test("coefficients match an independent solution of a 12 × 2 problem with λ = 1")
    func knownSolution() throws {
        // Reference: scipy.optimize.minimize(method="trust-exact", gtol=1e-13) on the penalised
        // negative log-likelihood with the features rounded to float32 and standardised by numpy's
        // mean and population std (ddof = 0); final gradient norm ≈ 3e-12.
        let model = LogisticRegression.fit(Self.smallFeatures, labels: Self.smallLabels)
        #expect(model.converged)
        #expect(ModelCheck.isClose(model.intercept, -0.01884822529079875, tolerance: 1e-6))
        #expect(ModelCheck.isClose(model.coefficients[0], 1.0673391042426028, tolerance: 1e-6))
        #expect(ModelCheck.isClose(model.coefficients[1], 0.10354647517269706, tolerance: 1e-6))
        #expect(ModelCheck.isClose(model.means[0], 1.9333333087464173))
        #expect(ModelCheck.isClose(model.means[1], 0.5))
        #expect(ModelCheck.isClose(model.scales[0], 1.0679679370781852))
        #expect(ModelCheck.isClose(model.scales[1], 0.5))
        let probabilities = model.probabilities(Self.smallFeatures)
        #expect(ModelCheck.isClose(probabilities[0], 0.20623173547555954, tolerance: 1e-6))
        #expect(ModelCheck.isClose(probabilities[1], 0.298323047367574, tolerance: 1e-6))
        #expect(ModelCheck.isClose(probabilities[2], 0.6109123831848391, tolerance: 1e-6))
    }

    @Test("contributions are βⱼ·zⱼ and add up with the intercept to the log-odds")
    func contributions() throws {
        let model = LogisticRegression.fit(Self.smallFeatures, labels: Self.smallLabels)
        let row = Self.smallFeatures.row(3)  // x1 = 3.1, x2 = 1: both above their means
        let contributions = model.contributions(row: row)
        let z0 = (Double(Float(3.1)) - model.means[0]) / model.scales[0]
        #expect(ModelCheck.isClose(contributions[0], model.coefficients[0] * z0))
        #expect(ModelCheck.isClose(contributions[1], model.coefficients[1] * 1))  // z = (1 − 0.5) / 0.5
        #expect(ModelCheck.isClose(model.intercept + contributions.reduce(0, +), model.linearPredictor(row: row)))
        let probability = 1 / (1 + exp(-model.linearPredictor(row: row)))
        #expect(ModelCheck.isClose(model.probability(row: row), probability))
        #expect(model.riskRaisingFeatures(row: row) == ["x1", "x2"])
        // Row 1 (x1 = 1.2, x2 = 0) is below both means: nothing raises its risk.
        #expect(model.riskRaisingFeatures(row: Self.smallFeatures.row(1)).isEmpty)
    }

    @Test("separable data keeps finite coefficients and matches the penalised optimum")
    func separable() {
        // x = 1…6, labels 0,0,0,1,1,1: without a penalty β would diverge.
        // Reference (same scipy method as above): intercept ≈ 0, β = 1.1612855806972893.
        let x = FeatureMatrix(columnNames: ["x"], rows: (1...6).map { [Float($0)] })
        let model = LogisticRegression.fit(x, labels: [false, false, false, true, true, true])
        #expect(model.converged)
        #expect(abs(model.intercept) < 1e-9)
        #expect(ModelCheck.isClose(model.coefficients[0], 1.1612855806972893, tolerance: 1e-6))
    }

    @Test("a constant column gets coefficient 0 and leaves the others unchanged", arguments: [1.0, 0.0])
    func constantColumn(lambda: Double) throws {
        let withConstant = FeatureMatrix(
            columnNames: ["x1", "x2", "constante"],
            rows: (0..<12).map { Array(Self.smallFeatures.row($0)) + [7] })
        let model = LogisticRegression.fit(withConstant, labels: Self.smallLabels, lambda: lambda)
        let reference = LogisticRegression.fit(Self.smallFeatures, labels: Self.smallLabels, lambda: lambda)
        #expect(model.converged)
        #expect(model.coefficients[2] == 0)
        #expect(model.scales[2] == 0)
        #expect(model.means[2] == 7)
        #expect(ModelCheck.isClose(model.intercept, reference.intercept, tolerance: 1e-10))
        #expect(ModelCheck.isClose(model.coefficients[0], reference.coefficients[0], tolerance: 1e-10))
        #expect(ModelCheck.isClose(model.coefficients[1], reference.coefficients[1], tolerance: 1e-10))
    }

    @Test("labels of a single class give a finite intercept-only model", arguments: [false, true])
    func singleClass(label: Bool) {
        let model = LogisticRegression.fit(Self.smallFeatures, labels: Array(repeating: label, count: 12))
        // Smoothed log-odds: log(0.5 / 12.5) for all negatives, log(12.5 / 0.5) for all positives.
        let expected = label ? log(12.5 / 0.5) : log(0.5 / 12.5)
        #expect(ModelCheck.isClose(model.intercept, expected))
        #expect(model.coefficients == [0, 0])
        #expect(model.probabilities(Self.smallFeatures).allSatisfy { $0.isFinite && $0 > 0 && $0 < 1 })
    }

    @Test("no training rows give the even-odds model")
    func noRows() {
        let model = LogisticRegression.fit(FeatureMatrix(columnNames: ["x"]), labels: [])
        #expect(model.intercept == 0)
        #expect(model.coefficients == [0])
        #expect(model.probability(row: [3]) == 0.5)
    }

    @Test("a single positive among many rows gives a finite, converged fit")
    func tinyClass() {
        var generator = ModelCheck.Generator(seed: 7)
        let rows = (0..<500).map { _ in [Float.random(in: 0...1, using: &generator), Float(Int.random(in: 0...1, using: &generator))] }
        var labels = Array(repeating: false, count: 500)
        labels[123] = true
        let model = LogisticRegression.fit(FeatureMatrix(columnNames: ["a", "b"], rows: rows), labels: labels)
        #expect(model.converged)
        #expect(model.intercept.isFinite && model.coefficients.allSatisfy(\.isFinite))
        #expect(model.intercept < -5)
    }

    @Test("a fit over many parallel chunks matches an independent solution")
    func chunkedFit() {
        // 70 000 rows (three chunks) built from integer formulas, reproduced in numpy:
        //   f1 = float32(((i·7919) mod 1000) / 100), f2 = [i mod 3 = 0], f3 = (i·31) mod 17,
        //   y = ((i·37 + (i² mod 101)) mod 100) < 10 + 20·[i mod 3 = 0] + 2·⌊((i·7919) mod 1000) / 100⌋.
        // Reference: scipy trust-exact then five Newton polishing steps, gradient norm ≈ 1.4e-12.
        let (matrix, labels) = Self.formulaFixture(rows: 70_000)
        let model = LogisticRegression.fit(matrix, labels: labels)
        #expect(model.converged)
        #expect(ModelCheck.isClose(model.intercept, -1.1401052860739171, tolerance: 1e-6))
        #expect(ModelCheck.isClose(model.coefficients[0], 0.3181755435849696, tolerance: 1e-6))
        #expect(ModelCheck.isClose(model.coefficients[1], 0.48460970036845474, tolerance: 1e-6))
        #expect(ModelCheck.isClose(model.coefficients[2], -0.00196276262241282, tolerance: 1e-6))
        #expect(ModelCheck.isClose(model.means[0], 4.994999999996275, tolerance: 1e-9))
        #expect(ModelCheck.isClose(model.scales[2], 4.898979485483239, tolerance: 1e-9))
    }

    @Test("fitting twice gives bit-identical models")
    func determinism() {
        var generator = ModelCheck.Generator(seed: 2024)
        var matrix = FeatureMatrix(columnNames: ["a", "b", "c", "d"], reservingRows: 40_000)
        var labels: [Bool] = []
        for _ in 0..<40_000 {  // two chunks of rows
            let row = (0..<4).map { _ in Float.random(in: -2...2, using: &generator) }
            matrix.appendRow(row)
            let eta = Double(row[0]) - 0.5 * Double(row[1]) - 1
            labels.append(Double.random(in: 0..<1, using: &generator) < 1 / (1 + exp(-eta)))
        }
        let first = LogisticRegression.fit(matrix, labels: labels)
        let second = LogisticRegression.fit(matrix, labels: labels)
        #expect(first == second)
        #expect(first.probabilities(matrix) == second.probabilities(matrix))
    }

    static func formulaFixture(rows: Int) -> (FeatureMatrix, [Bool]) {
        var matrix = FeatureMatrix(columnNames: ["f1", "f2", "f3"], reservingRows: rows)
        var labels: [Bool] = []
        labels.reserveCapacity(rows)
        for i in 0..<rows {
            let hundredths = (i * 7919) % 1000
            let third = i % 3 == 0
            matrix.appendRow([Float(Double(hundredths) / 100), third ? 1 : 0, Float((i * 31) % 17)])
            let threshold = 10 + (third ? 20 : 0) + 2 * (hundredths / 100)
            labels.append((i * 37 + (i * i) % 101) % 100 < threshold)
        }
        return (matrix, labels)
    }
}

@Suite("Logistic regression: warm start")
struct ModelWarmStartTests {
    @Test("starting from another fit reaches the same optimum in fewer iterations")
    func warmStart() {
        var rng = ModelWarmStartTests.SplitMix(seed: 7)
        var rows: [[Float]] = [], labels: [Bool] = []
        for _ in 0..<4000 {
            let a = Float(rng.unit() * 4), b = Float(rng.unit() < 0.3 ? 1 : 0)
            let eta = -2.5 + 0.6 * Double(a) + 1.1 * Double(b)
            rows.append([a, b])
            labels.append(rng.unit() < 1 / (1 + exp(-eta)))
        }
        let first = LogisticRegression.fit(FeatureMatrix(columnNames: ["a", "b"], rows: Array(rows[..<3000])),
                                           labels: Array(labels[..<3000]))
        let all = FeatureMatrix(columnNames: ["a", "b"], rows: rows)
        let cold = LogisticRegression.fit(all, labels: labels)
        let warm = LogisticRegression.fit(all, labels: labels, start: first)
        #expect(abs(cold.intercept - warm.intercept) < 1e-9)
        for j in 0..<2 { #expect(abs(cold.coefficients[j] - warm.coefficients[j]) < 1e-9) }
        #expect(warm.iterations < cold.iterations)
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func unit() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }
}
