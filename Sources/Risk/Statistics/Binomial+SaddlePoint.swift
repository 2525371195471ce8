import Foundation

/// Catherine Loader's saddle-point evaluation of binomial densities ("Fast and Accurate Computation of
/// Binomial Probabilities", 2000), as in R's `dbinom_raw`, `stirlerr` and `bd0`.
///
/// A density is written `exp(−deviances + Stirling errors) / √(2π k f / N)`: every term is small, so
/// no large logarithms of gamma functions cancel, and the result keeps near machine precision for
/// millions of trials where `lgamma` differences would lose six or more digits.
extension Binomial {
    /// The logarithm of the incomplete beta prefactor `x^a (1 − x)^b / (a B(a, b))`.
    ///
    /// With `N = a + b − 1`, the prefactor is the binomial density of `a` successes in `N` trials times
    /// `1 − x`. When `b < 1` the identity `B(a, b) = B(a, b + 1) (a + b) / b` moves to `b + 1 ≥ 1`, so
    /// the density never has a negative number of failures.
    static func logPrefactor(x: Double, complement y: Double, a: Double, b: Double) -> Double {
        if b < 1 {
            return logPrefactor(x: x, complement: y, a: a, b: b + 1) + log(b / (a + b)) - log(y)
        }
        let size = a + b - 1
        if size * x == 0 || size * y == 0 {
            // The expected counts underflow (x or 1 − x below ~1e-308): only the plain formula applies.
            return a * log(x) + b * log(y) - (lgamma(a) + lgamma(b) - lgamma(a + b)) - log(a)
        }
        return logDensity(successes: a, failures: b - 1, probability: x, complement: y) + log(y)
    }

    /// The logarithm of the binomial density of `k` successes and `f` failures in `k + f` trials,
    /// extended to real `k > 0` and `f ≥ 0` through the gamma function (R's `dbinom_raw`).
    static func logDensity(successes k: Double, failures f: Double, probability p: Double,
                           complement q: Double) -> Double {
        let size = k + f
        if f == 0 {
            return p <= q ? size * log(p) : size * log1p(-q)
        }
        let stirlingTerms = stirlingError(size) - stirlingError(k) - stirlingError(f)
        let deviances = deviance(k, mean: size * p) + deviance(f, mean: size * q)
        return stirlingTerms - deviances - 0.5 * log(2 * Double.pi * k * (f / size))
    }

    /// The deviance term `bd0(x, M) = x log(x / M) + M − x`, computed without cancellation.
    ///
    /// When `x` is within 10% of `M` it uses the series
    /// `(x − M) v + 2x (v³/3 + v⁵/5 + …)` with `v = (x − M)/(x + M)`.
    static func deviance(_ x: Double, mean: Double) -> Double {
        let difference = x - mean
        guard abs(difference) < 0.1 * (x + mean) else {
            return x * log(x / mean) + mean - x
        }
        var v = difference / (x + mean)
        var sum = difference * v
        if abs(sum) < Double.leastNormalMagnitude { return sum }
        var power = 2 * x * v
        v *= v
        var j = 1.0
        while j < 1_000 {
            power *= v
            let next = sum + power / (2 * j + 1)
            if next == sum { return next }
            sum = next
            j += 1
        }
        return sum
    }

    /// The error of Stirling's approximation, `log Γ(n + 1) − (n + ½) log n + n − log √(2π)`.
    ///
    /// Exact tabulated values for halves up to 15, `lgamma` for other small `n` (the terms are small,
    /// so little cancels), and the asymptotic series `1/(12n) − 1/(360n³) + …` above 15.
    static func stirlingError(_ n: Double) -> Double {
        if n <= 15 {
            let doubled = 2 * n
            if doubled == doubled.rounded(), doubled >= 1 {
                return stirlingErrorAtHalves[Int(doubled)]
            }
            return lgamma(n + 1) - (n + 0.5) * log(n) + n - 0.5 * log(2 * Double.pi)
        }
        let s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1_260, s3 = 1.0 / 1_680, s4 = 1.0 / 1_188
        let squared = n * n
        if n > 500 { return (s0 - s1 / squared) / n }
        if n > 80 { return (s0 - (s1 - s2 / squared) / squared) / n }
        if n > 35 { return (s0 - (s1 - (s2 - s3 / squared) / squared) / squared) / n }
        return (s0 - (s1 - (s2 - (s3 - s4 / squared) / squared) / squared) / squared) / n
    }

    /// `stirlingError(i / 2)` for `i` in `0...30`, computed with mpmath at 40 digits as
    /// `loggamma(n + 1) − (n + ½) log n + n − log √(2π)`; index 0 is unused.
    private static let stirlingErrorAtHalves: [Double] = [
        0.0,
        0.1534264097200273452913839, 0.08106146679532725821967026,
        0.0548141210519176538961387, 0.04134069595540929409382208,
        0.03316287351993628748511051, 0.02767792568499833914878929,
        0.02374616365629749597133028, 0.02079067210376509311152277,
        0.01848845053267318523077936, 0.01664469118982119216319487,
        0.01513497322191737887351384, 0.01387612882307074799874573,
        0.01281046524292022692425066, 0.01189670994589177009505572,
        0.01110455975820691732663076, 0.01041126526197209649747857,
        0.009799416126158803298390373, 0.009255462182712732917728637,
        0.008768700134139385462955047, 0.008330563433362871256469319,
        0.007934114564314020547249562, 0.007573675487951840794972024,
        0.007244554301320383179546197, 0.006942840107209529865664153,
        0.006665247032707682442356181, 0.006408994188004207068439631,
        0.006171712263039457647534605, 0.005951370112758847735624416,
        0.005746216513010115682026102, 0.00555473355196280137103869,
    ]
}
