/// Row indices ordered by score, with ties broken by row index so that every ranking rule of
/// SPEC §7 is deterministic.
///
/// Sorted once, it serves both directions: ascending (score ascending, then row index
/// ascending, for calibration deciles and AUC tie groups) and highest first (score descending,
/// then row index ascending, for the top-q metrics and risk levels). The sorted keys are kept
/// beside the rows so tie groups are found by a sequential scan. An order may hold a subgroup of
/// the rows only (`restricted(to:)`); its rows keep their indices among all rows.
struct ScoreOrder {
    /// The scores of all rows, by row index.
    let scores: [Double]
    /// The rows of the order (all rows, or a subgroup's) by score ascending, ties by row index
    /// ascending.
    let ascending: [Int]
    /// `orderedKey` of each score in `ascending` order: equal keys mean equal scores.
    let ascendingKeys: [UInt64]

    /// Sorts the rows of `scores`; scores must not be NaN.
    ///
    /// - Complexity: O(n) (a radix sort).
    init(_ scores: [Double]) {
        assert(!scores.contains(where: \.isNaN), "NaN score")
        let sorted = Self.radixSorted(keys: scores.map(Self.orderedKey))
        self.init(scores: scores, ascending: sorted.rows, ascendingKeys: sorted.keys)
    }

    /// Assembles an order from its parts.
    private init(scores: [Double], ascending: [Int], ascendingKeys: [UInt64]) {
        self.scores = scores
        self.ascending = ascending
        self.ascendingKeys = ascendingKeys
    }

    /// The order of the rows where `members` is true, without sorting again: filtering keeps tied
    /// rows in row order, so the rule is unchanged. Rows keep their indices (and `scores` all rows).
    ///
    /// - Complexity: O(rows of this order).
    func restricted(to members: [Bool]) -> ScoreOrder {
        precondition(members.count == scores.count, "one membership flag per row")
        var rows: [Int] = []
        var keys: [UInt64] = []
        members.withUnsafeBufferPointer { members in
            ascending.withUnsafeBufferPointer { ascending in
                ascendingKeys.withUnsafeBufferPointer { ascendingKeys in
                    let memberCount = ascending.count { members[$0] }
                    rows.reserveCapacity(memberCount)
                    keys.reserveCapacity(memberCount)
                    for rank in ascending.indices where members[ascending[rank]] {
                        rows.append(ascending[rank])
                        keys.append(ascendingKeys[rank])
                    }
                }
            }
        }
        return ScoreOrder(scores: scores, ascending: rows, ascendingKeys: keys)
    }

    /// The keys and `labels` (one per row, by row index) of the rows where `members` is true, in
    /// ascending order: what the metrics of a subgroup read (`restricted(to:)` without its rows), in
    /// one pass.
    ///
    /// - Complexity: O(rows of this order).
    func rankedKeysAndLabels(members: [Bool], labels: [Bool]) -> (keys: [UInt64], labels: [Bool]) {
        precondition(members.count == scores.count && labels.count == scores.count, "one flag and label per row")
        var keys: [UInt64] = [], ranked: [Bool] = []
        members.withUnsafeBufferPointer { members in
            labels.withUnsafeBufferPointer { labels in
                ascending.withUnsafeBufferPointer { ascending in
                    ascendingKeys.withUnsafeBufferPointer { ascendingKeys in
                        let memberCount = members.count(where: \.self)
                        keys.reserveCapacity(memberCount)
                        ranked.reserveCapacity(memberCount)
                        for rank in ascending.indices {
                            let row = ascending[rank]
                            if members[row] {
                                keys.append(ascendingKeys[rank])
                                ranked.append(labels[row])
                            }
                        }
                    }
                }
            }
        }
        return (keys, ranked)
    }

    /// `labels` (one per row, by row index) of the rows of this order, in ascending order.
    ///
    /// - Complexity: O(rows of this order).
    func labels(_ labels: [Bool]) -> [Bool] {
        precondition(labels.count == scores.count, "one label per row")
        return ascending.map { labels[$0] }
    }

    /// Calls `body` with each half-open range of `ascending` whose rows share one score, lowest
    /// score first.
    func forEachTieGroup(_ body: (Range<Int>) -> Void) {
        Self.forEachTieGroup(ascendingKeys: ascendingKeys, body)
    }

    /// Calls `body` with each half-open range of `ascendingKeys` (ascending) holding equal keys, in order.
    static func forEachTieGroup(ascendingKeys: [UInt64], _ body: (Range<Int>) -> Void) {
        var start = 0
        while start < ascendingKeys.count {
            var end = start + 1
            while end < ascendingKeys.count && ascendingKeys[end] == ascendingKeys[start] {
                end += 1
            }
            body(start..<end)
            start = end
        }
    }

    /// The first `count` rows by score descending, ties by row index ascending: tie groups are
    /// taken from the highest score down, each in ascending row order.
    ///
    /// - Complexity: O(`count` + size of the last group taken).
    func highestFirst(count: Int) -> [Int] {
        var rows: [Int] = []
        rows.reserveCapacity(count)
        forEachHighestFirst(count: count) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each of the first `count` rows of `highestFirst(count:)`, in that order,
    /// without building the array.
    func forEachHighestFirst(count: Int, _ body: (Int) -> Void) {
        forEachHighestFirstRanks(count: count) { ranks in
            for rank in ranks { body(ascending[rank]) }
        }
    }

    /// Calls `body` with the ranges of positions in `ascending` that hold the first `count` rows of
    /// `highestFirst(count:)`: whole tie groups from the highest score down, the last one cut short
    /// (each range is in ascending row order, which is the tie rule).
    func forEachHighestFirstRanks(count: Int, _ body: (Range<Int>) -> Void) {
        precondition(count >= 0 && count <= ascending.count, "count out of range")
        Self.forEachHighestFirstRanks(count: count, ascendingKeys: ascendingKeys, body)
    }

    /// `forEachHighestFirstRanks(count:_:)` over the keys of an order alone (ascending).
    static func forEachHighestFirstRanks(count: Int, ascendingKeys: [UInt64], _ body: (Range<Int>) -> Void) {
        precondition(count >= 0 && count <= ascendingKeys.count, "count out of range")
        var taken = 0
        var end = ascendingKeys.count
        while taken < count {
            var start = end - 1
            while start > 0 && ascendingKeys[start - 1] == ascendingKeys[end - 1] {
                start -= 1
            }
            let taking = min(end - start, count - taken)
            body(start..<(start + taking))
            taken += taking
            end = start
        }
    }
}
