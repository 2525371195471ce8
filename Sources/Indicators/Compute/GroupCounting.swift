import Synchronization

/// The group keys of a block of consecutive episodes, one key column per group an episode can be in
/// (for example `TOTAL` and its level for `indicadores_territorio`).
///
/// Position `i` of a column is the group of episode `episodes.lowerBound + i`, or −1 when the
/// episode is in no group of that column. Every position starts at −1.
public struct KeyBlock {
    /// The episodes of the block, consecutive, starting and ending on (student, year) boundaries.
    public let episodes: Range<Int>
    /// Number of key columns.
    public let columns: Int
    fileprivate let storage: UnsafeMutablePointer<Int32>

    /// Key column `c` (0 ≤ c < `columns`), one slot per episode of the block.
    public func column(_ c: Int) -> UnsafeMutableBufferPointer<Int32> {
        precondition(c >= 0 && c < columns, "key column out of range")
        return UnsafeMutableBufferPointer(start: storage + c * episodes.count, count: episodes.count)
    }
}

extension IndicatorContext {
    /// Episodes per key block: large enough to make the fill calls negligible, small enough to stay
    /// in cache.
    static let keyBlockSize = 4096

    /// Grids up to this size are assumed to stay in cache while counting (no touching pass).
    static let cachedGridBytes = 1 << 20

    /// Counts every episode into its groups, with distinct students per group.
    ///
    /// `fill` writes the group keys of a block of episodes (`KeyBlock`); then each episode adds its
    /// counter contributions to each of its groups, and a group counts the student once per year
    /// however many of the student's episodes of that year it holds. A group must be reachable
    /// from one key column only (columns partition the groups), which every table's layout ensures.
    ///
    /// - Complexity: O(episodes × key columns), one pass over contiguous arrays, no allocation per
    ///   episode.
    public func count(groups: Int, keyColumns: Int, _ fill: (KeyBlock) -> Void) -> CounterGrid {
        let episodes = linked.episodes
        let n = episodes.count
        var grid = CounterGrid(groups: groups)
        var student = SIMD16<UInt32>.zero
        student[IndicatorCount.estudiantes.rawValue] = 1
        var capacity = keyColumns * Self.keyBlockSize
        let touchFirst = groups * MemoryLayout<SIMD16<UInt32>>.stride > Self.cachedGridBytes
        var storage = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, capacity))
        defer { storage.deallocate() }
        episodes.student.withUnsafeBufferPointer { students in
            episodes.year.withUnsafeBufferPointer { years in
                contributions.withUnsafeBufferPointer { contributions in
                    grid.withUnsafeMutableLanes { grid in
                        var start = 0
                        while start < n {
                            var end = min(n, start + Self.keyBlockSize)
                            while end < n && students[end] == students[end - 1] && years[end] == years[end - 1] {
                                end += 1
                            }
                            let length = end - start
                            if keyColumns * length > capacity {
                                storage.deallocate()
                                capacity = keyColumns * length
                                storage = .allocate(capacity: capacity)
                            }
                            storage.initialize(repeating: -1, count: keyColumns * length)
                            fill(KeyBlock(episodes: start..<end, columns: keyColumns, storage: storage))
                            // A grid larger than the cache: touch every group of the block first.
                            // These reads are independent, so their misses overlap, and the dependent
                            // updates below hit the cache.
                            if touchFirst {
                                var touched: UInt32 = 0
                                for k in 0..<(keyColumns * length) where storage[k] >= 0 {
                                    touched ^= grid[Int(storage[k])][0]
                                }
                                Self.keep(touched)
                            }
                            var runStart = start
                            for e in start..<end {
                                if e > start && (students[e] != students[e - 1] || years[e] != years[e - 1]) {
                                    runStart = e
                                }
                                let increments = CounterGrid.increments(contributions[e])
                                for c in 0..<keyColumns {
                                    let keys = storage + c * length
                                    let key = keys[e - start]
                                    if key < 0 { continue }
                                    assert(Int(key) < groups, "group key out of range")
                                    var firstOfRun = true
                                    var earlier = runStart
                                    while earlier < e {
                                        if keys[earlier - start] == key { firstOfRun = false; break }
                                        earlier += 1
                                    }
                                    grid[Int(key)] &+= firstOfRun ? increments &+ student : increments
                                }
                            }
                            start = end
                        }
                    }
                }
            }
        }
        return grid
    }
}

extension IndicatorContext {
    /// Consumes a value so that the reads behind it are not optimized away.
    @inline(never)
    static func keep(_ value: UInt32) {
        if value == 0x5EED_F00D { keptValues.add(1, ordering: .relaxed) }
    }

    /// Counts by key and `nivel`: group `key × levels + slot`, where slot 0 is `TOTAL` and slot
    /// 1 + `Level.rawValue` the episode's level, and `key(e, yearSlot)` is episode e's key given the
    /// position of its year in `years`.
    func countByLevel(groups: Int, key: (_ episode: Int, _ yearSlot: Int) -> Int) -> CounterGrid {
        let levels = Self.levelNames.count
        return yearSlots.withUnsafeBufferPointer { yearSlots in
            levelSlots.withUnsafeBufferPointer { levelSlots in
                count(groups: groups, keyColumns: 2) { block in
                    let total = block.column(0), level = block.column(1)
                    for (i, e) in block.episodes.enumerated() {
                        let base = key(e, Int(yearSlots[e])) * levels
                        total[i] = Int32(base)
                        level[i] = Int32(base + Int(levelSlots[e]))
                    }
                }
            }
        }
    }

    /// Counts with one group per episode: `key(e, yearSlot)`, or nil for none.
    func countByKey(groups: Int, key: (_ episode: Int, _ yearSlot: Int) -> Int?) -> CounterGrid {
        yearSlots.withUnsafeBufferPointer { yearSlots in
            count(groups: groups, keyColumns: 1) { block in
                let keys = block.column(0)
                for (i, e) in block.episodes.enumerated() {
                    if let g = key(e, Int(yearSlots[e])) { keys[i] = Int32(g) }
                }
            }
        }
    }
}

/// Never read: `IndicatorContext.keep` adds to it only when a value happens to equal its marker.
private let keptValues = Atomic<Int>(0)
