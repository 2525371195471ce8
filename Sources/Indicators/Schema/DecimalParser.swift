/// Decimal numbers with `.` or `,` as decimal mark and an optional trailing `%` (SPEC §1.1).
public enum DecimalParser {
    /// The number in `text`, or nil when it is empty, not a number or not finite. `12,5%` → 12.5.
    ///
    /// Never traps: a number with more digits than fit an integer (a 20-digit score) is read as the
    /// nearest `Double` (`9999999999999999999` → 1e19), and one beyond `Double`'s range (`1e400`) is nil;
    /// callers that know a plausible range (Saber 11 scores) reject what falls outside it.
    public static func parse(_ text: String) -> Double? {
        if let fast = parseSimple(text) { return fast }
        var t = text.trimmedOfWhitespace
        if t.hasSuffix("%") { t.removeLast(); t = t.trimmedOfWhitespace }
        if t.isEmpty { return nil }
        if t.contains(",") {
            if t.contains(".") { return nil }
            t = t.replacingOccurrences(of: ",", with: ".")
        }
        guard t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E") })
        else { return nil }
        guard let value = Double(t), value.isFinite else { return nil }
        return value
    }
}

extension DecimalParser {
    /// `parse` of a cell's bytes: the plain forms read in place, anything else as text.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if bytes.isEmpty { return nil }
        if let fast = parseSimple(bytes) { return fast }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    /// Digits with an optional sign and one `.`/`,` and up to 15 digits in all, parsed exactly
    /// (integer mantissa divided by a power of ten, correctly rounded); nil for anything else.
    static func parseSimple(_ text: String) -> Double? { parseSimple(text.utf8) }

    /// `parseSimple` over UTF-8 bytes.
    static func parseSimple<Bytes: Sequence<UInt8>>(_ utf8: Bytes) -> Double? {
        var mantissa: Int64 = 0
        var digits = 0, decimals = 0
        var seenMark = false, negative = false
        for (k, b) in utf8.enumerated() {
            switch b {
            case 0x30...0x39:
                // Past 15 digits the general path reads the text (the mantissa would overflow Int64).
                if digits == 15 { return nil }
                mantissa = mantissa * 10 + Int64(b - 0x30)
                digits += 1
                if seenMark { decimals += 1 }
            case 0x2E, 0x2C:
                if seenMark { return nil }
                seenMark = true
            case 0x2D where k == 0: negative = true
            default: return nil
            }
        }
        guard digits > 0 && digits <= 15 else { return nil }
        let value = decimals == 0 ? Double(mantissa) : Double(mantissa) / powersOfTen[decimals]
        return negative ? -value : value
    }

    static let powersOfTen: [Double] = (0...15).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }
}

import Foundation
