/// Calibration of the model's probabilities on the validation year: the mean prediction against the
/// observed rate, overall and by decile (`modelo_validacion` rows `media_prediccion`,
/// `prediccion_decil_1…10`; the observed rates are `positivos / n` and `calibracion_decil_1…10`).
public struct CalibrationSummary: Sendable, Equatable {
    /// Mean predicted probability over the rows.
    public let meanPrediction: Double?
    /// Observed dropout rate (positives / rows).
    public let observedRate: Double?
    /// Mean predicted probability per decile 1…10 (the deciles of `calibracion_decil_d`: rows by
    /// probability ascending, ties by row order, rank r in decile ⌊10·r/n⌋ + 1); `nil` for an empty one.
    public let predictedByDecile: [Double?]
    /// Observed rate per decile, as `calibracion_decil_d`.
    public let observedByDecile: [Double?]

    /// The summary of `probabilities` against `labels` (row order; sums in rank order).
    public init(probabilities: [Double], labels: [Bool]) {
        self.init(order: ScoreOrder(probabilities), labels: labels)
    }

    /// The summary of the probabilities sorted in `order` (shared with the validation reports).
    init(order: ScoreOrder, labels: [Bool]) {
        let probabilities = order.scores
        precondition(probabilities.count == labels.count, "one label per probability")
        let n = probabilities.count
        var sums = [Double](repeating: 0, count: 10), rows = [Int](repeating: 0, count: 10)
        var total = 0.0
        for (rank, row) in order.ascending.enumerated() {
            let decile = 10 * rank / n
            sums[decile] += probabilities[row]
            rows[decile] += 1
            total += probabilities[row]
        }
        meanPrediction = n > 0 ? total / Double(n) : nil
        observedRate = n > 0 ? Double(labels.count(where: \.self)) / Double(n) : nil
        predictedByDecile = (0..<10).map { rows[$0] > 0 ? sums[$0] / Double(rows[$0]) : nil }
        observedByDecile = ClassifierMetrics.calibrationByDecile(rankedLabels: order.labels(labels))
    }
}

/// The validation gain of one version-2 feature group: the model's validation AUC minus the AUC of
/// the same fit with the group left out (`ganancia_auc_<grupo>`).
public struct FeatureGain: Sendable, Equatable {
    /// The group.
    public let group: FeatureGroup
    /// AUC with every feature − AUC without the group; `nil` when the AUC is undefined.
    public let aucGain: Double?
}

/// The validation year's scores, row by row (student key order), for comparisons outside the
/// engine (the guide's check against known probabilities). Not written to any file.
public struct EvaluationScores: Sendable {
    /// The validation year T−1.
    public let year: Int
    /// Student key id of each row (`EnrollmentStore.interners.student`).
    public let students: [UInt32]
    /// The validated model's probability of each row.
    public let probabilities: [Double]
    /// The rule score of each row.
    public let ruleScores: [Double]
    /// The observed outcome of each row.
    public let outcomes: [Bool]
}
