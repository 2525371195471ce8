/// The between-unit spread of a funnel plot beyond chance: Spiegelhalter's (2005) additive
/// random-effects estimate from winsorised z-scores (SPEC §6, step 2).
///
/// `phi` is the overdispersion factor (the mean squared winsorised z-score, about 1 when units differ
/// only by chance) and `tau2` the additive between-unit variance τ² that widens every control limit.
public struct Overdispersion: Sendable, Equatable {
    /// The mean of the winsorised squared z-scores φ, or `nil` when there were too few units to
    /// estimate it.
    public var phi: Double?
    /// The between-unit variance τ² ≥ 0 added to each unit's own variance; 0 when not estimated.
    public var tau2: Double
    /// The number of units I the estimate was made over.
    public var institutions: Int

    /// Creates an estimate from its parts.
    public init(phi: Double?, tau2: Double, institutions: Int) {
        self.phi = phi
        self.tau2 = tau2
        self.institutions = institutions
    }

    /// The fewest units for which φ and τ² are estimated.
    public static let minimumInstitutions = 10

    /// Estimates φ and τ² from each unit's z-score and sampling variance.
    ///
    /// With fewer than `minimumInstitutions` units, `phi` is `nil` and `tau2` is 0. Otherwise the z are
    /// winsorised to their 10th and 90th percentiles (see `percentile(sorted:q:)`),
    /// `φ = Σ z_w² / I`, and with weights `w = 1 / s²`,
    /// `τ² = max(0, (I φ − (I − 1)) / (Σw − Σw² / Σw))`. Sums run in input order, so the result does
    /// not depend on anything but the inputs.
    ///
    /// - Parameters:
    ///   - z: Each unit's z-score `(y − target) / s`, finite.
    ///   - variances: Each unit's sampling variance `s²`, positive and finite, in the order of `z`.
    /// - Complexity: O(I log I) for I units (one sort).
    public static func estimate(z: [Double], variances: [Double]) -> Overdispersion {
        precondition(z.count == variances.count, "one variance per z-score")
        precondition(variances.allSatisfy { $0 > 0 && $0.isFinite }, "variances must be positive")
        let count = z.count
        guard count >= minimumInstitutions else {
            return Overdispersion(phi: nil, tau2: 0, institutions: count)
        }
        let sorted = z.sorted()
        let lowerBound = percentile(sorted: sorted, q: 0.1)
        let upperBound = percentile(sorted: sorted, q: 0.9)
        var sumOfSquares = 0.0
        for value in z {
            let winsorised = min(max(value, lowerBound), upperBound)
            sumOfSquares += winsorised * winsorised
        }
        let phi = sumOfSquares / Double(count)

        var sumOfWeights = 0.0
        var sumOfSquaredWeights = 0.0
        for variance in variances {
            let weight = 1 / variance
            sumOfWeights += weight
            sumOfSquaredWeights += weight * weight
        }
        let excess = Double(count) * phi - Double(count - 1)
        let tau2 = max(0, excess / (sumOfWeights - sumOfSquaredWeights / sumOfWeights))
        return Overdispersion(phi: phi, tau2: tau2, institutions: count)
    }

    /// The `q`-quantile of sorted values by linear interpolation: for `z₀ … z₍I−1₎`, the value at
    /// position `(I − 1) q` between its two neighbours.
    ///
    /// - Parameters:
    ///   - sorted: Values in ascending order, at least one.
    ///   - q: The quantile, in `0...1` (0.1 for the 10th percentile).
    /// - Complexity: O(1).
    public static func percentile(sorted: [Double], q: Double) -> Double {
        precondition(!sorted.isEmpty, "percentile of no values")
        precondition(q >= 0 && q <= 1, "quantile outside 0...1")
        let position = Double(sorted.count - 1) * q
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        let fraction = position - Double(below)
        return sorted[below] + fraction * (sorted[above] - sorted[below])
    }
}
