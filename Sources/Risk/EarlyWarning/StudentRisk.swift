import Indicators

/// One scored student of the latest year (SPEC §7 scoring): level, scores and reasons.
///
/// Stored in 48 bytes, reasons inline (`RiskReasons`): a whole country's scored year (about ten
/// million students) is kept in memory beside the tables, so no field is wider than it must be and
/// no student owns a heap allocation.
public struct StudentRisk: Sendable, Equatable {
    /// Institution code id (`EnrollmentStore.interners.institution`) of the final episode.
    public let institution: UInt32
    /// Student key id (`EnrollmentStore.interners.student`).
    public let student: UInt32
    /// The final episode's last record in the `EnrollmentStore` (sede, grade, …).
    public let record: Int32
    private let storedYear: Int16
    /// The grade of the final episode.
    public let grade: Int8
    /// `ALTO` (top 10 %), `MEDIO` (next 20 %) or `BAJO`.
    public let level: RiskLevel
    private let storedRuleScore: UInt8
    private let storedRank: UInt32
    /// The probability, NaN when there is none.
    private let storedProbability: Double
    /// Up to three features that raise this student's risk most, most important first.
    public let reasons: RiskReasons

    /// Creates a scored student; `probability` is nil when the rule score ranks.
    init(institution: UInt32, student: UInt32, record: Int32, year: Int, grade: Int8, probability: Double?,
         ruleScore: Int, rank: Int, level: RiskLevel, reasons: RiskReasons) {
        self.institution = institution
        self.student = student
        self.record = record
        storedYear = Int16(year)
        self.grade = grade
        self.level = level
        storedRuleScore = UInt8(ruleScore)
        storedRank = UInt32(rank)
        storedProbability = probability ?? .nan
        self.reasons = reasons
    }

    /// The scored year.
    public var year: Int { Int(storedYear) }
    /// The model's probability of dropping out; `nil` when the rule score ranks (too few data).
    public var probability: Double? { storedProbability.isNaN ? nil : storedProbability }
    /// The rule score, 0…5.
    public var ruleScore: Int { Int(storedRuleScore) }
    /// Position in the territory's ranking, 1 = riskiest (probability, else rule score, descending;
    /// ties by row order).
    public var rank: Int { Int(storedRank) }

    /// The reasons in words, most important first.
    public var reasonPhrases: [String] { reasons.map(\.phrase) }

    /// Equal when every field is (two missing probabilities are equal).
    public static func == (a: StudentRisk, b: StudentRisk) -> Bool {
        a.institution == b.institution && a.student == b.student && a.record == b.record && a.year == b.year
            && a.grade == b.grade && a.level == b.level && a.ruleScore == b.ruleScore && a.rank == b.rank
            && a.probability == b.probability && a.reasons == b.reasons
    }
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

/// Up to three `RiskReason`s stored inline (16 bytes, no heap allocation), most important first.
public struct RiskReasons: RandomAccessCollection, Sendable, Equatable {
    /// Most reasons a student gets.
    public static let capacity = 3
    // Values first: with the features and the count after them the layout has no padding.
    private var values: (Float, Float, Float) = (0, 0, 0)
    private var features: (UInt8, UInt8, UInt8) = (0, 0, 0)
    private var stored: UInt8 = 0

    /// No reasons.
    public init() {}

    /// The first `capacity` of `reasons`.
    public init<S: Sequence<RiskReason>>(_ reasons: S) {
        for reason in reasons.prefix(Self.capacity) { append(reason) }
    }

    /// Adds `reason` after the others; ignored when `capacity` are stored already.
    mutating func append(_ reason: RiskReason) {
        switch stored {
        case 0: features.0 = reason.feature.rawValue; values.0 = reason.value
        case 1: features.1 = reason.feature.rawValue; values.1 = reason.value
        case 2: features.2 = reason.feature.rawValue; values.2 = reason.value
        default: return
        }
        stored += 1
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(stored) }

    public subscript(position: Int) -> RiskReason {
        precondition(position >= 0 && position < Int(stored), "reason index out of range")
        let (raw, value) = switch position {
        case 0: (features.0, values.0)
        case 1: (features.1, values.1)
        default: (features.2, values.2)
        }
        return RiskReason(feature: WarningFeature(rawValue: raw)!, value: value)
    }

    /// Equal when they hold the same reasons in the same order.
    public static func == (a: RiskReasons, b: RiskReasons) -> Bool { a.elementsEqual(b) }
}
