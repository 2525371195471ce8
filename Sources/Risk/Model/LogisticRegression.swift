import Foundation

/// L2-regularised logistic regression fitted by Newton's method (IRLS) on standardised features.
///
/// Maximises the penalised log-likelihood
/// ℓ_λ(β) = Σᵢ [yᵢ·ηᵢ − log(1 + e^ηᵢ)] − ½·λ·Σⱼ≥₁ βⱼ², ηᵢ = β₀ + Σⱼ βⱼ·zᵢⱼ,
/// where zᵢⱼ = (xᵢⱼ − meanⱼ) / sdⱼ uses each column's mean and population standard deviation on
/// the training rows and the intercept β₀ is not penalised. Equal rows are summed once, weighted by
/// their label counts (`DistinctRows`). Each iteration solves (Zᵀ·W·Z + λ·D)·Δ = ∇ℓ − λ·D·β
/// (D = diag(0, 1, …, 1)) by Cholesky, halves the step while the penalised log-likelihood does not
/// improve, and stops when max |Δ| < `tolerance` or after `maximumIterations`. Near the optimum the
/// last information matrix Zᵀ·W·Z is reused and a pass computes only ∇ℓ and ℓ (`InformationReuse`);
/// the gradient stays exact, so the optimum does not move. See `Guides/EarlyWarning-Model.md`.
public enum LogisticRegression {
    /// Convergence threshold on the largest absolute change of a parameter in one step.
    public static let tolerance = 1e-10
    /// Upper bound on Newton iterations.
    public static let maximumIterations = 100
    /// Upper bound on step halvings within one iteration.
    static let maximumHalvings = 40

    /// Fits the model to the rows of `x` with one label per row (`true` = the event happened).
    ///
    /// Deterministic: the same inputs give bit-identical coefficients on every run. Robust cases:
    /// separable data stays finite (the penalty bounds β; requires λ > 0); a constant column gets
    /// coefficient 0; when every label is equal (or there are no rows) the model is intercept-only
    /// with β₀ = log((positives + ½) / (negatives + ½)), a finite smoothed log-odds.
    ///
    /// - Parameters:
    ///   - x: training features, finite values.
    ///   - labels: one per row of `x`.
    ///   - lambda: the ridge penalty λ ≥ 0 on the standardised coefficients.
    ///   - start: a model of the same features to start Newton's method from (its coefficients are
    ///     carried to this fit's standardisation). The problem is strictly convex, so the optimum is
    ///     the same; a good start only saves iterations (used to refit with one more year).
    /// - Complexity: O(rows × p) to collapse equal rows, with p = `x.columnCount`; then, per
    ///   iteration (typically under ten), O(distinct rows × p²) for a pass with the information
    ///   matrix or O(distinct rows × p) for a gradient-only one, plus O(p³) for the factorisation.
    public static func fit(_ x: FeatureMatrix, labels: [Bool], lambda: Double = 1, start: LogisticModel? = nil)
        -> LogisticModel
    {
        precondition(labels.count == x.rowCount, "one label per row")
        return fit(DistinctRows(x, labels: labels), lambda: lambda, start: start)
    }

    /// `fit(_:labels:lambda:start:)` on rows already collapsed with their label counts.
    static func fit(_ rows: DistinctRows, lambda: Double = 1, start: LogisticModel? = nil) -> LogisticModel {
        fitting(rows, lambda: lambda, start: start).model
    }

    /// The fit without the columns `excluded` (indices): they are treated as constant columns
    /// (standardised value 0, coefficient exactly 0), which gives the fit of the other columns alone
    /// on the same rows. Used to measure each feature's validation gain.
    static func fit(_ rows: DistinctRows, lambda: Double = 1, start: LogisticModel? = nil, leavingOut excluded: [Int])
        -> LogisticModel
    {
        fitting(rows, lambda: lambda, start: start, leavingOut: excluded).model
    }

    /// The fit of `fit(_:lambda:start:)` under a given information-reuse rule, with the passes over
    /// the rows it took (none for a closed-form fit) and the latest information matrix it computed
    /// (upper triangle, on the model's standardisation; `nil` for a closed-form fit).
    ///
    /// `scaling`, when given, must be that of `rows` (it saves its two passes); `information`, an
    /// information matrix of `rows` on that scaling near `start` (e.g. another fit's), replaces
    /// the first full pass: the excluded columns' rows and columns are zeroed in it. `tolerance`
    /// is the convergence threshold on the largest change of a step; with `stopsOnPredictedStep` the fit
    /// also stops, without the confirming pass, once a full Newton step's predicted successor is below it
    /// (`NewtonSearch.predictedNextStep`: the result is then within about that successor of the
    /// optimum, instead of within its square).
    static func fitting(
        _ rows: DistinctRows, lambda: Double = 1, start: LogisticModel? = nil, reuse: InformationReuse = .standard,
        leavingOut excluded: [Int] = [], scaling given: FeatureScaling? = nil, information: [Double]? = nil,
        tolerance: Double = tolerance, stopsOnPredictedStep: Bool = false
    ) -> (model: LogisticModel, passes: NewtonSearch.Passes, information: [Double]?) {
        precondition(lambda >= 0 && lambda.isFinite, "lambda must be finite and non-negative")
        let scaling = (given ?? FeatureScaling(fittedTo: rows)).leavingOut(excluded)
        let totals = rows.totals
        let positives = totals.positives, negatives = totals.negatives
        let smoothedLogOdds = log((positives + 0.5) / (negatives + 0.5))
        guard positives > 0 && negatives > 0 else {
            let model = LogisticModel(
                featureNames: rows.columnNames, intercept: smoothedLogOdds,
                coefficients: Array(repeating: 0, count: rows.columnCount),
                scaling: scaling, iterations: 0, converged: true)
            return (model, NewtonSearch.Passes(), nil)
        }
        let dimension = rows.columnCount + 1
        let startingInformation = information.map { matrix in
            var matrix = matrix
            for column in excluded {
                for other in 0..<dimension {
                    matrix[(column + 1) * dimension + other] = 0
                    matrix[other * dimension + column + 1] = 0
                }
            }
            return matrix
        }
        var search = NewtonSearch(
            rows: rows, scaling: scaling, lambda: lambda,
            start: start.map { startingParameters(from: $0, to: scaling) }
                ?? [log(positives / negatives)] + Array(repeating: 0, count: rows.columnCount),
            reuse: reuse, tolerance: tolerance, information: startingInformation, warmStart: start != nil,
            stopsOnPredictedStep: stopsOnPredictedStep)
        var iterations = 0
        var converged = false
        while iterations < maximumIterations && !converged {
            iterations += 1
            guard let outcome = search.iterate() else { break }
            converged = outcome == .converged
        }
        let model = LogisticModel(
            featureNames: rows.columnNames, intercept: search.parameters[0],
            coefficients: Array(search.parameters.dropFirst()),
            scaling: scaling, iterations: iterations, converged: converged)
        return (model, search.passes, search.latestInformation)
    }

    /// `model`'s parameters re-expressed on `scaling`: the same raw-scale slopes aⱼ = βⱼ / sdⱼ and
    /// intercept a₀ = β₀ − Σ aⱼ·meanⱼ, standardised again with the new means and deviations.
    static func startingParameters(from model: LogisticModel, to scaling: FeatureScaling) -> [Double] {
        precondition(model.coefficients.count == scaling.means.count, "the start model has other features")
        var rawIntercept = model.intercept
        var slopes = [Double](repeating: 0, count: model.coefficients.count)
        for j in slopes.indices where model.scales[j] > 0 {
            slopes[j] = model.coefficients[j] / model.scales[j]
            rawIntercept -= slopes[j] * model.means[j]
        }
        var parameters = [rawIntercept]
        for j in slopes.indices {
            parameters[0] += slopes[j] * scaling.means[j]
            parameters.append(scaling.scales[j] > 0 ? slopes[j] * scaling.scales[j] : 0)
        }
        return parameters
    }
}
