/// The validation metrics of one scorer on one subgroup of students: the rows of
/// `modelo_validacion.csv` (SPEC §8) for that (`scorer`, `subgrupo`) pair.
public struct ValidationReport: Sendable, Equatable {
    /// Which score is validated (the `scorer` column).
    public enum Scorer: String, Sendable, CaseIterable {
        /// The logistic model's probability.
        case model = "modelo"
        /// The rule score (a count of risk conditions).
        case rule = "regla"
    }

    /// The metric names, in output order, exactly as SPEC §8 lists them.
    public static let metricNames: [String] =
        ["n", "positivos", "auc", "precision_10", "recall_10", "precision_20", "recall_20", "brier"]
        + (1...10).map { "calibracion_decil_\($0)" }

    /// The subgroup name of the whole population.
    public static let allStudents = "TODOS"

    /// The scorer validated.
    public let scorer: Scorer
    /// The subgroup (`subgrupo` column): `TODOS` (`allStudents`) or `dimension=valor`, e.g. `zona=RURAL`.
    public let subgroup: String
    /// Students scored (`n`).
    public let count: Int
    /// Students with the outcome (`positivos`).
    public let positives: Int
    /// Mann–Whitney AUC (`auc`); `nil` when either class is empty.
    public let auc: Double?
    /// Precision in the top 10 % of scores (`precision_10`); `nil` when there are no students.
    public let precisionTop10: Double?
    /// Recall in the top 10 % of scores (`recall_10`); `nil` when there are no positives.
    public let recallTop10: Double?
    /// Precision in the top 20 % of scores (`precision_20`); `nil` when there are no students.
    public let precisionTop20: Double?
    /// Recall in the top 20 % of scores (`recall_20`); `nil` when there are no positives.
    public let recallTop20: Double?
    /// Brier score (`brier`), only for the model: the rule score is a count, not a probability,
    /// so its Brier score would be meaningless and is left empty (`nil`).
    public let brier: Double?
    /// Observed positive rate per score decile, deciles 1…10 (`calibracion_decil_1`…`_10`).
    public let calibration: [Double?]

    /// Computes every metric of `scores` against `labels` (see `ClassifierMetrics`), sorting once.
    ///
    /// - Complexity: O(n).
    public init(scorer: Scorer, subgroup: String, scores: [Double], labels: [Bool]) {
        precondition(scores.count == labels.count, "one label per score")
        self.init(scorer: scorer, subgroup: subgroup, order: ScoreOrder(scores), labels: labels, members: nil)
    }

    /// The report for the rows of `order` (all rows, or those where `members` is true), with
    /// `labels` by row index for all rows.
    private init(scorer: Scorer, subgroup: String, order: ScoreOrder, labels: [Bool], members: [Bool]?) {
        let ranked = members.map { order.rankedKeysAndLabels(members: $0, labels: labels) }
            ?? (keys: order.ascendingKeys, labels: order.labels(labels))
        let brier = scorer == .model
            ? members.map { ClassifierMetrics.brierScore(probabilities: order.scores, labels: labels, members: $0) }
                ?? ClassifierMetrics.brierScore(probabilities: order.scores, labels: labels)
            : nil
        self.init(scorer: scorer, subgroup: subgroup, ascendingKeys: ranked.keys, rankedLabels: ranked.labels,
                  brier: brier)
    }

    /// The report of rows whose score keys (`ScoreOrder.orderedKey`) ascending are `ascendingKeys`, ties
    /// in row order, with their labels in that order; `brier` computed by the caller (row order).
    private init(scorer: Scorer, subgroup: String, ascendingKeys: [UInt64], rankedLabels ranked: [Bool], brier: Double?) {
        self.scorer = scorer
        self.subgroup = subgroup
        count = ranked.count
        positives = ranked.count(where: \.self)
        auc = ClassifierMetrics.auc(ascendingKeys: ascendingKeys, rankedLabels: ranked)
        precisionTop10 = ClassifierMetrics.precision(inTopPercent: 10, ascendingKeys: ascendingKeys, rankedLabels: ranked)
        recallTop10 = ClassifierMetrics.recall(inTopPercent: 10, ascendingKeys: ascendingKeys, rankedLabels: ranked)
        precisionTop20 = ClassifierMetrics.precision(inTopPercent: 20, ascendingKeys: ascendingKeys, rankedLabels: ranked)
        recallTop20 = ClassifierMetrics.recall(inTopPercent: 20, ascendingKeys: ascendingKeys, rankedLabels: ranked)
        self.brier = brier
        calibration = ClassifierMetrics.calibrationByDecile(rankedLabels: ranked)
    }

    /// The report of the whole population (`TODOS`) followed by one per subgroup, in the order
    /// given, sorting the scores only once.
    ///
    /// A subgroup's metrics equal those of `init(scorer:subgroup:scores:labels:)` on its rows
    /// taken in row order: filtering the sorted order keeps tied rows in row order.
    ///
    /// - Parameter subgroups: a name (`dimension=valor`, e.g. `zona=RURAL`) and one membership
    ///   flag per row.
    /// - Complexity: O(n × (1 + number of subgroups)).
    public static func reports(
        scorer: Scorer, scores: [Double], labels: [Bool], subgroups: [(name: String, members: [Bool])]
    ) -> [ValidationReport] {
        precondition(scores.count == labels.count, "one label per score")
        return reports(scorer: scorer, order: ScoreOrder(scores), labels: labels, subgroups: subgroups)
    }

    /// `reports(scorer:scores:labels:subgroups:)` with the scores already sorted (`order`, e.g. shared
    /// with `CalibrationSummary`).
    static func reports(
        scorer: Scorer, order: ScoreOrder, labels: [Bool], subgroups: [(name: String, members: [Bool])]
    ) -> [ValidationReport] {
        let scores = order.scores
        precondition(scores.count == labels.count, "one label per score")
        for subgroup in subgroups {
            precondition(subgroup.members.count == scores.count, "one membership flag per row")
        }
        if let ranked = RankedFlags(order: order, labels: labels, subgroups: subgroups) {
            // One report per task, on all cores: each is computed alone, so the values do not depend
            // on the schedule. Each reads its rows' keys and labels in rank order from `ranked`.
            return RowChunks.map(rowCount: subgroups.count + 1, rowsPerChunk: 1) { tasks in
                let task = tasks.lowerBound
                let gathered = ranked.keysAndLabels(subgroup: task == 0 ? nil : task - 1, ascendingKeys: order.ascendingKeys)
                let brier = scorer == .model
                    ? (task == 0 ? ClassifierMetrics.brierScore(probabilities: scores, labels: labels)
                        : ClassifierMetrics.brierScore(probabilities: scores, labels: labels,
                                                       members: subgroups[task - 1].members))
                    : nil
                return ValidationReport(scorer: scorer, subgroup: task == 0 ? allStudents : subgroups[task - 1].name,
                                        ascendingKeys: gathered.keys, rankedLabels: gathered.labels, brier: brier)
            }
        }
        return RowChunks.map(rowCount: subgroups.count + 1, rowsPerChunk: 1) { tasks in
            let task = tasks.lowerBound
            return task == 0
                ? ValidationReport(scorer: scorer, subgroup: allStudents, order: order, labels: labels, members: nil)
                : ValidationReport(scorer: scorer, subgroup: subgroups[task - 1].name, order: order, labels: labels,
                                   members: subgroups[task - 1].members)
        }
    }

    /// The (`metrica`, `valor`) pairs in `metricNames` order; `nil` is an empty cell.
    public func metricRows() -> [(metrica: String, valor: Double?)] {
        let values: [Double?] = [
            Double(count), Double(positives), auc,
            precisionTop10, recallTop10, precisionTop20, recallTop20, brier,
        ] + calibration
        return zip(Self.metricNames, values).map { (metrica: $0, valor: $1) }
    }
}
