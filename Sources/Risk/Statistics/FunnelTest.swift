/// The statistical-excess test of a funnel plot for one unit's rate (SPEC §6, `EXCESO`, steps 3–4) and
/// the control limits the plots draw.
public enum FunnelTest {
    /// The largest p-value that raises an `ALTA` flag.
    public static let altaThreshold = 0.001
    /// The largest p-value that raises a `MEDIA` flag.
    public static let mediaThreshold = 0.025

    /// The one-sided p-value of `x` events out of `n` against the reference rate `p0`, allowing for the
    /// between-unit variance `tau2`.
    ///
    /// `p = P(X ≥ x)` for `X ~ Binomial(n, p0)` when `τ² = 0`; otherwise
    /// `p = max(P(X ≥ x), 1 − Φ((y − p0) / √(s² + τ²)))` with `y = x / n` and `s² = p0 (1 − p0) / n`:
    /// significant both beyond chance and beyond the usual spread between units. `p0 = 0` with `x > 0`
    /// gives 0.
    ///
    /// - Parameters:
    ///   - x: The unit's numerator, in `0...n`.
    ///   - n: The unit's denominator, positive.
    ///   - p0: The territory's rate, in `0...1`.
    ///   - tau2: The between-unit variance from `Overdispersion`, at least 0.
    /// - Complexity: O(√n) near the reference rate, O(1) far from it (see `Binomial.upperTail`).
    public static func excessPValue(successes x: Int, trials n: Int, reference p0: Double, tau2: Double)
        -> Double
    {
        precondition(n > 0 && x >= 0 && x <= n, "numerator outside 0...denominator")
        precondition(p0 >= 0 && p0 <= 1, "reference rate outside 0...1")
        precondition(tau2 >= 0, "negative between-unit variance")
        if p0 == 0 && x > 0 { return 0 }
        let exact = Binomial.upperTail(successes: x, trials: n, probability: p0)
        guard tau2 > 0 else { return exact }
        let rate = Double(x) / Double(n)
        let samplingVariance = p0 * (1 - p0) / Double(n)
        let z = (rate - p0) / (samplingVariance + tau2).squareRoot()
        return max(exact, Normal.upperTail(z))
    }

    /// The flag an `EXCESO` p-value raises: `ALTA` when `p ≤ 0.001`, `MEDIA` when `p ≤ 0.025`, and none
    /// unless the rate `y` is above the reference `p0`.
    /// - Complexity: O(1).
    public static func level(pValue p: Double, rate y: Double, reference p0: Double) -> FlagLevel? {
        guard y > p0 else { return nil }
        if p <= altaThreshold { return .alta }
        if p <= mediaThreshold { return .media }
        return nil
    }

    /// The funnel-plot control limit `p0 + z √(p0 (1 − p0) / n + τ²)`, clamped to `0...1`.
    ///
    /// Use `z = ±1.96` and `±3.09` for the 95% and 99.8% limits; `tau2` is 0 when not estimated.
    /// - Complexity: O(1).
    public static func controlLimit(reference p0: Double, trials n: Int, tau2: Double, z: Double)
        -> Double
    {
        precondition(n > 0, "control limit for an empty denominator")
        let limit = p0 + z * (p0 * (1 - p0) / Double(n) + tau2).squareRoot()
        return min(max(limit, 0), 1)
    }

    /// The overdispersion of a set of units' rates around `p0` (SPEC §6, step 2), estimated only when
    /// `0 < p0 < 1`: `s² = p0 (1 − p0) / n`, `z = (x / n − p0) / s`, then
    /// `Overdispersion.estimate(z:variances:)`. Otherwise `phi` is `nil` and `tau2` is 0.
    ///
    /// - Parameters:
    ///   - successes: Each unit's numerator.
    ///   - trials: Each unit's denominator, positive, in the order of `successes`.
    ///   - p0: The territory's rate, in `0...1`.
    /// - Complexity: O(I log I) for I units.
    public static func overdispersion(successes: [Int], trials: [Int], reference p0: Double)
        -> Overdispersion
    {
        precondition(successes.count == trials.count, "one denominator per numerator")
        precondition(trials.allSatisfy { $0 > 0 }, "units with an empty denominator take no part")
        guard p0 > 0 && p0 < 1 else {
            return Overdispersion(phi: nil, tau2: 0, institutions: successes.count)
        }
        let variances = trials.map { p0 * (1 - p0) / Double($0) }
        var z = [Double]()
        z.reserveCapacity(successes.count)
        for index in successes.indices {
            let rate = Double(successes[index]) / Double(trials[index])
            z.append((rate - p0) / variances[index].squareRoot())
        }
        return Overdispersion.estimate(z: z, variances: variances)
    }
}
