/// Decimal numbers with `.` or `,` as decimal mark and an optional trailing `%` (SPEC §1.1).
public enum DecimalParser {
    /// The number in `text`, or nil when it is empty or not a number. `12,5%` → 12.5.
    public static func parse(_ text: String) -> Double? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("%") { t.removeLast(); t = t.trimmingCharacters(in: .whitespaces) }
        if t.isEmpty { return nil }
        if t.contains(",") {
            if t.contains(".") { return nil }
            t = t.replacingOccurrences(of: ",", with: ".")
        }
        guard t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E") })
        else { return nil }
        return Double(t)
    }
}

import Foundation
