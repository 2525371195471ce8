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
        let highCount = ClassifierMetrics.topCount(percent: 10, of: scores.count)
        let highOrMediumCount = ClassifierMetrics.topCount(percent: 30, of: scores.count)
        var levels = [RiskLevel](repeating: .bajo, count: scores.count)
        for (rank, row) in ScoreOrder(scores).highestFirst(count: highOrMediumCount).enumerated() {
            levels[row] = rank < highCount ? .alto : .medio
        }
        return levels
    }
}
