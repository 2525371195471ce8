import Foundation

extension Array where Element == UInt8 {
    /// Appends the decimal digits of `value` (with a leading `-` when negative), without building a String.
    mutating func appendDecimalDigits(of value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDecimalDigits(of: value.magnitude, minimumWidth: 1)
    }

    /// Appends the decimal digits of `value`, left-padded with zeros to `minimumWidth` (at most 20) digits.
    mutating func appendDecimalDigits(of value: UInt64, minimumWidth: Int) {
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        Swift.withUnsafeMutableBytes(of: &scratch) { digits in
            var start = digits.count
            var remaining = value
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: remaining % 10)
                remaining /= 10
            } while remaining > 0
            while digits.count - start < minimumWidth, start > 0 {
                start -= 1
                digits[start] = UInt8(ascii: "0")
            }
            append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Appends `value` with exactly six decimals, rounded like C's `printf("%.6f")` (half to even on the
    /// exact binary value), with `separator` as decimal mark. Negative zero prints unsigned
    /// (`0.000000`); NaN and infinities append nothing, like an empty cell.
    ///
    /// Fast path: `value·10⁶` rounded, valid when the scaled value is small enough that its rounding
    /// error stays under 10⁻⁶ and its fraction is not within 10⁻⁶ of one half; otherwise the digits
    /// come from `String(format: "%.6f")`.
    mutating func appendSixDecimals(_ value: Double, separator: UInt8) {
        guard value.isFinite else { return }
        if let units = SixDecimals.fastUnits(value) {
            if units < 0 { append(UInt8(ascii: "-")) }
            appendDecimalDigits(of: units.magnitude / 1_000_000, minimumWidth: 1)
            append(separator)
            appendDecimalDigits(of: units.magnitude % 1_000_000, minimumWidth: 6)
            return
        }
        appendPrintfSixDecimals(value, separator: separator)
    }

    /// The exact `%.6f` rendering, used near rounding ties and for large magnitudes.
    private mutating func appendPrintfSixDecimals(_ value: Double, separator: UInt8) {
        var text = Array(String(format: "%.6f", value).utf8)
        let hasNonZeroDigit = text.contains { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }
        if text.first == UInt8(ascii: "-"), !hasNonZeroDigit {
            text.removeFirst()
        }
        for byte in text {
            append(byte == UInt8(ascii: ".") ? separator : byte)
        }
    }
}

/// The fast path of six-decimal formatting, shared by `Array<UInt8>` and `RawByteBuffer`.
enum SixDecimals {
    /// `value·10⁶` rounded to an integer when that equals `%.6f` rounding: the scaled value is small
    /// enough that its rounding error stays under 10⁻⁶ and its fraction is not within 10⁻⁶ of one
    /// half; nil otherwise (the caller then uses `String(format: "%.6f")`). `value` must be finite.
    @inline(__always)
    static func fastUnits(_ value: Double) -> Int64? {
        let scaled = value * 1e6
        guard scaled.magnitude < 2_147_483_648 else { return nil }
        let fraction = scaled - scaled.rounded(.down)
        guard (fraction - 0.5).magnitude > 1e-6 else { return nil }
        return Int64(scaled.rounded())
    }
}
