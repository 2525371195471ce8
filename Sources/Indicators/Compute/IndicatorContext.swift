/// Everything the indicator tables are computed from, prepared once per run.
public struct IndicatorContext: Sendable {
    /// The records.
    public let store: EnrollmentStore
    /// The linked episodes.
    public let linked: LinkedData
    /// Attributes of each institution id.
    public let institutions: [InstitutionInfo]
    /// Each episode's counter contributions.
    public let contributions: [UInt16]
    /// Each episode's position of its year in `years`.
    public let yearSlots: [UInt8]
    /// Each episode's level slot: 1 + `Level.rawValue` of its grade (slot 0 is `TOTAL`).
    public let levelSlots: [UInt8]
    /// Position in `years` of each year from the first loaded one (-1 for a year not loaded).
    let yearIndexes: [Int]
    /// The loaded years, ascending.
    public var years: [Int] { linked.years }

    /// Prepares the context.
    public init(store: EnrollmentStore, linked: LinkedData, institutions: [InstitutionInfo]) {
        self.store = store
        self.linked = linked
        self.institutions = institutions
        var indexes = [Int](repeating: -1, count: (linked.years.last ?? 0) - (linked.years.first ?? 0) + 1)
        for (k, t) in linked.years.enumerated() { indexes[t - linked.years[0]] = k }
        yearIndexes = indexes
        let episodes = linked.episodes
        let flags = store.columns.flags, grades = store.columns.grade
        // Plain arrays captured one by one: passing the whole table per element would retain every column.
        let classes = episodes.episodeClass, rules = episodes.rule, traits = episodes.traits
        let records = episodes.record, episodeYears = episodes.year
        contributions = parallelArray(count: episodes.count) {
            EpisodeContribution(episodeClass: classes[$0], rule: rules[$0], traits: traits[$0],
                                recordFlags: flags[Int(records[$0])]).bits
        }
        let firstYear = linked.years.first ?? 0
        let slotOfYear = indexes
        yearSlots = parallelArray(count: episodes.count) {
            UInt8(truncatingIfNeeded: slotOfYear[Int(episodeYears[$0]) - firstYear])
        }
        levelSlots = parallelArray(count: episodes.count) {
            UInt8(1 + Level(grade: grades[Int(records[$0])]).rawValue)
        }
    }

    /// Index of year `t` in `years`.
    public func yearIndex(_ t: Int16) -> Int { yearIndexes[Int(t) - years[0]] }

    /// `TOTAL` then the level names, in report order.
    public static let levelNames = ["TOTAL"] + Level.allCases.map(\.name)
}
