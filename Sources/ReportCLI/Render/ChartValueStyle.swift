/// What a chart's values are, and so how its axis and labels print them.
enum ChartValueStyle: Sendable, Equatable {
    /// Proportions in 0…1, printed as percentages (`3.5 %`).
    case percent
    /// Plain numbers (counts, scores), printed with as few decimals as the axis needs.
    case number

    /// `value` printed with `decimals` decimals in this style.
    func text(_ value: Double, decimals: Int) -> String {
        switch self {
        case .percent: HumanNumberFormat.percent(value, decimals: decimals)
        case .number: HumanNumberFormat.fixed(value, decimals: decimals)
        }
    }

    /// A data value's label: one decimal for percentages, none for whole numbers, one otherwise.
    func valueLabel(_ value: Double) -> String {
        switch self {
        case .percent: HumanNumberFormat.percent(value)
        case .number: HumanNumberFormat.fixed(value, decimals: value == value.rounded() ? 0 : 1)
        }
    }
}
