/// The sums one Newton step of the logistic fit needs, over all training rows, at given
/// parameters θ = (β₀, β₁…β_p) on the standardised scale (z₀ = 1 carries the intercept):
///
/// - log-likelihood ℓ(θ) = Σᵢ [yᵢ·ηᵢ − log(1 + e^ηᵢ)],
/// - gradient ∇ℓ = Σᵢ (yᵢ − pᵢ)·zᵢ,
/// - information Zᵀ·W·Z = Σᵢ wᵢ·zᵢ·zᵢᵀ with wᵢ = pᵢ(1 − pᵢ) (upper triangle only).
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
    /// Zᵀ·W·Z, row-major (p + 1) × (p + 1); only entries on or above the diagonal are filled.
    var information: [Double]

    /// Accumulates the terms over every row that `rows` counts.
    ///
    /// Distinct rows are processed in fixed chunks on all cores; each chunk sums its rows in order
    /// in `Double` and the chunk sums are added in chunk order, so results are identical run to run.
    ///
    /// - Complexity: O(distinct rows × p²), one pass over the contiguous feature values.
    init(rows: DistinctRows, scaling: FeatureScaling, parameters: [Double]) {
        let dimension = rows.columnCount + 1
        precondition(parameters.count == dimension, "one parameter per feature plus the intercept")
        let partials = RowChunks.map(rowCount: rows.count) { chunk in
            NewtonTerms(chunk: chunk, of: rows, scaling: scaling, parameters: parameters)
        }
        self.init(dimension: dimension)
        for partial in partials {
            logLikelihood += partial.logLikelihood
            for index in gradient.indices {
                gradient[index] += partial.gradient[index]
            }
            for index in information.indices {
                information[index] += partial.information[index]
            }
        }
    }

    /// Zero terms for `dimension` parameters.
    init(dimension: Int) {
        logLikelihood = 0
        gradient = Array(repeating: 0, count: dimension)
        information = Array(repeating: 0, count: dimension * dimension)
    }
}
