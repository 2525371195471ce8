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
        let flags = store.columns.flags
        contributions = (0..<episodes.count).map {
            EpisodeContribution(episodes, $0, recordFlags: flags[Int(episodes.record[$0])]).bits
        }
    }

    /// Index of year `t` in `years`.
    public func yearIndex(_ t: Int16) -> Int { yearIndexes[Int(t) - years[0]] }

    /// Counts every episode into the groups `groupsOf` assigns it, with distinct students per group.
    ///
    /// - Complexity: O(episodes × groups per episode).
    public func count(groups: Int, _ groupsOf: (Int, inout [Int]) -> Void) -> CounterGrid {
        let episodes = linked.episodes
        var grid = CounterGrid(groups: groups)
        var seen: [Int] = []
        var buffer: [Int] = []
        var e = 0
        let n = episodes.count
        while e < n {
            let student = episodes.student[e], year = episodes.year[e]
            seen.removeAll(keepingCapacity: true)
            while e < n && episodes.student[e] == student && episodes.year[e] == year {
                buffer.removeAll(keepingCapacity: true)
                groupsOf(e, &buffer)
                let contribution = EpisodeContribution(bits: contributions[e])
                for g in buffer {
                    grid.add(contribution, to: g)
                    if !seen.contains(g) {
                        seen.append(g)
                        grid.addStudent(to: g)
                    }
                }
                e += 1
            }
        }
        return grid
    }

    /// The level slot of episode `e`: 1 + `Level.rawValue` (slot 0 is `TOTAL`).
    public func levelSlot(_ e: Int) -> Int {
        1 + Level(grade: store.columns.grade[Int(linked.episodes.record[e])]).rawValue
    }

    /// `TOTAL` then the level names, in report order.
    public static let levelNames = ["TOTAL"] + Level.allCases.map(\.name)
}

extension EpisodeContribution {
    /// A contribution from its bits.
    public init(bits: UInt16) {
        self.init()
        self.bits = bits
    }

    init() { bits = 0 }
}
