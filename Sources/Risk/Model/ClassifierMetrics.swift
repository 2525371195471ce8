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
    /// - Complexity: O(n) (the positives' and the negatives' scores sorted apart, then merged:
    ///   `splitSortAUC(scores:labels:)`).
    public static func auc(scores: [Double], labels: [Bool]) -> Double? {
        splitSortAUC(scores: scores, labels: labels)
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
        let order = ScoreOrder(scores)
        return precision(inTopPercent: percent, order, rankedLabels: order.labels(labels))
    }

    /// Positives among the k = ⌈percent·n / 100⌉ highest scores (ties: lower row index first),
    /// divided by all positives; `nil` when there are no positives.
    ///
    /// - Complexity: O(n) (a radix sort of the scores, then one pass).
    public static func recall(inTopPercent percent: Int, scores: [Double], labels: [Bool]) -> Double? {
        let order = ScoreOrder(scores)
        return recall(inTopPercent: percent, order, rankedLabels: order.labels(labels))
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
        let order = ScoreOrder(scores)
        return calibrationByDecile(rankedLabels: order.labels(labels))
    }
}

/// The metrics on an existing ordering, with `rankedLabels` the labels of its rows in ascending
/// order (`ScoreOrder.labels(_:)`): every metric is then a sequential scan.
extension ClassifierMetrics {
    /// `auc(scores:labels:)` on the rows of an existing ordering.
    static func auc(_ order: ScoreOrder, rankedLabels: [Bool]) -> Double? {
        precondition(order.ascending.count == rankedLabels.count, "one label per ranked row")
        return auc(ascendingKeys: order.ascendingKeys, rankedLabels: rankedLabels)
    }

    /// `auc(scores:labels:)` from the keys of an ordering (`ScoreOrder.ascendingKeys`, or a subgroup's)
    /// and the labels in the same order.
    static func auc(ascendingKeys: [UInt64], rankedLabels: [Bool]) -> Double? {
        precondition(ascendingKeys.count == rankedLabels.count, "one label per ranked row")
        let positives = rankedLabels.count(where: \.self)
        let negatives = rankedLabels.count - positives
        guard positives > 0 && negatives > 0 else { return nil }
        var doubledWins = 0  // 2 × (pairs won + ½ pairs tied)
        var negativesBelow = 0
        ScoreOrder.forEachTieGroup(ascendingKeys: ascendingKeys) { group in
            let groupPositives = rankedLabels[group].count(where: \.self)
            let groupNegatives = group.count - groupPositives
            doubledWins += 2 * groupPositives * negativesBelow + groupPositives * groupNegatives
            negativesBelow += groupNegatives
        }
        return Double(doubledWins) / (2 * Double(positives) * Double(negatives))
    }

    /// `precision(inTopPercent:scores:labels:)` on the rows of an existing ordering.
    static func precision(inTopPercent percent: Int, _ order: ScoreOrder, rankedLabels: [Bool]) -> Double? {
        precondition(order.ascending.count == rankedLabels.count, "one label per ranked row")
        return precision(inTopPercent: percent, ascendingKeys: order.ascendingKeys, rankedLabels: rankedLabels)
    }

    /// `precision(inTopPercent:scores:labels:)` from the keys of an ordering and its ranked labels.
    static func precision(inTopPercent percent: Int, ascendingKeys: [UInt64], rankedLabels: [Bool]) -> Double? {
        let top = topPositives(percent: percent, ascendingKeys: ascendingKeys, rankedLabels: rankedLabels)
        guard top.rows > 0 else { return nil }
        return Double(top.positives) / Double(top.rows)
    }

    /// `recall(inTopPercent:scores:labels:)` on the rows of an existing ordering.
    static func recall(inTopPercent percent: Int, _ order: ScoreOrder, rankedLabels: [Bool]) -> Double? {
        precondition(order.ascending.count == rankedLabels.count, "one label per ranked row")
        return recall(inTopPercent: percent, ascendingKeys: order.ascendingKeys, rankedLabels: rankedLabels)
    }

    /// `recall(inTopPercent:scores:labels:)` from the keys of an ordering and its ranked labels.
    static func recall(inTopPercent percent: Int, ascendingKeys: [UInt64], rankedLabels: [Bool]) -> Double? {
        let positives = rankedLabels.count(where: \.self)
        guard positives > 0 else { return nil }
        return Double(topPositives(percent: percent, ascendingKeys: ascendingKeys, rankedLabels: rankedLabels).positives)
            / Double(positives)
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

    /// `calibrationByDecile(scores:labels:)` from the labels in ascending score order.
    static func calibrationByDecile(rankedLabels: [Bool]) -> [Double?] {
        let n = rankedLabels.count
        var rows = [Int](repeating: 0, count: 10)
        var positives = [Int](repeating: 0, count: 10)
        for (rank, label) in rankedLabels.enumerated() {
            let decile = 10 * rank / n
            rows[decile] += 1
            if label {
                positives[decile] += 1
            }
        }
        return (0..<10).map { rows[$0] > 0 ? Double(positives[$0]) / Double(rows[$0]) : nil }
    }

    /// The number k of rows in the top `percent` % of the order (see `topCount(percent:of:)`) and
    /// the positives among them, highest score first with ties by row index.
    private static func topPositives(percent: Int, ascendingKeys: [UInt64], rankedLabels: [Bool])
        -> (rows: Int, positives: Int)
    {
        precondition(ascendingKeys.count == rankedLabels.count, "one label per ranked row")
        let rows = topCount(percent: percent, of: rankedLabels.count)
        var positives = 0
        ScoreOrder.forEachHighestFirstRanks(count: rows, ascendingKeys: ascendingKeys) { ranks in
            positives += rankedLabels[ranks].count(where: \.self)
        }
        return (rows, positives)
    }
}
