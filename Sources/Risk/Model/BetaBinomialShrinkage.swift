/// Empirical-Bayes shrinkage of many small proportions toward their pooled rate (beta-binomial,
/// method-of-moments prior): the early warning's institution and municipality dropout histories.
///
/// For units i with xᵢ events out of nᵢ > 0 trials:
///
/// - m = Σxᵢ / Σnᵢ, the pooled rate (the prior mean);
/// - Q = Σ nᵢ·(xᵢ/nᵢ − m)², and the between-unit variance of the true rates
///   τ² = max(0, (Q − (I − 1)·m·(1 − m)) / (Σnᵢ − Σnᵢ²/Σnᵢ)) (the moment estimator that the funnel's
///   overdispersion also uses, SPEC §6);
/// - the prior Beta(m·M, (1 − m)·M) with strength M = m·(1 − m)/τ² − 1 (its variance is τ²), at
///   least 0;
/// - each unit's shrunk rate (xᵢ + M·m) / (nᵢ + M): a small unit stays near m, a large one near its
///   own rate. A unit with nᵢ = 0 gets m. With fewer than two units, m ∈ {0, 1} or τ² = 0 every unit
///   gets m (no evidence that units differ). With no trials at all the rate is `nil`.
///
/// Sums run over the units in the order given; callers give them in an order of their content
/// (codes), so the result does not depend on the input order.
public struct BetaBinomialShrinkage: Sendable, Equatable {
    /// The pooled rate m; `nil` when there are no trials.
    public let pooledRate: Double?
    /// The prior strength M (∞ when every unit gets m).
    public let priorStrength: Double

    /// Estimates the prior from `events` and `trials` (one entry per unit, same order).
    public init(events: [Int], trials: [Int]) {
        precondition(events.count == trials.count, "one count of trials per unit")
        var totalEvents = 0, totalTrials = 0, squaredTrials = 0.0, units = 0
        for (x, n) in zip(events, trials) where n > 0 {
            totalEvents += x
            totalTrials += n
            squaredTrials += Double(n) * Double(n)
            units += 1
        }
        guard totalTrials > 0 else {
            pooledRate = nil
            priorStrength = .infinity
            return
        }
        let m = Double(totalEvents) / Double(totalTrials)
        pooledRate = m
        guard units >= 2, m > 0, m < 1 else {
            priorStrength = .infinity
            return
        }
        var q = 0.0
        for (x, n) in zip(events, trials) where n > 0 {
            let deviation = Double(x) / Double(n) - m
            q += Double(n) * deviation * deviation
        }
        let total = Double(totalTrials)
        let denominator = total - squaredTrials / total
        let tau2 = denominator > 0 ? max(0, (q - Double(units - 1) * m * (1 - m)) / denominator) : 0
        priorStrength = tau2 > 0 ? max(0, m * (1 - m) / tau2 - 1) : .infinity
    }

    /// The shrunk rate of a unit with `events` out of `trials`; `nil` when the pooled rate is.
    public func rate(events: Int, trials: Int) -> Double? {
        guard let m = pooledRate else { return nil }
        guard trials > 0, priorStrength.isFinite else { return m }
        return (Double(events) + priorStrength * m) / (Double(trials) + priorStrength)
    }
}
