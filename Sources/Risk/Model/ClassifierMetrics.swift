/// Validation metrics of a risk score against observed outcomes (SPEC §7), as pure functions of
/// `scores` (higher = riskier, no NaN) and `labels` (`true` = the student dropped out), aligned
/// by row index.
///
/// Every ranking breaks ties in the score by row index, so results never depend on the sort
/// algorithm. Sums run in row or rank order: results are identical run to run.
public enum ClassifierMetrics {
    /// Area under the ROC curve by Mann–Whitney: the share of (positive, negative) pairs in which
    /// the positive scores higher, a tie counting one half; `nil` when either class is empty.
    ///
    /// AUC = (Σ over tie groups g of pos_g·(negatives below g) + ½·pos_g·neg_g) / (positives·negatives),
    /// computed in integers (doubled) and divided once.
    ///
    /// - Complexity: O(n) (a radix sort of the scores, then one pass).
    public static func auc(scores: [Double], labels: [Bool]) -> Double? {
        auc(ScoreOrder(scores), labels: labels)
    }

    /// k = ⌈percent·n / 100⌉, the number of rows in the top `percent` % of `n`, in exact integer
    /// arithmetic (so 10 % of 30 is 3, not 4 as ⌈0.1·30⌉ in binary floating point would give).
    public static func topCount(percent: Int, of n: Int) -> Int {
        precondition(percent >= 0 && percent <= 100 && n >= 0, "percent in 0…100 and n ≥ 0")
        return (percent * n + 99) / 100
    }

    /// Positives among the k = ⌈percent·n / 100⌉ highest scores (ties: lower row index first),
    /// divided by k; `nil` when k is 0.
    ///
    /// - Complexity: O(n) (a radix sort of the scores, then one pass).
    public static func precision(inTopPercent percent: Int, scores: [Double], labels: [Bool]) -> Double? {
        precision(inTopPercent: percent, ScoreOrder(scores), labels: labels)
    }

    /// Positives among the k = ⌈percent·n / 100⌉ highest scores (ties: lower row index first),
    /// divided by all positives; `nil` when there are no positives.
    ///
    /// - Complexity: O(n) (a radix sort of the scores, then one pass).
    public static func recall(inTopPercent percent: Int, scores: [Double], labels: [Bool]) -> Double? {
        recall(inTopPercent: percent, ScoreOrder(scores), labels: labels)
    }

    /// Brier score: the mean of (pᵢ − yᵢ)² with yᵢ = 1 for a positive; `nil` when there are no rows.
    ///
    /// - Complexity: O(n).
    public static func brierScore(probabilities: [Double], labels: [Bool]) -> Double? {
        precondition(probabilities.count == labels.count, "one label per score")
        guard !probabilities.isEmpty else { return nil }
        var sum = 0.0
        for (probability, label) in zip(probabilities, labels) {
            let error = probability - (label ? 1 : 0)
            sum += error * error
        }
        return sum / Double(probabilities.count)
    }

    /// The observed positive rate in each score decile, deciles 1…10 from lowest to highest score.
    ///
    /// Rows are ranked by score ascending, ties by row index ascending; the row of 0-based rank r
    /// falls in decile ⌊10·r / n⌋ + 1. A decile with no rows (possible when n < 10) is `nil`.
    ///
    /// - Complexity: O(n) (a radix sort of the scores, then one pass).
    public static func calibrationByDecile(scores: [Double], labels: [Bool]) -> [Double?] {
        calibrationByDecile(ScoreOrder(scores), labels: labels)
    }
}

extension ClassifierMetrics {
    /// `auc(scores:labels:)` on the rows of an existing ordering (`labels` by row index, for all rows).
    static func auc(_ order: ScoreOrder, labels: [Bool]) -> Double? {
        precondition(order.scores.count == labels.count, "one label per score")
        let positives = order.ascending.count { labels[$0] }
        let negatives = order.ascending.count - positives
        guard positives > 0 && negatives > 0 else { return nil }
        var doubledWins = 0  // 2 × (pairs won + ½ pairs tied)
        var negativesBelow = 0
        order.forEachTieGroup { group in
            let groupPositives = order.ascending[group].count { labels[$0] }
            let groupNegatives = group.count - groupPositives
            doubledWins += 2 * groupPositives * negativesBelow + groupPositives * groupNegatives
            negativesBelow += groupNegatives
        }
        return Double(doubledWins) / (2 * Double(positives) * Double(negatives))
    }

    /// `precision(inTopPercent:scores:labels:)` on the rows of an existing ordering.
    static func precision(inTopPercent percent: Int, _ order: ScoreOrder, labels: [Bool]) -> Double? {
        let top = topPositives(percent: percent, order, labels: labels)
        guard top.rows > 0 else { return nil }
        return Double(top.positives) / Double(top.rows)
    }

    /// `recall(inTopPercent:scores:labels:)` on the rows of an existing ordering.
    static func recall(inTopPercent percent: Int, _ order: ScoreOrder, labels: [Bool]) -> Double? {
        let positives = order.ascending.count { labels[$0] }
        guard positives > 0 else { return nil }
        return Double(topPositives(percent: percent, order, labels: labels).positives) / Double(positives)
    }

    /// `brierScore(probabilities:labels:)` on the rows where `members` is true, summed in row order
    /// (the same sum as on the member rows taken apart).
    static func brierScore(probabilities: [Double], labels: [Bool], members: [Bool]) -> Double? {
        precondition(probabilities.count == labels.count && members.count == labels.count, "one label per score")
        var sum = 0.0
        var count = 0
        for row in probabilities.indices where members[row] {
            let error = probabilities[row] - (labels[row] ? 1 : 0)
            sum += error * error
            count += 1
        }
        return count > 0 ? sum / Double(count) : nil
    }

    /// `calibrationByDecile(scores:labels:)` on the rows of an existing ordering.
    static func calibrationByDecile(_ order: ScoreOrder, labels: [Bool]) -> [Double?] {
        precondition(order.scores.count == labels.count, "one label per score")
        let n = order.ascending.count
        var rows = [Int](repeating: 0, count: 10)
        var positives = [Int](repeating: 0, count: 10)
        for (rank, row) in order.ascending.enumerated() {
            let decile = 10 * rank / n
            rows[decile] += 1
            if labels[row] {
                positives[decile] += 1
            }
        }
        return (0..<10).map { rows[$0] > 0 ? Double(positives[$0]) / Double(rows[$0]) : nil }
    }

    /// The number k of rows in the top `percent` % of the order (see `topCount(percent:of:)`) and
    /// the positives among them, highest score first with ties by row index.
    private static func topPositives(percent: Int, _ order: ScoreOrder, labels: [Bool]) -> (rows: Int, positives: Int) {
        precondition(order.scores.count == labels.count, "one label per score")
        let rows = topCount(percent: percent, of: order.ascending.count)
        var positives = 0
        order.forEachHighestFirst(count: rows) { row in
            if labels[row] { positives += 1 }
        }
        return (rows, positives)
    }
}
