import Foundation

/// Σ nₖ·log(yₖ) over values yₖ in [1, 2] and integer counts nₖ, kept as a product: one
/// multiplication a value instead of one `log`, and a single `log` at the end.
///
/// The product's mantissa is brought back below 2⁵¹² by moving powers of two into an integer
/// exponent, so nothing overflows. Each multiplication rounds by at most 2⁻⁵³ relative, i.e. adds at
/// most 1.1·10⁻¹⁶ to the logarithm: the same error as one rounded `log` term, so the sum is as
/// accurate as adding the logarithms one by one (it only decides whether a Newton step is accepted,
/// with a slack of 10⁻¹² relative). Counts above `largestPower` take a `log` each.
struct LogarithmSum {
    /// The largest count raised by repeated squaring (y^64 ≤ 2⁶⁴ keeps the mantissa below 2⁵⁷⁶).
    static let largestPower = 64
    /// The product of the yₖ^nₖ so far, divided by 2^`exponent`.
    private var mantissa = 1.0
    /// Powers of two moved out of `mantissa`.
    private var exponent = 0
    /// log 2.
    private static let logarithmOfTwo = log(2.0)
    /// Σ nₖ·log(yₖ) of the terms whose count exceeds `largestPower`.
    private var logarithms = 0.0

    /// Adds `count`·log(`value`), with `value` in [1, 2] and `count` a non-negative integer.
    @inline(__always)
    mutating func add(_ value: Double, count: Double) {
        if count == 1 {
            mantissa *= value
        } else if count <= Double(Self.largestPower) {
            var power = Int(count), base = value, raised = 1.0
            while power > 0 {
                if power & 1 != 0 { raised *= base }
                base *= base
                power >>= 1
            }
            mantissa *= raised
        } else {
            logarithms += count * log(value)
        }
        if mantissa > 0x1p512 {
            mantissa *= 0x1p-512
            exponent += 512
        }
    }

    /// Σ nₖ·log(yₖ).
    var value: Double {
        (log(mantissa) + Double(exponent) * Self.logarithmOfTwo) + logarithms
    }
}
