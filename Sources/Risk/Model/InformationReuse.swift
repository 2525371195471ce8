/// When a Newton fit may skip the information matrix in a pass and solve with the last one it
/// computed (see `NewtonSearch`).
///
/// The pass after a step computes only the gradient and the log-likelihood when the step's largest
/// change is below `threshold` and, if that step itself came from a reused matrix, when it is at
/// most `contraction` times the step before it (the linear convergence is fast enough). A step
/// that needed halving always brings the matrix back.
struct InformationReuse: Sendable, Equatable {
    /// Largest change of a step below which the next pass may reuse the matrix.
    var threshold: Double
    /// Largest ratio of a reused-matrix step to the step before it that still allows reuse.
    var contraction: Double

    /// The rule of `LogisticRegression`: reuse below a change of 10⁻², while each step is at most a
    /// tenth of the one before. On early-warning data this turns the six full passes of a fit from
    /// scratch into four full and three gradient-only ones, and the four of a warm-started refit
    /// into one full and five gradient-only ones.
    static let standard = InformationReuse(threshold: 1e-2, contraction: 0.1)
    /// For a fit that starts near its optimum with a matrix from a nearby fit (the feature-gain fits
    /// start from the full model and its matrix): reuse after a step of any size while each step is
    /// at most half the one before. On rows stored one by one, the four early-warning gain fits took
    /// four to six gradient-only passes each this way; on factored rows, where a full pass costs about
    /// a gradient-only one, they use `never` after their first step (two to four full passes each).
    static let warmStarted = InformationReuse(threshold: .infinity, contraction: 0.5)
    /// Plain Newton: every pass computes the matrix.
    static let never = InformationReuse(threshold: 0, contraction: 0)

    /// Whether the pass after a full (unhalved) step of largest change `stepSize` may skip the
    /// matrix; `reused` says whether that step came from a reused matrix, and `previousStepSize` is
    /// the largest change of the step before it, if any.
    func allows(afterStep stepSize: Double, reused: Bool, previousStepSize: Double?) -> Bool {
        guard stepSize < threshold else { return false }
        guard reused, let previousStepSize else { return true }
        return stepSize <= contraction * previousStepSize
    }
}
