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
    /// log(1 + e^(−|η|)), shared by both branches of the log-likelihood.
    private let log1pTail: Double

    /// Evaluates the logistic function at the linear predictor `eta`.
    init(_ eta: Double) {
        let tail = exp(-abs(eta))  // in (0, 1]
        let onePlusTail = 1 + tail
        self.eta = eta
        probability = eta >= 0 ? 1 / onePlusTail : tail / onePlusTail
        weight = tail / (onePlusTail * onePlusTail)
        log1pTail = log1p(tail)
    }

    /// The Bernoulli log-likelihood of `positives` copies with label 1 and `negatives` copies with
    /// label 0. Each copy adds y·η − log(1 + e^η): −log(1 + e^(−η)) for y = 1 and −log(1 + e^η) for
    /// y = 0, each written as max(∓η, 0) + log1p(e^(−|η|)); together
    /// −(a·max(−η, 0) + b·max(η, 0) + (a + b)·log1p(e^(−|η|))).
    func logLikelihood(positives: Double, negatives: Double) -> Double {
        -(positives * max(-eta, 0) + negatives * max(eta, 0) + (positives + negatives) * log1pTail)
    }
}
