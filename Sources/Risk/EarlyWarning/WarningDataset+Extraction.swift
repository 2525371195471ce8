import Indicators

extension WarningDataset {
    /// Finds the rows of every loaded year in `context`, with their rule conditions and outcomes,
    /// in one pass over its episodes (after a counting pass for the institutions' dropout rates and
    /// the row counts), then orders each year's rows by student key.
    ///
    /// Episodes come grouped by student and year, so the student's t−1 group is the group just
    /// before, when it has the same student and year t−1: no lookup tables per row.
    ///
    /// - Complexity: O(episodes); memory 6 bytes per row (feature values come later, on demand).
    public static func extract(from context: IndicatorContext) -> WarningDataset {
        // The students' byte-order ranks do not depend on the scan: found beside it.
        let (ranks, dataset) = BothCores.run({ context.store.interners.student.byteOrderRanks() },
                                             { scanned(context) })
        var years = dataset.years
        // Rows by student key (byte order), an order of content: ties in every ranking then do not
        // depend on the order of the input files (SPEC §7). A year has one row per student, so the
        // ranks are placed rather than sorted.
        let student = context.linked.episodes.student
        let bits = RadixSort.bitWidth(ranks.count)
        var placement = DistinctRankOrder(rankCount: ranks.count)
        for k in years.indices {
            let keys = years[k].episodes.map { ranks[Int(student[Int($0)])] }
            let order = placement.sortedIndices(keys) ?? RadixSort.sortedIndices(keys.map(UInt64.init), bits: bits)
            years[k].reorder(order)
        }
        return WarningDataset(years: years, writer: dataset.writer)
    }

    /// The rows of every year in episode order (student id order), before the ordering by student key.
    private static func scanned(_ context: IndicatorContext) -> WarningDataset {
        let history = InstitutionDropoutHistory(context)
        var years = context.years.enumerated().map { k, year in
            YearRows(year: year, yearIndex: k, hasKnownOutcome: context.linked.isLoaded(year + 1),
                     reservingRows: history.rowsPerYear[k])
        }
        let writer = FeatureWriter(context: context, history: history, pooled: PooledDropoutHistory(context))
        let groups = StudentYearScanner(context.linked.episodes)
        let transfer = EpisodeClass.traslado.rawValue, reprobado = EpisodeClass.reprobado.rawValue
        let yearSlots = context.yearSlots
        var previous = StudentYear.none
        var e = 0
        while e < groups.episodeCount {
            let current = groups.group(startingAt: e)
            if current.finalClass != transfer {
                let follows = previous.student == current.student && previous.year == current.year - 1
                var conditions = writer.yearConditions(episode: current.finalEpisode)
                if follows && previous.finalClass == reprobado { conditions.insert(.failedPreviousYear) }
                if follows && previous.hadTransfer { conditions.insert(.transferPreviousYear) }
                let k = Int(yearSlots[current.finalEpisode])
                years[k].episodes.append(Int32(current.finalEpisode))
                years[k].ruleConditions.append(conditions.rawValue)
                years[k].outcomes.append(years[k].hasKnownOutcome && writer.droppedOut(episode: current.finalEpisode))
            }
            previous = current
            e = current.end
        }
        return WarningDataset(years: years, writer: writer)
    }
}

/// What the features of year t need from one student's group of episodes in a year.
struct StudentYear {
    /// The student key id.
    let student: UInt32
    /// The year.
    let year: Int16
    /// One past the group's last episode.
    let end: Int
    /// The student's final episode of the year.
    let finalEpisode: Int
    /// `EpisodeClass` raw value of the final episode.
    let finalClass: UInt8
    /// Whether any episode of the group is `TRASLADO`.
    let hadTransfer: Bool

    /// A sentinel that follows no group.
    static let none = StudentYear(student: .max, year: .min, end: 0, finalEpisode: 0, finalClass: 0, hadTransfer: false)
}

/// Walks the (student, year) groups of an `EpisodeTable`, holding the columns it reads.
struct StudentYearScanner {
    private let student: [UInt32]
    private let year: [Int16]
    private let episodeClass: [UInt8]
    private let traits: [UInt16]
    /// `EpisodeTraits.final` and `EpisodeClass.traslado`, fetched once from `Indicators`.
    private let finalTrait: UInt16, transferClass: UInt8

    init(_ episodes: EpisodeTable) {
        student = episodes.student
        year = episodes.year
        episodeClass = episodes.episodeClass
        traits = episodes.traits
        finalTrait = EpisodeTraits.final.rawValue
        transferClass = EpisodeClass.traslado.rawValue
    }

    /// Number of episodes.
    var episodeCount: Int { student.count }

    /// The group of episodes that starts at `start`.
    func group(startingAt start: Int) -> StudentYear {
        let student = student[start], year = year[start]
        var e = start
        var final = -1
        var transfer = false
        while e < self.student.count && self.student[e] == student && self.year[e] == year {
            if traits[e] & finalTrait != 0 { final = e }
            if episodeClass[e] == transferClass { transfer = true }
            e += 1
        }
        let finalEpisode = final >= 0 ? final : e - 1
        return StudentYear(student: student, year: year, end: e, finalEpisode: finalEpisode,
                           finalClass: episodeClass[finalEpisode], hadTransfer: transfer)
    }
}
