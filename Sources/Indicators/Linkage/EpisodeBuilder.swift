/// Builds the episodes of consecutive (student, year) groups: duplicates, episodes, classes, traits.
struct EpisodeBuilder {
    let context: GroupContext
    /// The record columns (held once: a local copy per group would retain every column array).
    let c: EnrollmentColumns
    let order: [UInt32]
    let groupStarts: [Int]
    var episodes = EpisodeTable()
    var duplicates: [Int32] = []
    private var kept: [UInt32] = []

    init(context: GroupContext) {
        self.context = context
        c = context.columns
        order = context.order
        groupStarts = context.groupStarts
    }

    /// The (student, year) of group `g`.
    private func identity(_ g: Int) -> (student: UInt32, year: Int16) {
        let r = Int(order[groupStarts[g]])
        return (c.student[r], c.year[r])
    }

    /// The group of the same student in year `year`, looking at neighbour `g`.
    private func neighbour(_ g: Int, student: UInt32, year: Int16) -> Int? {
        guard g >= 0 && g < groupStarts.count - 1 else { return nil }
        let other = identity(g)
        return other.student == student && other.year == year ? g : nil
    }

    private func isDuplicate(_ a: Int, of b: Int) -> Bool {
        return c.institution[a] == c.institution[b] && c.sede[a] == c.sede[b] && c.grade[a] == c.grade[b]
            && c.status[a] == c.status[b] && c.eventDate[a] == c.eventDate[b]
    }

    mutating func linkGroup(_ g: Int) {
        let lo = groupStarts[g], hi = groupStarts[g + 1]
        let (student, year) = identity(g)

        // Exact duplicates: keep the first in input order.
        kept.removeAll(keepingCapacity: true)
        for i in lo..<hi {
            let r = Int(order[i])
            var duplicate = false
            for j in lo..<hi where j != i {
                let other = Int(order[j])
                if other < r && isDuplicate(r, of: other) { duplicate = true; break }
            }
            if duplicate { duplicates.append(Int32(r)) } else { kept.append(UInt32(r)) }
        }

        let previous = neighbour(g - 1, student: student, year: year - 1)
        let next = neighbour(g + 1, student: student, year: year + 1)
        // Re-entry: absent in a loaded year t−1 but present in some earlier year.
        let earlier = g > 0 && identity(g - 1).student == student && identity(g - 1).year < year - 1
            && context.loadedYears.contains(year - 1)
        let previousFinalGrade = previous.map { c.grade[Int(order[groupStarts[$0 + 1] - 1])] }
        var nextFirstRecord: Int?
        var nextFinalGrade: Int8?
        if let next {
            let range = groupStarts[next]..<groupStarts[next + 1]
            var first = order[range.lowerBound]
            for i in range where order[i] < first { first = order[i] }
            nextFirstRecord = Int(first)
            nextFinalGrade = c.grade[Int(order[range.upperBound - 1])]
        }

        let finalRecord = kept.last!
        for (p, record) in kept.enumerated() {
            let r = Int(record)
            if kept[(p + 1)...].contains(where: { c.institution[Int($0)] == c.institution[r] }) { continue }
            let isFinal = record == finalRecord
            let (episodeClass, rule) = classify(r, isFinal: isFinal, nextFirstRecord: nextFirstRecord,
                                                nextFinalGrade: nextFinalGrade)
            var traits = EpisodeTraits()
            if isFinal { traits.insert(.final) }
            if next != nil { traits.insert(.presentNextYear) }
            if earlier { traits.insert(.reentry) }
            let grade = c.grade[r]
            if previous != nil {
                traits.insert(.withHistory)
                if let before = previousFinalGrade, (-2...13).contains(grade), (-2...13).contains(before),
                   before == grade {
                    traits.insert(.observedRepeater)
                }
            }
            var overAge = Int8.min
            if c.birthDate[r] != DayNumber.null, let theoretical = CodeTables.theoreticalAge(grade: grade) {
                let age = DayNumber.age(born: c.birthDate[r], onYear: Int(year), month: context.parameters.cutoffMonth,
                                        day: context.parameters.cutoffDay)
                let years = age - theoretical
                overAge = Int8(clamping: years)
                traits.insert(.ageKnown)
                if years >= context.parameters.overAgeThreshold { traits.insert(.overAge) }
            }
            let finalGrade = grade == 11 || grade == 13 || grade == 26
            if finalGrade && episodeClass == .aprobado { traits.insert(.graduate) }
            if finalGrade && episodeClass == .sinResultado { traits.insert(.censored) }
            if isFinal && !traits.contains(.graduate) && !traits.contains(.censored)
                && (episodeClass == .aprobado || episodeClass == .reprobado || episodeClass == .sinResultado) {
                traits.insert(.eligibleInterannual)
                if next == nil { traits.insert(.interannualDropout) }
            }
            episodes.student.append(student)
            episodes.year.append(year)
            episodes.institution.append(c.institution[r])
            episodes.record.append(Int32(r))
            episodes.episodeClass.append(episodeClass.rawValue)
            episodes.rule.append(rule.rawValue)
            episodes.traits.append(traits.rawValue)
            episodes.overAgeYears.append(overAge)
        }
    }

    /// Rules 1, 2, 3a–3e of SPEC §3 for the episode whose last record is `r`.
    private func classify(_ r: Int, isFinal: Bool, nextFirstRecord: Int?, nextFinalGrade: Int8?)
        -> (EpisodeClass, ClassRule)
    {
        let flags = RecordFlags(rawValue: c.flags[r])
        if flags.contains(.withdrawn) {
            return !isFinal || flags.contains(.transferReason) ? (.traslado, .r1) : (.desercion, .r2)
        }
        switch CodeTables.Result(rawValue: c.result[r]) ?? .none {
        case .approved: return (.aprobado, .r3a)
        case .failed: return (.reprobado, .r3a)
        case .dropout: return (.desercion, .r3a)
        case .none: break
        }
        if flags.contains(.graduated) { return (.aprobado, .r3b) }
        if let first = nextFirstRecord {
            switch c.prevAcademic[first] {
            case 1: return (.aprobado, .r3c)
            case 2: return (.reprobado, .r3c)
            default: break
            }
        }
        if let nextGrade = nextFinalGrade, (-2...11).contains(nextGrade), (-2...11).contains(c.grade[r]) {
            if nextGrade > c.grade[r] { return (.aprobado, .r3d) }
            if nextGrade == c.grade[r] { return (.reprobado, .r3d) }
        }
        return (.sinResultado, .r3e)
    }
}
