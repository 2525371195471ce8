/// A student's early-warning level within the territory (SPEC §7).
public enum RiskLevel: String, Sendable, CaseIterable {
    /// Top 10 % of risk scores.
    case alto = "ALTO"
    /// The next 20 % of risk scores.
    case medio = "MEDIO"
    /// Everyone else.
    case bajo = "BAJO"

    /// The level of every student of one territory, aligned with `scores` (higher = riskier).
    ///
    /// Exact rule, with n = `scores.count`: rank the rows by score descending, ties by row index
    /// ascending (the earlier row first). The first ⌈0.1·n⌉ rows are `ALTO`; the next
    /// ⌈0.3·n⌉ − ⌈0.1·n⌉ rows are `MEDIO`; the rest are `BAJO`. Ceilings are computed in exact
    /// integer arithmetic: ⌈0.1·n⌉ = (n + 9) / 10 and ⌈0.3·n⌉ = (3·n + 9) / 10. For n = 25:
    /// 3 `ALTO`, 5 `MEDIO`, 17 `BAJO`.
    ///
    /// - Complexity: O(n) (a radix sort of the scores).
    public static func levels(for scores: [Double]) -> [RiskLevel] {
        levels(ScoreOrder(scores))
    }

    /// `levels(for:)` of the scores of `order`, an order of all rows.
    static func levels(_ order: ScoreOrder) -> [RiskLevel] {
        let count = order.scores.count
        precondition(order.ascending.count == count, "an order of all rows")
        let highCount = ClassifierMetrics.topCount(percent: 10, of: count)
        let highOrMediumCount = ClassifierMetrics.topCount(percent: 30, of: count)
        var levels = [RiskLevel](repeating: .bajo, count: count)
        var rank = 0
        order.forEachHighestFirst(count: highOrMediumCount) { row in
            levels[row] = rank < highCount ? .alto : .medio
            rank += 1
        }
        return levels
    }
}
