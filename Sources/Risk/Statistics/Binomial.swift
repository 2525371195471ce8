import Foundation

/// Tail probabilities of the binomial distribution, accurate to near machine precision for millions of
/// trials and more (SPEC §6, step 1 of the `EXCESO` rule).
///
/// The tail is the regularised incomplete beta function `I_p(x, n − x + 1)`. Its prefactor is computed
/// with Catherine Loader's saddle-point expansion and its continued fraction with the modified Lentz
/// method; see `Guides/Funnel.md` for the numerical design and how it was validated.
public enum Binomial {
    /// The upper tail `P(X ≥ x)` for `X ~ Binomial(n, p)`.
    ///
    /// Edge cases: `x ≤ 0` gives 1; `x > n` gives 0 (so `n = 0` gives 1 only when `x ≤ 0`); `p = 0`
    /// gives 0 when `x > 0`; `p = 1` gives 1 when `x ≤ n`. The relative error is below 1e-9 wherever the
    /// tail exceeds 1e-300 (below 1e-11 against mpmath for n up to 2·10⁹ and p within 1e-12 of 0 or 1).
    ///
    /// - Parameters:
    ///   - x: The threshold number of successes.
    ///   - n: The number of trials, `n ≥ 0`.
    ///   - p: The probability of success of each trial, in `0...1`.
    /// - Complexity: O(√n) arithmetic operations when `x` is near the mean `np`, O(1) in the far tails.
    public static func upperTail(successes x: Int, trials n: Int, probability p: Double) -> Double {
        precondition(n >= 0, "negative number of trials")
        precondition(p >= 0 && p <= 1, "probability outside 0...1")
        if x <= 0 { return 1 }
        if x > n { return 0 }
        if p == 0 { return 0 }
        if p == 1 { return 1 }
        return incompleteBeta(x: p, complement: 1 - p, a: Double(x), b: Double(n - x + 1))
    }

    /// The regularised incomplete beta function `I_x(a, b) = B(x; a, b) / B(a, b)`.
    ///
    /// For integer arguments, `I_p(k, n − k + 1)` is the binomial upper tail `P(X ≥ k)`.
    ///
    /// - Parameters:
    ///   - x: The upper limit of integration, in `0...1`.
    ///   - a: The first shape parameter, positive and finite.
    ///   - b: The second shape parameter, positive and finite.
    /// - Complexity: O(√max(a, b)) arithmetic operations near the mean `a / (a + b)`, fewer elsewhere.
    public static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        precondition(x >= 0 && x <= 1, "x outside 0...1")
        precondition(a > 0 && a.isFinite && b > 0 && b.isFinite, "shape parameters must be positive")
        return incompleteBeta(x: x, complement: 1 - x, a: a, b: b)
    }

    /// `I_x(a, b)` given both `x` and `1 − x`, so that callers holding an exact complement keep it.
    ///
    /// The continued fraction converges fast when `x < (a + 1) / (a + b + 2)`; beyond that point the
    /// symmetric identity `I_x(a, b) = 1 − I_{1−x}(b, a)` is used. On that side `x` is at or above the
    /// mean of Beta(a, b), so the value is a sizeable fraction of 1 (about e⁻¹ at least when b ≥ 1) and the
    /// subtraction loses at most a couple of bits: small tails are always computed directly.
    static func incompleteBeta(x: Double, complement y: Double, a: Double, b: Double) -> Double {
        if x == 0 { return 0 }
        if y == 0 { return 1 }
        if x < (a + 1) / (a + b + 2) {
            return lowerSideIntegral(x: x, complement: y, a: a, b: b)
        }
        return 1 - lowerSideIntegral(x: y, complement: x, a: b, b: a)
    }

    /// `I_x(a, b)` as prefactor times continued fraction, evaluated in logarithms so that a tiny
    /// prefactor multiplied by a large fraction does not lose precision to subnormal numbers.
    private static func lowerSideIntegral(x: Double, complement y: Double, a: Double, b: Double) -> Double {
        let fraction = continuedFraction(x: x, complement: y, a: a, b: b)
        return exp(logPrefactor(x: x, complement: y, a: a, b: b) + log(fraction))
    }
}
