import Foundation

/// The two continued fractions of the incomplete beta function, both evaluated with the modified Lentz
/// method (Thompson and Barnett 1986), and both normalised so that
/// `I_x(a, b) = x^a (1 − x)^b / (a B(a, b)) × fraction`.
///
/// They are used only on the side `x < (a + 1) / (a + b + 2)`, where both converge in O(√max(a, b))
/// steps at worst. Numerical Recipes' fraction builds every term from `x`; when `x` is close to 1 its
/// terms `1 − x·r` cancel and lose about `ε / (1 − x)` (1e-8 at `1 − x = 1e-8`). Didonato and Morris'
/// fraction is built from `y = 1 − x` instead and keeps full precision there, but loses precision for
/// tiny `x` with small `a`. So `x ≤ ½` takes the first and `x > ½` the second.
extension Binomial {
    /// The continued fraction for `I_x(a, b)` on its fast side, picking the stable form for `x`.
    static func continuedFraction(x: Double, complement y: Double, a: Double, b: Double) -> Double {
        x <= 0.5
            ? numericalRecipesFraction(x: x, a: a, b: b)
            : a * didonatoMorrisFraction(x: x, complement: y, a: a, b: b)
    }

    /// Numerical Recipes' `betacf`: `1 / (1 + d₁ / (1 + d₂ / (1 + …)))` with
    /// `d₂ₘ₊₁ = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1))` and
    /// `d₂ₘ = m (b − m) x / ((a + 2m − 1)(a + 2m))`.
    private static func numericalRecipesFraction(x: Double, a: Double, b: Double) -> Double {
        var c = 1.0
        var d = 1 / guardedAwayFromZero(1 - (a + b) * x / (a + 1))
        var fraction = d
        for m in 1...iterationCap(a: a, b: b) {
            let m = Double(m)
            let even = m * (b - m) * x / ((a - 1 + 2 * m) * (a + 2 * m))
            d = 1 / guardedAwayFromZero(1 + even * d)
            c = guardedAwayFromZero(1 + even / c)
            fraction *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 1 + 2 * m))
            d = 1 / guardedAwayFromZero(1 + odd * d)
            c = guardedAwayFromZero(1 + odd / c)
            let step = d * c
            fraction *= step
            if abs(step - 1) < convergenceTolerance { break }
        }
        return fraction
    }

    /// Didonato and Morris' fraction (ACM TOMS 708, `bfrac`), in which
    /// `I_x(a, b) = x^a (1 − x)^b / B(a, b) × fraction`; its terms use `λ = (a + b) y − b`, positive on
    /// this side when `x > ½`, and `y + 1`, so nothing cancels when `x` is near 1.
    private static func didonatoMorrisFraction(x: Double, complement y: Double, a: Double, b: Double)
        -> Double
    {
        let c = (a + b) * y - b + 1
        let bOverA = b / a
        let onePlusInverseA = 1 / a + 1
        var p = 1.0
        var s = a + 1
        var denominator = guardedAwayFromZero(c / onePlusInverseA)
        var lentzC = denominator
        var lentzD = 0.0
        for step in 1...iterationCap(a: a, b: b) {
            let n = Double(step)
            let t = n / a
            let w = n * (b - n) * x
            let ratio = a / s
            let alpha = p * (p + bOverA) * ratio * ratio * (w * x)
            let beta = n + w / s + (t + 1) / (onePlusInverseA + 2 * t) * (c + n * (y + 1))
            p = t + 1
            s += 2
            lentzD = 1 / guardedAwayFromZero(beta + alpha * lentzD)
            lentzC = guardedAwayFromZero(beta + alpha / lentzC)
            let change = lentzC * lentzD
            denominator *= change
            if abs(change - 1) < convergenceTolerance { break }
        }
        return 1 / denominator
    }

    /// Relative change of the fraction below which the evaluation stops.
    private static let convergenceTolerance = 1e-16

    /// An iteration cap far above what convergence needs (about √max(a, b) / 2 steps near the mean);
    /// reaching it returns the best estimate so far rather than trapping.
    private static func iterationCap(a: Double, b: Double) -> Int {
        1_000 + Int(20 * (a + b).squareRoot())
    }

    /// Lentz's guard: a denominator that vanishes is replaced by a tiny number, not divided by.
    private static func guardedAwayFromZero(_ value: Double) -> Double {
        abs(value) < 1e-300 ? 1e-300 : value
    }
}
