/// Per-episode facts used by the indicators (`EpisodeTable.traits`).
public struct EpisodeTraits: OptionSet, Sendable {
    /// The raw bits.
    public var rawValue: UInt16
    /// Creates traits from bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The student's final episode of the year.
    public static let final = EpisodeTraits(rawValue: 1 << 0)
    /// The student has a record in year t−1.
    public static let withHistory = EpisodeTraits(rawValue: 1 << 1)
    /// With history and the same grade as the student's final episode of t−1 (both in −2…13).
    public static let observedRepeater = EpisodeTraits(rawValue: 1 << 2)
    /// Birth date known and the grade has a theoretical age.
    public static let ageKnown = EpisodeTraits(rawValue: 1 << 3)
    /// Age − theoretical age ≥ the over-age threshold.
    public static let overAge = EpisodeTraits(rawValue: 1 << 4)
    /// Final episode, class APROBADO/REPROBADO/SIN_RESULTADO, neither graduate nor censored.
    public static let eligibleInterannual = EpisodeTraits(rawValue: 1 << 5)
    /// Eligible and the student has no record in year t+1.
    public static let interannualDropout = EpisodeTraits(rawValue: 1 << 6)
    /// APROBADO in grade 11, 13 or 26.
    public static let graduate = EpisodeTraits(rawValue: 1 << 7)
    /// SIN_RESULTADO in grade 11, 13 or 26.
    public static let censored = EpisodeTraits(rawValue: 1 << 8)
    /// The student has a record in year t+1.
    public static let presentNextYear = EpisodeTraits(rawValue: 1 << 9)
    /// The student has a record in some year before t−1 but none in t−1 (re-entry).
    public static let reentry = EpisodeTraits(rawValue: 1 << 10)
}

/// Episodes (student × institution × year) as columns, ordered by student, year, then episode
/// order within the year (by their last records).
public struct EpisodeTable: Sendable {
    /// Student key id.
    public var student: [UInt32] = []
    /// Year.
    public var year: [Int16] = []
    /// Institution code id.
    public var institution: [UInt32] = []
    /// Index of the episode's last record in the `EnrollmentStore`: every attribute comes from it.
    public var record: [Int32] = []
    /// `EpisodeClass` raw value.
    public var episodeClass: [UInt8] = []
    /// `ClassRule` raw value.
    public var rule: [UInt8] = []
    /// `EpisodeTraits` bits.
    public var traits: [UInt16] = []
    /// Age − theoretical age on the cut-off date, `Int8.min` when unknown.
    public var overAgeYears: [Int8] = []

    /// Creates an empty table.
    public init() {}

    /// Number of episodes.
    public var count: Int { student.count }

    /// Makes room for `count` episodes in every column, so that appending them copies each once.
    public mutating func reserve(_ count: Int) {
        student.reserveCapacity(count)
        year.reserveCapacity(count)
        institution.reserveCapacity(count)
        record.reserveCapacity(count)
        episodeClass.reserveCapacity(count)
        rule.reserveCapacity(count)
        traits.reserveCapacity(count)
        overAgeYears.reserveCapacity(count)
    }

    /// Appends every episode of `other`.
    public mutating func append(_ other: EpisodeTable) {
        student += other.student
        year += other.year
        institution += other.institution
        record += other.record
        episodeClass += other.episodeClass
        rule += other.rule
        traits += other.traits
        overAgeYears += other.overAgeYears
    }
}
