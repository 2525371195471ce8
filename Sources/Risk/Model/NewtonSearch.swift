/// The state of a penalised Newton fit: current parameters, the sums at them, and the rules that
/// turn those sums into a safeguarded step.
struct NewtonSearch {
    /// What one accepted step achieved.
    enum Outcome {
        /// The penalised log-likelihood did not decrease; iterate again.
        case improved
        /// The step was below `LogisticRegression.tolerance`; the fit is done.
        case converged
    }

    /// Training rows, collapsed with their label counts.
    let rows: DistinctRows
    /// Standardisation of the training columns.
    let scaling: FeatureScaling
    /// Ridge penalty λ.
    let lambda: Double
    /// θ = (β₀, β₁…β_p), intercept first.
    private(set) var parameters: [Double]
    /// Likelihood, gradient and information at `parameters`.
    private var terms: NewtonTerms
    /// Penalised log-likelihood at `parameters`.
    private var objective: Double

    /// Starts the search at `start`.
    init(rows: DistinctRows, scaling: FeatureScaling, lambda: Double, start: [Double]) {
        self.rows = rows
        self.scaling = scaling
        self.lambda = lambda
        parameters = start
        terms = NewtonTerms(rows: rows, scaling: scaling, parameters: start)
        objective = Self.penalised(terms.logLikelihood, parameters: start, lambda: lambda)
    }

    /// The full Newton step Δ solving (Zᵀ·W·Z + λ·D)·Δ = ∇ℓ − λ·D·β; `nil` when the system
    /// cannot be solved even with a small ridge added (non-finite data).
    ///
    /// A constant column contributes a zero row and column to Zᵀ·W·Z and a zero gradient; 1 is
    /// added to its diagonal so the system stays positive definite even with λ = 0, and its step
    /// is exactly 0. If rounding leaves the matrix indefinite (λ = 0 and collinear columns), a
    /// ridge of 10⁻¹²·max(1, largest diagonal), growing a hundredfold per attempt, is added.
    func newtonStep() -> [Double]? {
        let dimension = parameters.count
        var system = terms.information
        var rhs = terms.gradient
        for feature in 1..<dimension {
            let diagonal = feature * dimension + feature
            system[diagonal] += lambda
            rhs[feature] -= lambda * parameters[feature]
            if scaling.inverseScales[feature - 1] == 0 {
                system[diagonal] += 1
            }
        }
        let largestDiagonal = (0..<dimension).map { system[$0 * dimension + $0] }.max() ?? 0
        var ridge = 1e-12 * max(1, largestDiagonal)
        for _ in 0..<6 {
            if let factorization = CholeskyFactorization(symmetric: system, dimension: dimension) {
                let step = factorization.solve(rhs)
                return step.allSatisfy(\.isFinite) ? step : nil
            }
            for index in 0..<dimension {
                system[index * dimension + index] += ridge
            }
            ridge *= 100
        }
        return nil
    }

    /// Moves the parameters along `step`, halving it while the penalised log-likelihood would
    /// drop by more than rounding noise (10⁻¹² relative); `nil` when no fraction improves it,
    /// which means the numerical optimum has been reached and the parameters are left unchanged.
    mutating func advance(along step: [Double]) -> Outcome? {
        let largestChange = step.map(abs).max() ?? 0
        let allowedDrop = 1e-12 * max(1, abs(objective))
        var fraction = 1.0
        for _ in 0...LogisticRegression.maximumHalvings {
            let candidate = zip(parameters, step).map { $0 + fraction * $1 }
            if fraction * largestChange < LogisticRegression.tolerance {
                parameters = candidate
                return .converged
            }
            let candidateTerms = NewtonTerms(rows: rows, scaling: scaling, parameters: candidate)
            let candidateObjective = Self.penalised(candidateTerms.logLikelihood, parameters: candidate, lambda: lambda)
            if candidateObjective >= objective - allowedDrop {
                parameters = candidate
                terms = candidateTerms
                objective = candidateObjective
                return .improved
            }
            fraction /= 2
        }
        return nil
    }

    /// ℓ(θ) − ½·λ·Σⱼ≥₁ θⱼ² (the intercept is not penalised).
    private static func penalised(_ logLikelihood: Double, parameters: [Double], lambda: Double) -> Double {
        let squaredNorm = parameters.dropFirst().reduce(0) { $0 + $1 * $1 }
        return logLikelihood - 0.5 * lambda * squaredNorm
    }
}
