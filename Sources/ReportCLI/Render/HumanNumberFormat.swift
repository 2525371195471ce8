import Foundation
import Indicators

/// Number formatting for human-readable reports (Markdown, HTML, chart labels): decimal point, no
/// thousands separator, never a negative zero.
enum HumanNumberFormat {
    /// A proportion as a percentage with `decimals` decimals and a spaced sign: `0.0345` → `3.5 %`.
    static func percent(_ proportion: Double, decimals: Int = 1) -> String {
        fixed(proportion * 100, decimals: decimals) + " %"
    }

    /// `value` with `decimals` decimals, `printf` rounding: `2.25` → `2.2`, `-0.04` → `0.0`.
    static func fixed(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "—" }
        let text = String(format: "%.\(decimals)f", value)
        let isNegativeZero = text.hasPrefix("-") && !text.contains { $0 >= "1" && $0 <= "9" }
        return isNegativeZero ? String(text.dropFirst()) : text
    }
}

extension ResultColumn.Values {
    /// Whether the column holds numbers (drawn right-aligned).
    var isNumeric: Bool {
        if case .texts = self { return false }
        return true
    }

    /// The report text of the value at `row`: counts as is, rates as a percentage with one decimal,
    /// decimals with one decimal (four when below 1 in magnitude, such as p-values and proportions
    /// stored as decimals), texts as is; `nil` when the cell is empty.
    func humanText(at row: Int) -> String? {
        switch self {
        case .integers(let values): values[row].map { String($0) }
        case .rates(let values): values[row].map { HumanNumberFormat.percent($0) }
        case .decimals(let values): values[row].map { HumanNumberFormat.fixed($0, decimals: abs($0) < 1 ? 4 : 1) }
        case .texts(let values): values[row]
        }
    }
}
