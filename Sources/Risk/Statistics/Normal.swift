import Foundation

/// The standard normal distribution, accurate far into both tails.
public enum Normal {
    /// The cumulative distribution function `Φ(z) = P(Z ≤ z)`.
    ///
    /// Computed as `½ erfc(−z / √2)`, so `Φ(−37)` keeps full relative precision instead of rounding
    /// `1 − Φ(37)` to zero.
    /// - Complexity: O(1).
    public static func cdf(_ z: Double) -> Double {
        0.5 * erfc(-z * squareRootOfOneHalf)
    }

    /// The upper tail `1 − Φ(z) = P(Z > z)`, computed as `½ erfc(z / √2)`.
    ///
    /// Keeps full relative precision up to `z ≈ 37.5`, where the tail (about 1e-307) nears the smallest
    /// normal double.
    /// - Complexity: O(1).
    public static func upperTail(_ z: Double) -> Double {
        0.5 * erfc(z * squareRootOfOneHalf)
    }

    /// `1 / √2`, correctly rounded.
    private static let squareRootOfOneHalf = 0.7071067811865475244008443621048490392848
}
