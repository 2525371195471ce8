/// Row indices ordered by score, with ties broken by row index so that every ranking rule of
/// SPEC §7 is deterministic.
///
/// Sorted once, it serves both directions: ascending (score ascending, then row index
/// ascending, for calibration deciles and AUC tie groups) and highest first (score descending,
/// then row index ascending, for the top-q metrics and risk levels).
struct ScoreOrder {
    /// The scores, by row index.
    let scores: [Double]
    /// Row indices by score ascending, ties by row index ascending.
    let ascending: [Int]

    /// Sorts the rows of `scores`; scores must not be NaN.
    ///
    /// - Complexity: O(n log n).
    init(_ scores: [Double]) {
        assert(!scores.contains(where: \.isNaN), "NaN score")
        var keyed = scores.enumerated().map { (score: $0.element, row: $0.offset) }
        keyed.sort { $0.score < $1.score || ($0.score == $1.score && $0.row < $1.row) }
        self.scores = scores
        ascending = keyed.map(\.row)
    }

    /// Calls `body` with each half-open range of `ascending` whose rows share one score, lowest
    /// score first.
    func forEachTieGroup(_ body: (Range<Int>) -> Void) {
        var start = 0
        while start < ascending.count {
            let score = scores[ascending[start]]
            var end = start + 1
            while end < ascending.count && scores[ascending[end]] == score {
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
        precondition(count >= 0 && count <= ascending.count, "count out of range")
        var rows: [Int] = []
        rows.reserveCapacity(count)
        var end = ascending.count
        while rows.count < count {
            let score = scores[ascending[end - 1]]
            var start = end - 1
            while start > 0 && scores[ascending[start - 1]] == score {
                start -= 1
            }
            rows.append(contentsOf: ascending[start..<end].prefix(count - rows.count))
            end = start
        }
        return rows
    }
}
