/// The state of a penalised Newton fit: current parameters, the sums at them, and the rules that
/// turn those sums into a safeguarded step.
///
/// Near the optimum the information matrix hardly changes from one iterate to the next, so it is
/// computed only while the steps are large (`InformationReuse`); the later passes compute just the
/// gradient and the log-likelihood, O(rows × p) instead of O(rows × p²), and solve with the last
/// factorised system. The gradient is always exact, so the optimum is the same: only the path to
/// it changes, from quadratic to fast linear convergence. A step that shrinks too little, needs
/// halving or fails brings the information matrix back (full Newton).
struct NewtonSearch {
    /// What one accepted step achieved.
    enum Outcome {
        /// The penalised log-likelihood did not decrease; iterate again.
        case improved
        /// The step was below `LogisticRegression.tolerance`; the fit is done.
        case converged
    }

    /// How many passes over the rows a search made, by kind.
    struct Passes: Sendable, Equatable {
        /// Passes that computed the information matrix (full Newton terms).
        var information = 0
        /// Passes that computed only the gradient and the log-likelihood.
        var gradient = 0
    }

    /// Training rows, collapsed with their label counts.
    let rows: DistinctRows
    /// Standardisation of the training columns.
    let scaling: FeatureScaling
    /// Ridge penalty λ.
    let lambda: Double
    /// When a pass may skip the information matrix.
    let reuse: InformationReuse
    /// The search stops when a step's largest change is below this.
    let tolerance: Double
    /// Whether the search also stops after a full Newton step whose successor, predicted from the
    /// quadratic rate of the last two steps, is below `tolerance` (`predictedNextStep`): it then takes
    /// that step without the pass that would only confirm convergence.
    let stopsOnPredictedStep: Bool
    /// θ = (β₀, β₁…β_p), intercept first.
    private(set) var parameters: [Double]
    /// Likelihood and gradient at `parameters`, with the information matrix when it was computed there.
    private var terms: NewtonTerms
    /// Penalised log-likelihood at `parameters`; `nil` when the pass that reached them skipped it.
    private var objective: Double?
    /// Σ nₖ·zₖ·zₖᵀ (full matrix) on factored rows, whose passes then skip the log-likelihood while a
    /// bound on the curvature proves that a step improves the objective (`provesImprovement`);
    /// `nil` on other rows.
    private let unweightedMoments: [Double]?
    /// Whether the search starts near the optimum (from another fit), so that even its first passes
    /// skip the log-likelihood on factored rows.
    private let warmStart: Bool
    /// A step below which the next pass on factored rows skips the log-likelihood.
    static let nearStep = 1e-2
    /// The factorised Newton system of the latest information matrix computed.
    private var system: CholeskyFactorization?
    /// Largest change of the last accepted step, `nil` before the first.
    private var lastStepSize: Double?
    /// Passes over the rows so far.
    private(set) var passes = Passes()
    /// The latest information matrix Zᵀ·W·Z computed (or given), upper triangle.
    private(set) var latestInformation: [Double]

    /// Starts the search at `start`: one pass with the information matrix, or, when `information`
    /// (an information matrix near `start`, upper triangle) is given, one gradient-only pass whose
    /// first step solves with it.
    init(rows: DistinctRows, scaling: FeatureScaling, lambda: Double, start: [Double], reuse: InformationReuse,
         tolerance: Double = LogisticRegression.tolerance, information: [Double]? = nil, warmStart: Bool = false,
         stopsOnPredictedStep: Bool = false) {
        self.stopsOnPredictedStep = stopsOnPredictedStep
        self.rows = rows
        self.scaling = scaling
        self.lambda = lambda
        self.reuse = reuse
        self.tolerance = tolerance
        parameters = start
        unweightedMoments = rows.unweightedMoments.map { NewtonTerms.unweightedMoments(raw: $0, scaling: scaling) }
        // On factored rows every pass skips the log-likelihood: steps are judged by
        // `provesImprovement` first, and the objectives are computed only when it cannot decide.
        self.warmStart = warmStart
        terms = NewtonTerms(rows: rows, scaling: scaling, parameters: start, includingInformation: information == nil,
                            includingLikelihood: unweightedMoments == nil || !warmStart)
        if let information {
            passes.gradient = 1
            latestInformation = information
            system = Self.factorised(information, dimension: start.count, lambda: lambda, scaling: scaling)
        } else {
            passes.information = 1
            latestInformation = terms.information!
        }
        objective = terms.logLikelihood.isNaN ? nil : Self.penalised(terms.logLikelihood, parameters: start, lambda: lambda)
    }

    /// One iteration: a step from the current system and gradient, then the safeguarded move along
    /// it. When the step came from a reused information matrix and no fraction of it improves the
    /// objective, the information is computed at the current parameters and a full Newton step is
    /// tried instead; `nil` when that fails too (the numerical optimum) or the system is singular.
    mutating func iterate() -> Outcome? {
        let reused = terms.information == nil
        if let step = newtonStep(), let outcome = advance(along: step, reused: reused) { return outcome }
        guard reused else { return nil }
        terms = NewtonTerms(rows: rows, scaling: scaling, parameters: parameters, includingInformation: true)
        passes.information += 1
        guard let step = newtonStep() else { return nil }
        return advance(along: step, reused: false)
    }

    /// The step Δ solving (Zᵀ·W·Z + λ·D)·Δ = ∇ℓ − λ·D·β with the current gradient and the latest
    /// information matrix (factorised anew when the current terms carry one); `nil` when the system
    /// cannot be solved even with a small ridge added (non-finite data).
    ///
    /// A constant column contributes a zero row and column to Zᵀ·W·Z and a zero gradient; 1 is
    /// added to its diagonal so the system stays positive definite even with λ = 0, and its step
    /// is exactly 0. If rounding leaves the matrix indefinite (λ = 0 and collinear columns), a
    /// ridge of 10⁻¹²·max(1, largest diagonal), growing a hundredfold per attempt, is added.
    private mutating func newtonStep() -> [Double]? {
        let dimension = parameters.count
        if let information = terms.information {
            system = Self.factorised(information, dimension: dimension, lambda: lambda, scaling: scaling)
            latestInformation = information
        }
        guard let system else { return nil }
        var rhs = terms.gradient
        for feature in 1..<dimension {
            rhs[feature] -= lambda * parameters[feature]
        }
        let step = system.solve(rhs)
        return step.allSatisfy(\.isFinite) ? step : nil
    }

    /// The Cholesky factorisation of Zᵀ·W·Z + λ·D (plus 1 on the diagonal of constant columns and
    /// the safety ridge when needed).
    private static func factorised(
        _ information: [Double], dimension: Int, lambda: Double, scaling: FeatureScaling
    ) -> CholeskyFactorization? {
        var system = information
        for feature in 1..<dimension {
            let diagonal = feature * dimension + feature
            system[diagonal] += lambda
            if scaling.inverseScales[feature - 1] == 0 {
                system[diagonal] += 1
            }
        }
        let largestDiagonal = (0..<dimension).map { system[$0 * dimension + $0] }.max() ?? 0
        var ridge = 1e-12 * max(1, largestDiagonal)
        for _ in 0..<6 {
            if let factorization = CholeskyFactorization(symmetric: system, dimension: dimension) {
                return factorization
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
    /// and the parameters are left unchanged. `reused` says whether the step came from a reused
    /// information matrix; it decides, with the step's size, whether the new pass computes one.
    private mutating func advance(along step: [Double], reused: Bool) -> Outcome? {
        let largestChange = step.map(abs).max() ?? 0
        var fraction = 1.0
        for _ in 0...LogisticRegression.maximumHalvings {
            let candidate = zip(parameters, step).map { $0 + fraction * $1 }
            if fraction * largestChange < tolerance {
                parameters = candidate
                return .converged
            }
            if stopsOnPredictedStep && fraction == 1 && !reused, let previous = lastStepSize,
               Self.predictedNextStep(after: largestChange, previous: previous) < tolerance {
                parameters = candidate
                return .converged
            }
            let withInformation = fraction < 1
                || !reuse.allows(afterStep: largestChange, reused: reused, previousStepSize: lastStepSize)
            // Passes over factored rows near the optimum (a warm start, or after a step below
            // `nearStep`) skip the log-likelihood: the objectives are needed only when
            // `provesImprovement` cannot decide, which far from the optimum happens often.
            let skipsLikelihood = unweightedMoments != nil && (warmStart || (lastStepSize ?? .infinity) < Self.nearStep)
            var candidateTerms = NewtonTerms(rows: rows, scaling: scaling, parameters: candidate,
                                             includingInformation: withInformation,
                                             includingLikelihood: !skipsLikelihood)
            if withInformation { passes.information += 1 } else { passes.gradient += 1 }
            if skipsLikelihood && provesImprovement(from: parameters, to: candidate, candidateGradient: candidateTerms.gradient) {
                accept(candidate, terms: candidateTerms, objective: nil, stepSize: fraction * largestChange)
                return .improved
            }
            if candidateTerms.logLikelihood.isNaN {
                candidateTerms = NewtonTerms(rows: rows, scaling: scaling, parameters: candidate,
                                             includingInformation: withInformation)
                if withInformation { passes.information += 1 } else { passes.gradient += 1 }
            }
            let current = currentObjective()
            let allowedDrop = 1e-12 * max(1, abs(current))
            let candidateObjective = Self.penalised(candidateTerms.logLikelihood, parameters: candidate, lambda: lambda)
            if candidateObjective >= current - allowedDrop {
                accept(candidate, terms: candidateTerms, objective: candidateObjective, stepSize: fraction * largestChange)
                return .improved
            }
            fraction /= 2
        }
        return nil
    }

    /// The size of the Newton step after a step of size `step` that followed one of size `previous`,
    /// if the convergence is quadratic with the rate the two show: C = step / previous², next = C·step².
    /// Infinite when `previous` is 0.
    static func predictedNextStep(after step: Double, previous: Double) -> Double {
        previous > 0 ? step * step * step / (previous * previous) : .infinity
    }

    /// Moves to `candidate`, whose pass gave `terms` (and `objective`, if computed).
    private mutating func accept(_ candidate: [Double], terms candidateTerms: NewtonTerms, objective candidateObjective: Double?,
                                 stepSize: Double) {
        parameters = candidate
        terms = candidateTerms
        objective = candidateObjective
        lastStepSize = stepSize
    }

    /// The penalised log-likelihood at the current parameters, computed (one more gradient-only pass)
    /// when the pass that reached them skipped it.
    private mutating func currentObjective() -> Double {
        if let objective { return objective }
        let withLikelihood = NewtonTerms(rows: rows, scaling: scaling, parameters: parameters, includingInformation: false)
        passes.gradient += 1
        let computed = Self.penalised(withLikelihood.logLikelihood, parameters: parameters, lambda: lambda)
        objective = computed
        return computed
    }

    /// Whether the penalised log-likelihood f at `candidate` is, exactly, at least that at `start`,
    /// proved from the two gradients without computing f: along s = candidate − start, with
    /// φ(t) = f(start + t·s), φ′(0) and φ′(1) are the gradients times s, and φ″ ≥ −L with
    /// L = ¼·sᵀ(Σ n·z·zᵀ)s + λ·Σⱼ≥₁ sⱼ² (the logistic weight is at most ¼). φ′ decreases, so
    /// φ′(t) ≥ max(φ′(1), φ′(0) − L·t) and φ(1) − φ(0) ≥ ∫₀¹ max(φ′(1), φ′(0) − L·t) dt; the step is
    /// proved when that is ≥ 0. Then the comparison of objectives, which allows a drop of 10⁻¹², would
    /// accept it too, so the path of the fit is the same as with every log-likelihood computed.
    private func provesImprovement(from start: [Double], to candidate: [Double], candidateGradient: [Double]) -> Bool {
        guard let moments = unweightedMoments else { return false }
        let dimension = start.count
        let step = zip(candidate, start).map { $0 - $1 }
        var slopeAtStart = terms.gradient[0] * step[0], slopeAtCandidate = candidateGradient[0] * step[0]
        var penaltyCurvature = 0.0
        for j in 1..<dimension {
            slopeAtStart += (terms.gradient[j] - lambda * start[j]) * step[j]
            slopeAtCandidate += (candidateGradient[j] - lambda * candidate[j]) * step[j]
            penaltyCurvature += step[j] * step[j]
        }
        var quadratic = 0.0
        for i in 0..<dimension {
            var row = 0.0
            for j in 0..<dimension { row += moments[i * dimension + j] * step[j] }
            quadratic += step[i] * row
        }
        let curvature = 0.25 * quadratic + lambda * penaltyCurvature
        guard slopeAtStart.isFinite, slopeAtCandidate.isFinite, curvature.isFinite, curvature > 0 else { return false }
        let bound: Double
        if slopeAtStart - curvature >= slopeAtCandidate {
            bound = slopeAtStart - curvature / 2
        } else {
            let crossing = max(0, (slopeAtStart - slopeAtCandidate) / curvature)
            bound = slopeAtStart * crossing - curvature * crossing * crossing / 2 + slopeAtCandidate * (1 - crossing)
        }
        return bound >= 0
    }

    /// ℓ(θ) − ½·λ·Σⱼ≥₁ θⱼ² (the intercept is not penalised).
    private static func penalised(_ logLikelihood: Double, parameters: [Double], lambda: Double) -> Double {
        let squaredNorm = parameters.dropFirst().reduce(0) { $0 + $1 * $1 }
        return logLikelihood - 0.5 * lambda * squaredNorm
    }
}
