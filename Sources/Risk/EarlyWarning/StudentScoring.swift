import Indicators

/// Scores the students of the latest year (SPEC §7 scoring): ranking, levels and reasons.
enum StudentScoring {
    /// Levels by the model's probabilities of the rows' feature values (unpacked from `keys`, the
    /// rows' `WarningDataset.featureKeys(of:)`, one row at a time: no matrix of the year is built);
    /// reasons are the features the student has (value above the training mean) whose contributions
    /// βⱼ·zⱼ raise the log-odds most, largest first, ties by column order:
    /// `LogisticModel.riskRaisingFeatures` restricted to features present, so a student is never
    /// told "not being X" raises the risk.
    ///
    /// - Complexity: O(rows × features) plus a radix sort; no allocation per row.
    static func byModel(_ model: LogisticModel, rows: WarningDataset.YearRows, keys: [UInt64], writer: FeatureWriter,
                        context: IndicatorContext) -> [StudentRisk] {
        precondition(keys.count == rows.count, "one key per row")
        var scratch = [Float](repeating: 0, count: FeatureWriter.featureCount)
        let scorer = KeyScorer(model, writer: writer)
        var probabilities = scorer.logOdds(keys: keys)  // turned into probabilities in place
        for row in probabilities.indices { probabilities[row] = LogisticPoint(probabilities[row]).probability }
        let explainer = ReasonFinder(model)
        return assemble(rows: rows, scores: probabilities, probabilities: probabilities, context: context) { row in
            scratch.withUnsafeMutableBufferPointer { values in
                writer.write(key: keys[row], into: values)
                return explainer.reasons(values)
            }
        }
    }

    /// Levels by the rule score (ties by row order); reasons are the conditions met, in score order.
    static func byRule(rows: WarningDataset.YearRows, keys: [UInt64], writer: FeatureWriter,
                       context: IndicatorContext) -> [StudentRisk] {
        precondition(keys.count == rows.count, "one key per row")
        var scratch = [Float](repeating: 0, count: FeatureWriter.featureCount)
        return assemble(rows: rows, scores: rows.ruleScores, probabilities: nil, context: context) { row in
            scratch.withUnsafeMutableBufferPointer { values in
                writer.write(key: keys[row], into: values)
                var reasons = RiskReasons()
                for feature in rows.conditions(ofRow: row).features {
                    reasons.append(RiskReason(feature: feature, value: values[feature.column]))
                }
                return reasons
            }
        }
    }

    /// The students of `rows`, ranked by `scores` (descending, ties by row index).
    private static func assemble(rows: WarningDataset.YearRows, scores: [Double], probabilities: [Double]?,
                                 context: IndicatorContext, reasons: (Int) -> RiskReasons) -> [StudentRisk] {
        let order = ScoreOrder(scores)
        let levels = RiskLevel.levels(order)
        var ranks = [Int](repeating: 0, count: rows.count)
        var position = 0
        order.forEachHighestFirst(count: rows.count) { row in
            position += 1
            ranks[row] = position
        }
        let episodes = context.linked.episodes
        let grades = context.store.columns.grade
        var students: [StudentRisk] = []
        students.reserveCapacity(rows.count)
        for row in 0..<rows.count {
            let e = Int(rows.episodes[row])
            students.append(StudentRisk(
                institution: episodes.institution[e], student: episodes.student[e], record: episodes.record[e],
                year: rows.year, grade: grades[Int(episodes.record[e])], probability: probabilities?[row],
                ruleScore: rows.conditions(ofRow: row).score, rank: ranks[row], level: levels[row],
                reasons: reasons(row)))
        }
        return students
    }
}

/// Finds the risk-raising features a student has, from one fitted model.
struct ReasonFinder {
    /// Per column: βⱼ / scaleⱼ when βⱼ > 0 and the column varied in training, else 0 (never a reason).
    private let weights: [Double]
    /// Training means.
    private let means: [Double]
    /// The features in column order.
    private let features: [WarningFeature]

    init(_ model: LogisticModel) {
        features = model.featureNames.map { WarningFeature(name: $0)! }
        means = model.means
        weights = zip(model.coefficients, model.scales).map { beta, scale in beta > 0 && scale > 0 ? beta / scale : 0 }
    }

    /// Up to three reasons for one row, largest contribution first, ties by column order.
    func reasons<Row: RandomAccessCollection<Float>>(_ row: Row) -> RiskReasons where Row.Index == Int {
        // The three best (contribution, column) so far, best first; column −1 marks an empty place.
        var first = (contribution: 0.0, column: -1), second = first, third = first
        for column in 0..<features.count where weights[column] > 0 {
            let value = Double(row[row.startIndex + column])
            guard value > means[column] else { continue }
            let candidate = (contribution: weights[column] * (value - means[column]), column: column)
            // Columns come in order, so a candidate displaces only strictly smaller contributions.
            if first.column < 0 || first.contribution < candidate.contribution {
                (first, second, third) = (candidate, first, second)
            } else if second.column < 0 || second.contribution < candidate.contribution {
                (second, third) = (candidate, second)
            } else if third.column < 0 || third.contribution < candidate.contribution {
                third = candidate
            }
        }
        func reason(_ column: Int) -> RiskReason {
            RiskReason(feature: features[column], value: row[row.startIndex + column])
        }
        var reasons = RiskReasons()
        if first.column >= 0 { reasons.append(reason(first.column)) }
        if second.column >= 0 { reasons.append(reason(second.column)) }
        if third.column >= 0 { reasons.append(reason(third.column)) }
        return reasons
    }
}
