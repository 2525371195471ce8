import Foundation

/// The logistic function and its companions at one linear predictor η, evaluated from a single
/// `exp` of a non-positive number so that nothing overflows and the small tail is not lost.
struct LogisticPoint {
    /// The linear predictor η.
    let eta: Double
    /// σ(η) = 1 / (1 + e^(−η)), the probability of the positive class.
    let probability: Double
    /// σ(η)·(1 − σ(η)), the IRLS weight, computed without the cancellation of `1 − σ(η)`.
    let weight: Double
    /// 1 + e^(−|η|), in [1, 2]; its logarithm is shared by both branches of the log-likelihood.
    let onePlusTail: Double

    /// Evaluates the logistic function at the linear predictor `eta`.
    init(_ eta: Double) {
        self.init(eta: eta, tail: exp(-abs(eta)))
    }

    /// The logistic function at `eta`, given `tail` = e^(−|η|) (computed by the caller, e.g. as a
    /// product of precomputed factors).
    @inline(__always)
    init(eta: Double, tail: Double) {
        let onePlusTail = 1 + tail
        self.eta = eta
        self.onePlusTail = onePlusTail
        probability = eta >= 0 ? 1 / onePlusTail : tail / onePlusTail
        weight = tail / (onePlusTail * onePlusTail)
    }

    /// The Bernoulli log-likelihood of `positives` copies with label 1 and `negatives` copies with
    /// label 0. Each copy adds y·η − log(1 + e^η): −log(1 + e^(−η)) for y = 1 and −log(1 + e^η) for
    /// y = 0, each written as max(∓η, 0) + log(1 + e^(−|η|)); together
    /// −(a·max(−η, 0) + b·max(η, 0) + (a + b)·log(1 + e^(−|η|))).
    ///
    /// `log` of the rounded 1 + e^(−|η|) rather than `log1p(e^(−|η|))`: the absolute error stays below
    /// 2.3·10⁻¹⁶ per copy, which is all a sum over rows needs (the log-likelihood only decides whether
    /// a Newton step is accepted, with a slack of 10⁻¹² relative), and glibc's `log` costs about half
    /// its `log1p`. Computed here, not at `init`, so that probabilities and weights never pay for it.
    func logLikelihood(positives: Double, negatives: Double) -> Double {
        -(positives * max(-eta, 0) + negatives * max(eta, 0) + (positives + negatives) * log(onePlusTail))
    }
}
