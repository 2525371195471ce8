import Indicators

/// The student early warning of SPEC §7: features, rule score, temporal validation and scoring.
///
/// ```swift
/// let warning = EarlyWarning.run(context: context)
/// folder.write(warning.validationTable)                  // modelo_validacion.csv
/// warning.institutionLevelCounts["111001000001"]         // ALTO / MEDIO / BAJO counts
/// for table in warning.studentTables(context: context) { … }   // only under --estudiantes
/// ```
///
/// See `Guides/Alerta-Temprana.md`.
public enum EarlyWarning {
    /// Fewest loaded matrícula years for the model: one to train, one to validate, one to score.
    public static let minimumYears = 3
    /// Fewest dropouts in the validation training years for the model to be fitted.
    public static let minimumTrainingPositives = 50
    /// The ridge penalty λ of SPEC §7.
    public static let penalty = 1.0

    /// Runs the whole early warning on `context`. Deterministic: the same context gives the same
    /// result, bit for bit.
    ///
    /// The model is validated on `split.evaluationYear` after a fit on `split.trainingYears`, then
    /// refitted on `split.refitYears` to score `split.scoringYear`. When the data are too few
    /// (`DataLimitation`) the model is not fitted: the rule score is validated alone and ranks the
    /// students, who get no probability.
    ///
    /// - Complexity: one pass over the episodes, one key and one table probe per training row, two
    ///   Newton fits over the distinct training rows, O(rows) sorts for metrics and levels.
    /// With a filled Ruta plan (`ruta`, SPEC §12.2), the result also follows the students at `ALTO` in
    /// each base year (`StudentFollowUp`), reusing the validation model when it was fitted on the same
    /// years.
    public static func run(context: IndicatorContext, ruta: [RutaInputRow] = []) -> EarlyWarningResult {
        let dataset = WarningDataset.extract(from: context)
        let split = TemporalSplit(loadedYears: context.years)
        let trainingRows = split.trainingYears.compactMap(dataset.rows(ofYear:))
        let evaluation = split.evaluationYear.flatMap(dataset.rows(ofYear:))
        let limitation = DataLimitation(yearCount: context.years.count, split: split,
                                        trainingPositives: trainingRows.map(\.positives).reduce(0, +))
        let subgroups = evaluation.map { ValidationSubgroup.members(of: $0, context: context) } ?? []
        var reports: [ValidationReport] = []
        var validationModel: LogisticModel?
        var scoringModel: LogisticModel?
        if limitation == nil, let evaluation {
            // One table of distinct rows, year after year: fit on the training years, add T−1, refit.
            var training = TrainingSet()
            for rows in trainingRows { training.append(rows, of: dataset) }
            let model = LogisticRegression.fit(training.rows, lambda: penalty)
            validationModel = model
            training.append(evaluation, of: dataset)
            let probabilities = dataset.probabilities(of: evaluation, under: model)
            reports += ValidationReport.reports(scorer: .model, scores: probabilities, labels: evaluation.outcomes,
                                                subgroups: subgroups)
            scoringModel = LogisticRegression.fit(training.rows, lambda: penalty, start: model)
        }
        if let evaluation {
            reports += ValidationReport.reports(scorer: .rule, scores: evaluation.ruleScores,
                                                labels: evaluation.outcomes, subgroups: subgroups)
        }

        var students: [StudentRisk] = []
        if let year = split.scoringYear, let scored = dataset.rows(ofYear: year) {
            let features = dataset.features(of: scored)
            if let scoringModel {
                students = StudentScoring.byModel(scoringModel, rows: scored, features: features, context: context)
            } else {
                students = StudentScoring.byRule(rows: scored, features: features, context: context)
            }
        }
        var models: [Int: LogisticModel] = [:]
        if let year = split.evaluationYear, let validationModel { models[year] = validationModel }
        let followUp = ruta.isEmpty ? []
            : StudentFollowUp.rows(context: context, dataset: dataset, ruta: ruta, models: models)
        return EarlyWarningResult(
            split: split, scorer: scoringModel == nil ? .rule : .model, note: limitation?.message,
            reports: reports, validationModel: validationModel, scoringModel: scoringModel, students: students,
            institutionLevelCounts: RiskLevelCounts.byInstitution(students, institutions: context.institutions),
            followUp: followUp)
    }
}
