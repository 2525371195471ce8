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
    /// θ = (β₀, β₁…β_p), intercept first.
    private(set) var parameters: [Double]
    /// Likelihood and gradient at `parameters`, with the information matrix when it was computed there.
    private var terms: NewtonTerms
    /// Penalised log-likelihood at `parameters`.
    private var objective: Double
    /// The factorised Newton system of the latest information matrix computed.
    private var system: CholeskyFactorization?
    /// Largest change of the last accepted step, `nil` before the first.
    private var lastStepSize: Double?
    /// Passes over the rows so far.
    private(set) var passes = Passes()
    /// The latest information matrix Zᵀ·W·Z computed (or given), upper triangle.
    private(set) var latestInformation: [Double]

    /// Terms the search needs next: at `parameters`, with the information matrix or not.
    struct Request: Sendable {
        /// Where to evaluate, intercept first.
        var parameters: [Double]
        /// Whether the pass must compute the information matrix.
        var includingInformation: Bool
    }

    /// Where an iteration stands: waiting for terms, or ended (with `nil` when it failed).
    enum Progress {
        /// The iteration needs these terms to go on (`receive(_:)`).
        case needs(Request)
        /// The iteration ended with this outcome; `nil` is the numerical optimum or a singular system.
        case finished(Outcome?)
    }

    /// A step being tried: its direction, the fraction of it at stake and what decides its passes.
    private struct Attempt {
        var step: [Double]
        var largestChange: Double
        var allowedDrop: Double
        var fraction = 1.0
        var halvings = 0
        /// Whether the step came from a reused information matrix.
        var reused: Bool
        /// The parameters being evaluated.
        var candidate: [Double] = []
        /// Whether the evaluated pass computes the information matrix.
        var withInformation = false
    }

    /// What the pending request is for.
    private enum Pending {
        case none
        /// A fraction of a step (`Attempt`).
        case trying(Attempt)
        /// The information matrix at the current parameters, after a reused step failed.
        case refreshing
    }

    /// What the pending request is for.
    private var pending = Pending.none

    /// The first request of a search starting at `start`: a full pass, or a gradient-only one when an
    /// information matrix near `start` is given.
    static func startRequest(start: [Double], information: [Double]?) -> Request {
        Request(parameters: start, includingInformation: information == nil)
    }

    /// Starts the search at `start`: one pass with the information matrix, or, when `information`
    /// (an information matrix near `start`, upper triangle) is given, one gradient-only pass whose
    /// first step solves with it.
    init(rows: DistinctRows, scaling: FeatureScaling, lambda: Double, start: [Double], reuse: InformationReuse,
         tolerance: Double = LogisticRegression.tolerance, information: [Double]? = nil) {
        let request = Self.startRequest(start: start, information: information)
        self.init(rows: rows, scaling: scaling, lambda: lambda, start: start, reuse: reuse, tolerance: tolerance,
                  information: information,
                  startTerms: NewtonTerms(rows: rows, scaling: scaling, parameters: request.parameters,
                                          includingInformation: request.includingInformation))
    }

    /// Starts the search at `start` with `startTerms`, the terms of `startRequest(start:information:)`
    /// computed by the caller (e.g. together with other searches' terms).
    init(rows: DistinctRows, scaling: FeatureScaling, lambda: Double, start: [Double], reuse: InformationReuse,
         tolerance: Double, information: [Double]?, startTerms: NewtonTerms) {
        self.rows = rows
        self.scaling = scaling
        self.lambda = lambda
        self.reuse = reuse
        self.tolerance = tolerance
        parameters = start
        terms = startTerms
        if let information {
            passes.gradient = 1
            latestInformation = information
            system = Self.factorised(information, dimension: start.count, lambda: lambda, scaling: scaling)
        } else {
            passes.information = 1
            latestInformation = terms.information!
        }
        objective = Self.penalised(terms.logLikelihood, parameters: start, lambda: lambda)
    }

    /// One iteration, computing every pass it needs here.
    mutating func iterate() -> Outcome? {
        var progress = beginIteration()
        while case .needs(let request) = progress {
            progress = receive(NewtonTerms(rows: rows, scaling: scaling, parameters: request.parameters,
                                           includingInformation: request.includingInformation))
        }
        guard case .finished(let outcome) = progress else { return nil }
        return outcome
    }

    /// Starts one iteration: a step from the current system and gradient, then the safeguarded move
    /// along it. When the step came from a reused information matrix and no fraction of it improves
    /// the objective, the information is computed at the current parameters and a full Newton step
    /// is tried instead; the iteration fails (`nil`) when that fails too (the numerical optimum) or
    /// the system is singular. Each pass it needs is requested (`Progress.needs`) and handed back to
    /// `receive(_:)`.
    mutating func beginIteration() -> Progress {
        let reused = terms.information == nil
        if let step = newtonStep() { return beginAdvance(along: step, reused: reused) }
        return reused ? refresh() : .finished(nil)
    }

    /// Goes on with the iteration given the terms of the pending request.
    mutating func receive(_ received: NewtonTerms) -> Progress {
        switch pending {
        case .none:
            preconditionFailure("no request pending")
        case .refreshing:
            pending = .none
            terms = received
            passes.information += 1
            guard let step = newtonStep() else { return .finished(nil) }
            return beginAdvance(along: step, reused: false)
        case .trying(var attempt):
            pending = .none
            if attempt.withInformation { passes.information += 1 } else { passes.gradient += 1 }
            let candidateObjective = Self.penalised(received.logLikelihood, parameters: attempt.candidate,
                                                    lambda: lambda)
            if candidateObjective >= objective - attempt.allowedDrop {
                parameters = attempt.candidate
                terms = received
                objective = candidateObjective
                lastStepSize = attempt.fraction * attempt.largestChange
                return .finished(.improved)
            }
            attempt.fraction /= 2
            attempt.halvings += 1
            return tryFraction(attempt)
        }
    }

    /// Requests the information matrix at the current parameters (full Newton after a failed reused step).
    private mutating func refresh() -> Progress {
        pending = .refreshing
        return .needs(Request(parameters: parameters, includingInformation: true))
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

    /// Starts moving the parameters along `step`, halving it while the penalised log-likelihood
    /// would drop by more than rounding noise (10⁻¹² relative). `reused` says whether the step came
    /// from a reused information matrix; it decides, with the step's size, whether the new pass
    /// computes one, and whether a step of which no fraction improves is retried as a full Newton
    /// step (the parameters are left unchanged).
    private mutating func beginAdvance(along step: [Double], reused: Bool) -> Progress {
        tryFraction(Attempt(step: step, largestChange: step.map(abs).max() ?? 0,
                            allowedDrop: 1e-12 * max(1, abs(objective)), reused: reused))
    }

    /// Tries `attempt`'s current fraction: converged when it is below the tolerance, else a request
    /// for the terms at the candidate parameters.
    private mutating func tryFraction(_ attempt: Attempt) -> Progress {
        var attempt = attempt
        guard attempt.halvings <= LogisticRegression.maximumHalvings else {
            return attempt.reused ? refresh() : .finished(nil)
        }
        let fraction = attempt.fraction
        let candidate = zip(parameters, attempt.step).map { $0 + fraction * $1 }
        if fraction * attempt.largestChange < tolerance {
            parameters = candidate
            return .finished(.converged)
        }
        attempt.candidate = candidate
        attempt.withInformation = fraction < 1
            || !reuse.allows(afterStep: attempt.largestChange, reused: attempt.reused, previousStepSize: lastStepSize)
        pending = .trying(attempt)
        return .needs(Request(parameters: candidate, includingInformation: attempt.withInformation))
    }

    /// ℓ(θ) − ½·λ·Σⱼ≥₁ θⱼ² (the intercept is not penalised).
    private static func penalised(_ logLikelihood: Double, parameters: [Double], lambda: Double) -> Double {
        let squaredNorm = parameters.dropFirst().reduce(0) { $0 + $1 * $1 }
        return logLikelihood - 0.5 * lambda * squaredNorm
    }
}
