import Foundation
import Testing
@testable import Risk

@Suite("Factored rows")
struct ModelFactoredRowsTests {
    /// Rows of a student part (a count, a flag and an identical copy of the flag) and a context part
    /// (a rate and a constant), with repeated rows, as plain distinct rows and as the same rows factored.
    static let tables: (plain: DistinctRows, factored: DistinctRows) = {
        var generator = ModelCheck.Generator(seed: 7)
        let names = ["a", "tasa", "b", "constante", "b_copia"]
        var matrix = FeatureMatrix(columnNames: names, reservingRows: 4_000)
        var labels: [Bool] = []
        for _ in 0..<4_000 {
            let a = Float(Int.random(in: 0...5, using: &generator))
            let b = Float(Int.random(in: 0...1, using: &generator))
            let rate = [Float(0.05), 0.1, 0.2, 0.35][Int.random(in: 0...3, using: &generator)]
            matrix.appendRow([a, rate, b, 3, b])
            let eta = -2.0 + 0.3 * Double(a) + 4 * Double(rate) - 0.5 * Double(b)
            labels.append(Double.random(in: 0..<1, using: &generator) < 1 / (1 + exp(-eta)))
        }
        let plain = DistinctRows(matrix, labels: labels)
        var studentKeys: [[Float]] = [], contextKeys: [[Float]] = []
        var studentLevels: [UInt32] = [], contextLevels: [UInt32] = []
        for k in 0..<plain.count {
            let row = Array(plain.row(k))
            let student = [row[0], row[2], row[4]], context = [row[1], row[3]]
            if let level = studentKeys.firstIndex(of: student) { studentLevels.append(UInt32(level)) } else {
                studentLevels.append(UInt32(studentKeys.count))
                studentKeys.append(student)
            }
            if let level = contextKeys.firstIndex(of: context) { contextLevels.append(UInt32(level)) } else {
                contextLevels.append(UInt32(contextKeys.count))
                contextKeys.append(context)
            }
        }
        let factors = FactoredRows(
            first: .init(columns: [0, 2, 4], levelCount: studentKeys.count,
                         values: studentKeys.flatMap { $0.map(Double.init) }, levels: studentLevels),
            second: .init(columns: [1, 3], levelCount: contextKeys.count,
                          values: contextKeys.flatMap { $0.map(Double.init) }, levels: contextLevels),
            columnCount: names.count)
        return (plain, DistinctRows(columnNames: names, factors: factors, counts: plain.counts))
    }()

    @Test("a factored table holds the same rows, and scales them the same (a constant column exactly)")
    func sameRows() {
        let (plain, factored) = Self.tables
        #expect(factored.values.isEmpty)
        for k in 0..<plain.count { #expect(Array(factored.row(k)) == Array(plain.row(k))) }
        let a = FeatureScaling(fittedTo: plain), b = FeatureScaling(fittedTo: factored)
        for j in 0..<5 {
            #expect(ModelCheck.isClose(b.means[j], a.means[j], tolerance: 1e-14))
            #expect(ModelCheck.isClose(b.scales[j], a.scales[j], tolerance: 1e-13))
        }
        #expect(b.means[3] == 3 && b.scales[3] == 0)
    }

    @Test("a pass over factored rows gives the row-by-row likelihood, gradient and information matrix")
    func samePass() throws {
        let (plain, factored) = Self.tables
        let scaling = FeatureScaling(fittedTo: plain)
        let parameters = [-1.9, 0.4, 0.6, -0.2, 0.0, -0.2]
        let expected = NewtonTerms(rows: plain, scaling: scaling, parameters: parameters, includingInformation: true)
        let actual = NewtonTerms(rows: factored, scaling: scaling, parameters: parameters, includingInformation: true)
        #expect(ModelCheck.isClose(actual.logLikelihood, expected.logLikelihood))
        for (x, y) in zip(actual.gradient, expected.gradient) { #expect(abs(x - y) <= 1e-10, "\(x) vs \(y)") }
        let matrix = try #require(actual.information), reference = try #require(expected.information)
        for i in 0..<6 {
            for j in i..<6 {
                #expect(abs(matrix[i * 6 + j] - reference[i * 6 + j]) <= 1e-9, "(\(i), \(j))")
            }
        }
        // The identical columns b (2) and b_copia (4) get bit-equal sums.
        #expect(actual.gradient[3] == actual.gradient[5])
        #expect(matrix[3 * 6 + 3] == matrix[5 * 6 + 5] && matrix[1 * 6 + 3] == matrix[1 * 6 + 5])
        let light = NewtonTerms(rows: factored, scaling: scaling, parameters: parameters, includingInformation: false,
                                includingLikelihood: false)
        #expect(light.logLikelihood.isNaN && light.information == nil)
        for (x, y) in zip(light.gradient, expected.gradient) { #expect(abs(x - y) <= 1e-10) }
    }

    @Test("the fit on factored rows reaches the row-by-row optimum; identical columns tie exactly")
    func sameFit() {
        let (plain, factored) = Self.tables
        let expected = LogisticRegression.fitting(plain, lambda: 1)
        let actual = LogisticRegression.fitting(factored, lambda: 1)
        #expect(actual.model.converged)
        #expect(ModelCheck.isClose(actual.model.intercept, expected.model.intercept, tolerance: 1e-9))
        for (x, y) in zip(actual.model.coefficients, expected.model.coefficients) {
            #expect(abs(x - y) <= 1e-9, "\(x) vs \(y)")
        }
        #expect(actual.model.coefficients[2] == actual.model.coefficients[4])
        #expect(actual.model.coefficients[3] == 0)
        // A warm start from the optimum (the log-likelihood skipped, steps proved by the curvature bound).
        let warm = LogisticRegression.fitting(factored, lambda: 1, start: actual.model)
        #expect(warm.model.converged)
        for (x, y) in zip(warm.model.coefficients, actual.model.coefficients) { #expect(abs(x - y) <= 1e-9) }
    }
}
