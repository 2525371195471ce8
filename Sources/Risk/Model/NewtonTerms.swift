/// The sums one Newton step of the logistic fit needs, over all training rows, at given
/// parameters θ = (β₀, β₁…β_p) on the standardised scale (z₀ = 1 carries the intercept):
///
/// - log-likelihood ℓ(θ) = Σᵢ [yᵢ·ηᵢ − log(1 + e^ηᵢ)],
/// - gradient ∇ℓ = Σᵢ (yᵢ − pᵢ)·zᵢ,
/// - information Zᵀ·W·Z = Σᵢ wᵢ·zᵢ·zᵢᵀ with wᵢ = pᵢ(1 − pᵢ) (upper triangle only), when asked for.
///
/// The sums run over the distinct rows k of a `DistinctRows`, with a_k positives and b_k negatives
/// among its n_k = a_k + b_k copies: ℓ gets a_k·log pₖ + b_k·log(1 − pₖ), ∇ℓ gets (a_k − n_k·pₖ)·zₖ
/// and Zᵀ·W·Z gets n_k·wₖ·zₖ·zₖᵀ, the same totals as summing the copies one by one.
///
/// None of them includes the penalty; the fit adds it.
struct NewtonTerms: Sendable {
    /// ℓ(θ), the unpenalised log-likelihood.
    var logLikelihood: Double
    /// ∇ℓ(θ), length p + 1, intercept first.
    var gradient: [Double]
    /// Zᵀ·W·Z, row-major (p + 1) × (p + 1), only entries on or above the diagonal filled; `nil`
    /// when the pass did not compute it.
    var information: [Double]?

    /// Accumulates the terms over every row that `rows` counts; the information matrix only when
    /// `includingInformation` is true.
    ///
    /// Distinct rows are processed in fixed chunks on all cores; each chunk sums its rows in order
    /// and the chunk sums are added in chunk order, so results are identical run to run.
    ///
    /// - Complexity: O(distinct rows × p²) with the information matrix, O(distinct rows × p)
    ///   without; one pass over the contiguous feature values.
    ///
    /// Without `includingLikelihood`, a pass over factored rows (`DistinctRows.factors`) leaves
    /// `logLikelihood` NaN and saves a `log` per row; other rows always compute it.
    init(rows: DistinctRows, scaling: FeatureScaling, parameters: [Double], includingInformation: Bool,
         includingLikelihood: Bool = true) {
        let dimension = rows.columnCount + 1
        precondition(parameters.count == dimension, "one parameter per feature plus the intercept")
        if let factors = rows.factors {
            self.init(factoredRows: rows, factors: factors, scaling: scaling, parameters: parameters,
                      includingInformation: includingInformation, includingLikelihood: includingLikelihood)
            return
        }
        let partials: [NewtonTerms]
        if includingInformation {
            partials = RowChunks.map(rowCount: rows.count) { chunk in
                NewtonTerms(chunk: chunk, of: rows, scaling: scaling, parameters: parameters)
            }
        } else {
            let slopes = (0..<(dimension - 1)).map { parameters[$0 + 1] * scaling.inverseScales[$0] }
            let intercept = zip(slopes, scaling.means).reduce(parameters[0]) { $0 - $1.0 * $1.1 }
            partials = RowChunks.map(rowCount: rows.count) { chunk in
                NewtonTerms(gradientChunk: chunk, of: rows, rawSlopes: slopes, rawIntercept: intercept)
            }
        }
        self.init(dimension: dimension, includingInformation: includingInformation)
        for partial in partials {
            logLikelihood += partial.logLikelihood
            for index in gradient.indices {
                gradient[index] += partial.gradient[index]
            }
            if let partialInformation = partial.information {
                for index in partialInformation.indices {
                    information![index] += partialInformation[index]
                }
            }
        }
        if !includingInformation {  // raw sums Σ r·x to standardised ones (Σ r·x − m·Σ r) / s
            for feature in 1..<dimension {
                gradient[feature] = (gradient[feature] - scaling.means[feature - 1] * gradient[0])
                    * scaling.inverseScales[feature - 1]
            }
        }
    }

    /// Zero terms for `dimension` parameters, with a zero information matrix if `includingInformation`.
    init(dimension: Int, includingInformation: Bool) {
        logLikelihood = 0
        gradient = Array(repeating: 0, count: dimension)
        information = includingInformation ? Array(repeating: 0, count: dimension * dimension) : nil
    }
}
