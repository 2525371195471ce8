import Foundation

extension LogisticModel {
    /// The same model with its intercept moved by `shift` (every log-odds moves by `shift`, so every
    /// ranking, hence the AUC, is unchanged).
    func shiftingIntercept(by shift: Double) -> LogisticModel {
        LogisticModel(featureNames: featureNames, intercept: intercept + shift, coefficients: coefficients,
                      scaling: scaling, iterations: iterations, converged: converged)
    }

    /// The intercept shift δ with Σᵢ σ(ηᵢ + δ) = `positives`: the mean predicted probability of the
    /// rows with log-odds `logOdds` then equals their observed rate (calibration in the large).
    ///
    /// Solved by Newton's method on the concave Σᵢ [yᵢ(ηᵢ + δ) − log(1 + e^(ηᵢ+δ))] in δ, from δ = 0,
    /// with halving; the sum is monotone in δ, so the root is unique. Returns 0 when there are no rows,
    /// and a finite δ (at most ±20) when `positives` is 0 or every row. Sums run in row order.
    ///
    /// - Complexity: O(rows) per iteration, typically under ten.
    static func interceptShift(logOdds: [Double], positives: Int) -> Double {
        let n = logOdds.count
        guard n > 0 else { return 0 }
        let target = Double(positives)
        var shift = 0.0
        for _ in 0..<60 {
            var expected = 0.0, slope = 0.0
            for eta in logOdds {
                let point = LogisticPoint(eta + shift)
                expected += point.probability
                slope += point.weight
            }
            let residual = target - expected
            guard slope > 0 else { break }
            let step = max(-2, min(2, residual / slope))
            shift = max(-20, min(20, shift + step))
            if abs(step) < 1e-12 { break }
        }
        return shift
    }
}
