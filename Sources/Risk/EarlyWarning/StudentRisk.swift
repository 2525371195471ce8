import Indicators

/// One scored student of the latest year (SPEC §7 scoring): level, scores and reasons.
public struct StudentRisk: Sendable, Equatable {
    /// Institution code id (`EnrollmentStore.interners.institution`) of the final episode.
    public let institution: UInt32
    /// Student key id (`EnrollmentStore.interners.student`).
    public let student: UInt32
    /// The final episode's last record in the `EnrollmentStore` (sede, grade, …).
    public let record: Int32
    /// The scored year.
    public let year: Int
    /// The grade of the final episode.
    public let grade: Int8
    /// The model's probability of dropping out; `nil` when the rule score ranks (too few data).
    public let probability: Double?
    /// The rule score, 0…5.
    public let ruleScore: Int
    /// Position in the territory's ranking, 1 = riskiest (probability, else rule score, descending;
    /// ties by row order).
    public let rank: Int
    /// `ALTO` (top 10 %), `MEDIO` (next 20 %) or `BAJO`.
    public let level: RiskLevel
    /// Up to three features that raise this student's risk most, most important first.
    public let reasons: [RiskReason]

    /// The reasons in words, most important first.
    public var reasonPhrases: [String] { reasons.map(\.phrase) }
}

/// A feature that raises one student's risk, with the student's value of it.
public struct RiskReason: Sendable, Equatable {
    /// The feature.
    public let feature: WarningFeature
    /// The student's value (years over age, a rate, or 1 for a condition that holds).
    public let value: Float

    /// The reason in words ("3 años por encima de la edad teórica").
    public var phrase: String { feature.phrase(value: value) }
}
