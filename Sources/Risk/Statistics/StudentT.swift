/// Student's t distribution, for intervals over few schools.
public enum StudentT {
    /// `P(T ≤ t)` for ν degrees of freedom (ν > 0): for t ≥ 0, `1 − ½ I_{ν/(ν+t²)}(ν/2, ½)`.
    ///
    /// - Complexity: one regularised incomplete beta evaluation.
    public static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(nu > 0, "degrees of freedom must be positive")
        let tail = 0.5 * Binomial.regularizedIncompleteBeta(nu / (nu + t * t), a: nu / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The quantile q (0.5 < q < 1) for ν degrees of freedom, by bisection to 1e-12 on [0, 1e6].
    ///
    /// - Complexity: about 60 CDF evaluations.
    public static func quantile(_ q: Double, degreesOfFreedom nu: Double) -> Double {
        precondition(q > 0.5 && q < 1, "quantile outside (0.5, 1)")
        var low = 0.0, high = 1e6
        for _ in 0..<200 where high - low > 1e-12 * max(1, low) {
            let middle = (low + high) / 2
            if cdf(middle, degreesOfFreedom: nu) < q { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}
