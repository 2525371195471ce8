/// Parameters of linkage and classification (SPEC §3–§4, `--fecha-corte`, `--umbral-extraedad`).
public struct LinkageParameters: Sendable, Equatable {
    /// Month of the age reference date (default 3).
    public var cutoffMonth = 3
    /// Day of the age reference date (default 31).
    public var cutoffDay = 31
    /// Years over the theoretical age that count as over-age (default 2).
    public var overAgeThreshold = 2

    /// Creates parameters with the SPEC's defaults.
    public init(cutoffMonth: Int = 3, cutoffDay: Int = 31, overAgeThreshold: Int = 2) {
        self.cutoffMonth = cutoffMonth
        self.cutoffDay = cutoffDay
        self.overAgeThreshold = overAgeThreshold
    }
}

/// Students linked across years: episodes with their classes, and the records dropped as exact
/// duplicates.
public struct LinkedData: Sendable {
    /// Every episode.
    public var episodes: EpisodeTable
    /// Record indices dropped as exact duplicates, ascending.
    public var duplicateRecords: [Int32]
    /// Years with at least one matricula record, ascending.
    public var years: [Int]
    /// The parameters used.
    public var parameters: LinkageParameters

    /// Whether year `t` holds at least one matricula record.
    public func isLoaded(_ t: Int) -> Bool { years.contains(t) }
}

/// Links each student's records into episodes and classifies them (SPEC §2 duplicates, §3).
///
/// Records are radix-sorted by (student, year) keeping input order, each (student, year) group is
/// ordered by event date (undated last) then input order, exact duplicates dropped, episodes formed
/// per institution from their last records, and classes decided by rules 1, 2, 3a–3e with the
/// neighbouring years' groups. Groups are processed in parallel chunks merged in order.
public enum Linker {
    /// Links `store`.
    public static func link(_ store: EnrollmentStore, parameters: LinkageParameters = LinkageParameters()) -> LinkedData {
        let c = store.columns
        let years = store.years
        guard let minYear = years.first else {
            return LinkedData(episodes: EpisodeTable(), duplicateRecords: [], years: [], parameters: parameters)
        }
        let keys = c.student.withUnsafeBufferPointer { students in
            c.year.withUnsafeBufferPointer { years in
                let students = _SendableBuffer(students), years = _SendableBuffer(years)
                return parallelArray(count: c.count) { r in
                    UInt64(students.buffer[r]) << 8 | UInt64(Int(years.buffer[r]) - minYear)
                }
            }
        }
        var order = RadixSort.sortedIndices(keys, bits: RadixSort.bitWidth(store.interners.student.count) + 8)
        let groupStarts = groupBoundaries(order, keys: keys)
        orderWithinGroups(&order, groupStarts: groupStarts, eventDate: c.eventDate)

        let groupCount = groupStarts.count - 1
        let chunkCount = min(max(1, groupCount / 50_000), workerCount * 4)
        let context = GroupContext(columns: c, order: order, groupStarts: groupStarts, parameters: parameters,
                                   loadedYears: Set(years.map { Int16($0) }))
        let parts = parallelMap(chunkCount) { k in
            var builder = EpisodeBuilder(context: context)
            let lo = groupCount * k / chunkCount, hi = groupCount * (k + 1) / chunkCount
            for g in lo..<hi { builder.linkGroup(g) }
            return (builder.episodes, builder.duplicates)
        }
        var episodes = EpisodeTable()
        episodes.reserve(parts.reduce(0) { $0 + $1.0.count })
        var duplicates: [Int32] = []
        for part in parts {
            episodes.append(part.0)
            duplicates += part.1
        }
        duplicates.sort()
        return LinkedData(episodes: episodes, duplicateRecords: duplicates, years: years, parameters: parameters)
    }

    /// Offsets in `order` where each (student, year) group starts, plus a final `order.count`.
    static func groupBoundaries(_ order: [UInt32], keys: [UInt64]) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(order.count / 2 + 1)
        var previous = UInt64.max
        for (position, index) in order.enumerated() {
            let key = keys[Int(index)]
            if key != previous {
                starts.append(position)
                previous = key
            }
        }
        starts.append(order.count)
        return starts
    }

    /// Orders each group by event date (dated first, ascending), then input order.
    static func orderWithinGroups(_ order: inout [UInt32], groupStarts: [Int], eventDate: [Int32]) {
        @Sendable func sortKey(_ record: UInt32) -> (Int64, UInt32) {
            let date = eventDate[Int(record)]
            return (date == DayNumber.null ? Int64.max : Int64(date), record)
        }
        let groupCount = groupStarts.count - 1
        let parts = min(workerCount * 4, max(1, groupCount / 100_000))
        order.withUnsafeMutableBufferPointer { buffer in
            let o = _SendableMutablePointer(buffer.baseAddress)
            // Groups are disjoint ranges of `order`: parts of them are ordered on every core.
            _ = parallelMap(parts) { part in
                for g in (groupCount * part / parts)..<(groupCount * (part + 1) / parts) {
                    let lo = groupStarts[g], hi = groupStarts[g + 1]
                    if hi - lo < 2 { continue }
                    for i in (lo + 1)..<hi {          // insertion sort: groups are tiny
                        let value = o.pointer![i]
                        let key = sortKey(value)
                        var j = i - 1
                        while j >= lo && sortKey(o.pointer![j]) > key {
                            o.pointer![j + 1] = o.pointer![j]
                            j -= 1
                        }
                        o.pointer![j + 1] = value
                    }
                }
                return 0
            }
        }
    }
}

/// Read-only inputs shared by the parallel episode builders.
struct GroupContext: @unchecked Sendable {
    let columns: EnrollmentColumns
    let order: [UInt32]
    let groupStarts: [Int]
    let parameters: LinkageParameters
    let loadedYears: Set<Int16>
}
