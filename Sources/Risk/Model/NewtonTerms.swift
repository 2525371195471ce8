/// The sums one Newton step of the logistic fit needs, over all training rows, at given
/// parameters θ = (β₀, β₁…β_p) on the standardised scale (z₀ = 1 carries the intercept):
///
/// - log-likelihood ℓ(θ) = Σᵢ [yᵢ·ηᵢ − log(1 + e^ηᵢ)],
/// - gradient ∇ℓ = Σᵢ (yᵢ − pᵢ)·zᵢ,
/// - information Zᵀ·W·Z = Σᵢ wᵢ·zᵢ·zᵢᵀ with wᵢ = pᵢ(1 − pᵢ) (upper triangle only).
///
/// None of them includes the penalty; the fit adds it.
struct NewtonTerms: Sendable {
    /// ℓ(θ), the unpenalised log-likelihood.
    var logLikelihood: Double
    /// ∇ℓ(θ), length p + 1, intercept first.
    var gradient: [Double]
    /// Zᵀ·W·Z, row-major (p + 1) × (p + 1); only entries on or above the diagonal are filled.
    var information: [Double]

    /// Accumulates the terms over every row of `matrix`.
    ///
    /// Rows are processed in fixed chunks on all cores; each chunk sums its rows in order in
    /// `Double` and the chunk sums are added in chunk order, so results are identical run to run.
    ///
    /// - Complexity: O(rows × p²), one pass over the contiguous feature values.
    init(
        matrix: FeatureMatrix, labels: [Bool], scaling: FeatureScaling, parameters: [Double]
    ) {
        let dimension = matrix.columnCount + 1
        precondition(parameters.count == dimension, "one parameter per feature plus the intercept")
        precondition(labels.count == matrix.rowCount, "one label per row")
        let partials = RowChunks.map(rowCount: matrix.rowCount) { rows in
            NewtonTerms(chunk: rows, of: matrix, labels: labels, scaling: scaling, parameters: parameters)
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
