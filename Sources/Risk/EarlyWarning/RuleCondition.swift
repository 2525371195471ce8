/// The five conditions counted by the rule score (SPEC §7): the score is how many a student meets.
public struct RuleCondition: OptionSet, Sendable {
    /// The raw bits.
    public var rawValue: UInt8
    /// Creates conditions from bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Age − theoretical age ≥ the over-age threshold (`--umbral-extraedad`, 2 by default).
    public static let overAge = RuleCondition(rawValue: 1 << 0)
    /// Repeater, reported or observed.
    public static let repeater = RuleCondition(rawValue: 1 << 1)
    /// Failed in t−1.
    public static let failedPreviousYear = RuleCondition(rawValue: 1 << 2)
    /// Re-entry.
    public static let reentry = RuleCondition(rawValue: 1 << 3)
    /// Transfer in t−1.
    public static let transferPreviousYear = RuleCondition(rawValue: 1 << 4)

    /// Each condition with the feature that describes it, in score order.
    public static let described: [(condition: RuleCondition, feature: WarningFeature)] = [
        (.overAge, .extraedadAnios), (.repeater, .repitente), (.failedPreviousYear, .reproboAnioAnterior),
        (.reentry, .reingreso), (.transferPreviousYear, .trasladoAnioAnterior),
    ]

    /// The rule score: the number of conditions met, 0…5.
    public var score: Int { rawValue.nonzeroBitCount }

    /// The features of the conditions met, in score order.
    public var features: [WarningFeature] {
        Self.described.filter { contains($0.condition) }.map(\.feature)
    }
}
