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
    /// Convergence threshold of the feature-gain fits (largest change of a step): their AUCs move
    /// by about 10⁻⁹ from those of fits to `LogisticRegression.tolerance` (10⁻¹⁰), far below the six
    /// printed decimals, for a third fewer passes.
    static let gainTolerance = 1e-7

    /// What the run includes beyond the SPEC's minimum (all on by default; the comparisons of the
    /// guide turn them off).
    public struct Options: Sendable, Equatable {
        /// Use the version-2 features (`FeatureGroup`); off gives the version-1 model.
        public var extendedFeatures: Bool
        /// Move each fitted model's intercept so that its mean prediction on its latest training year
        /// equals that year's observed rate.
        public var recalibration: Bool
        /// Measure each version-2 feature group's validation gain (one more fit per group).
        public var featureGains: Bool

        /// Creates options; the defaults are those of `run`.
        public init(extendedFeatures: Bool = true, recalibration: Bool = true, featureGains: Bool = true) {
            self.extendedFeatures = extendedFeatures
            self.recalibration = recalibration
            self.featureGains = featureGains
        }
    }

    /// Runs the whole early warning on `context`. Deterministic: the same context gives the same
    /// result, bit for bit, and the same records in another file order give the same result.
    ///
    /// The model is validated on `split.evaluationYear` after a fit on `split.trainingYears`, then
    /// refitted on `split.refitYears` to score `split.scoringYear`. Each fit's intercept is then
    /// recalibrated on its latest training year (T−2 for the validation, T−1 for the scoring). When
    /// the data are too few (`DataLimitation`) the model is not fitted: the rule score is validated
    /// alone and ranks the students, who get no probability.
    ///
    /// - Complexity: one pass over the episodes, one key and one table probe per training row, two
    ///   Newton fits over the distinct training rows plus one warm-started fit per feature group,
    ///   O(rows) sorts for metrics and levels.
    /// With a filled Ruta plan (`ruta`, SPEC §12.2), the result also follows the students at `ALTO` in
    /// each base year (`StudentFollowUp`), reusing the validation model when it was fitted on the same
    /// years.
    public static func run(context: IndicatorContext, options: Options = Options(),
                           ruta: [RutaInputRow] = []) -> EarlyWarningResult {
        let dataset = WarningDataset.extract(from: context)
        let split = TemporalSplit(loadedYears: context.years)
        let trainingRows = split.trainingYears.compactMap(dataset.rows(ofYear:))
        let evaluation = split.evaluationYear.flatMap(dataset.rows(ofYear:))
        let limitation = DataLimitation(yearCount: context.years.count, split: split,
                                        trainingPositives: trainingRows.map(\.positives).reduce(0, +))
        let subgroups = evaluation.map { ValidationSubgroup.members(of: $0, context: context) } ?? []
        let excluded = options.extendedFeatures ? [] : FeatureGroup.version2Features.map(\.column)
        var validationModel: LogisticModel?
        var scoringModel: LogisticModel?
        var validation = ValidationOutputs()
        var students: [StudentRisk] = []
        let scored = split.scoringYear.flatMap(dataset.rows(ofYear:))
        if limitation == nil, let evaluation {
            let evaluationKeys = dataset.featureKeys(of: evaluation)
            let fits = fitValidationModel(training: trainingRows, evaluation: evaluation, evaluationKeys: evaluationKeys,
                                          excluded: excluded, options: options, dataset: dataset)
            let (model, fitted, information) = (fits.model, fits.fitted, fits.information)
            validationModel = model
            // The validation of this model and the refit that scores year T are independent: one
            // beside the other (each also splits its own kernels across the cores). Each takes its
            // table of distinct rows, freed when its last fit is done (the refit's before the scoring).
            (validation, (scoringModel, students)) = BothCores.run({
                validate(model, fitted: fitted, information: information, distinct: fits.validationRows.take(),
                         evaluation: evaluation, keys: evaluationKeys, subgroups: subgroups, options: options,
                         dataset: dataset, context: context)
            }, {
                let refitted = LogisticRegression.fit(fits.refitRows.take(), lambda: penalty, start: fitted,
                                                      leavingOut: excluded)
                let scoringModel = options.recalibration
                    ? recalibrated(refitted, on: evaluation, keys: evaluationKeys, of: dataset) : refitted
                let students = scored.map { scored in
                    StudentScoring.byModel(scoringModel, rows: scored, keys: dataset.featureKeys(of: scored),
                                           writer: dataset.writer, context: context)
                } ?? []
                return (scoringModel, students)
            })
        } else if let scored {
            students = StudentScoring.byRule(rows: scored, keys: dataset.featureKeys(of: scored), writer: dataset.writer,
                                             context: context)
        }
        var reports = validation.reports
        if let evaluation {
            reports += ValidationReport.reports(scorer: .rule, scores: evaluation.ruleScores,
                                                labels: evaluation.outcomes, subgroups: subgroups)
        }
        var models: [Int: LogisticModel] = [:]
        if let year = split.evaluationYear, let validationModel { models[year] = validationModel }
        let followUp = ruta.isEmpty ? []
            : StudentFollowUp.rows(context: context, dataset: dataset, ruta: ruta, models: models)
        return EarlyWarningResult(
            split: split, scorer: scoringModel == nil ? .rule : .model, note: limitation?.message,
            reports: reports, calibration: validation.calibration, featureGains: validation.gains,
            evaluation: validation.scores,
            validationModel: validationModel, scoringModel: scoringModel, students: students,
            institutionLevelCounts: RiskLevelCounts.byInstitution(students, institutions: context.institutions),
            followUp: followUp)
    }

    /// The validation model's fit on the training years, and the distinct rows the refit trains on
    /// (the training years and T−1).
    struct ValidationFits: Sendable {
        /// The distinct rows of the training years (for the feature-group fits of the validation).
        let validationRows: Handoff<DistinctRows>
        /// The model fitted on them, and its information matrix.
        let fitted: LogisticModel, information: [Double]?
        /// `fitted`, recalibrated when the options say so.
        let model: LogisticModel
        /// The refit's distinct rows.
        let refitRows: Handoff<DistinctRows>
    }

    /// Counts the rows of the training years by feature key (one table of distinct rows, year after
    /// year: each year's keys are computed once, T−2's also serve its recalibration) and takes their
    /// distinct rows; adds T−1's rows to the same counts and takes the refit's distinct rows; then
    /// fits the validation model. Only distinct rows leave: the per-key counts (16 bytes per distinct
    /// key, tens of millions with many years of a whole country) are freed before the fit, and the
    /// training years' counts give way to the merged ones, so that no counts sit beside the fits,
    /// the validation or the scoring.
    static func fitValidationModel(training trainingRows: [WarningDataset.YearRows], evaluation: WarningDataset.YearRows,
                                   evaluationKeys: [UInt64], excluded: [Int], options: Options,
                                   dataset: WarningDataset) -> ValidationFits {
        let (distinct, refitRows, latestTrainingKeys) = distinctTrainingRows(
            trainingRows, evaluation: evaluation, evaluationKeys: evaluationKeys, dataset: dataset)
        let fit = LogisticRegression.fitting(distinct, lambda: penalty, leavingOut: excluded)
        let model = options.recalibration
            ? recalibrated(fit.model, on: trainingRows.last!, keys: latestTrainingKeys, of: dataset) : fit.model
        return ValidationFits(validationRows: Handoff(distinct), fitted: fit.model, information: fit.information,
                              model: model, refitRows: Handoff(refitRows))
    }

    /// The distinct rows of the training years and those of the training years and T−1, with the
    /// feature keys of the latest training year; the per-key counts die on return.
    private static func distinctTrainingRows(_ trainingRows: [WarningDataset.YearRows], evaluation: WarningDataset.YearRows,
                                             evaluationKeys: [UInt64], dataset: WarningDataset)
        -> (validation: DistinctRows, refit: DistinctRows, latestKeys: [UInt64])
    {
        var training = TrainingSet(writer: dataset.writer)
        var latestKeys: [UInt64] = []
        for rows in trainingRows {
            latestKeys = dataset.featureKeys(of: rows)
            training.append(rows, keys: latestKeys)
        }
        let validation = training.rows
        training.append(evaluation, keys: evaluationKeys)
        return (validation, training.rows, latestKeys)
    }

    /// What the validation of the model on year T−1 yields: its reports (whole population, then
    /// subgroups), calibration, scores and feature-group gains.
    struct ValidationOutputs: Sendable {
        var reports: [ValidationReport] = []
        var calibration: CalibrationSummary?
        var scores: EvaluationScores?
        var gains: [FeatureGain] = []
    }

    /// Validates `model` (`fitted` recalibrated, or itself) on `evaluation`, whose feature keys are
    /// `keys`; with the extended features and their gains, also fits the model without each group,
    /// from `fitted` and its information matrix `information`, on the training rows `distinct`.
    static func validate(_ model: LogisticModel, fitted: LogisticModel, information: [Double]?, distinct: DistinctRows,
                         evaluation: WarningDataset.YearRows, keys evaluationKeys: [UInt64],
                         subgroups: [(name: String, members: [Bool])], options: Options,
                         dataset: WarningDataset, context: IndicatorContext) -> ValidationOutputs {
        var outputs = ValidationOutputs()
        let probabilities = dataset.probabilities(ofKeys: evaluationKeys, under: model)
        let order = ScoreOrder(probabilities)  // one sort for the reports and the calibration
        outputs.reports = ValidationReport.reports(scorer: .model, order: order, labels: evaluation.outcomes,
                                                   subgroups: subgroups)
        outputs.calibration = CalibrationSummary(order: order, labels: evaluation.outcomes)
        outputs.scores = EvaluationScores(year: evaluation.year, students: evaluation.episodes.map {
            context.linked.episodes.student[Int($0)] }, probabilities: probabilities,
            ruleScores: evaluation.ruleScores, outcomes: evaluation.outcomes)
        if options.extendedFeatures && options.featureGains, let full = outputs.reports.first?.auc {
            // From the full fit: a first step with its information matrix (the group's rows and
            // columns zeroed), then plain Newton (on factored rows a pass with the matrix costs
            // about one without), to a looser tolerance: an AUC needs far less than 10⁻¹⁰ on β
            // (see `gainTolerance`), and without the pass that would only confirm a step
            // predicted to be the last (`stopsOnPredictedStep`).
            let reducedModels = FeatureGroup.allCases.map { group in
                LogisticRegression.fitting(
                    distinct, lambda: penalty, start: fitted, reuse: .never,
                    leavingOut: group.features.map(\.column), scaling: fitted.scaling,
                    information: information, tolerance: gainTolerance, stopsOnPredictedStep: true).model
            }
            let reducedLogOdds = dataset.logOdds(ofKeys: evaluationKeys, under: reducedModels)
            let outcomes = evaluation.outcomes
            // One AUC per group, on both cores (each is computed alone: same values in any schedule).
            let aucs = RowChunks.map(rowCount: reducedLogOdds.count, rowsPerChunk: 1) { groups in
                ClassifierMetrics.auc(scores: reducedLogOdds[groups.lowerBound], labels: outcomes)
            }
            for (group, auc) in zip(FeatureGroup.allCases, aucs) {
                outputs.gains.append(FeatureGain(group: group, aucGain: auc.map { full - $0 }))
            }
        }
        return outputs
    }

    /// `model` with its intercept moved so that its mean probability over `rows` (a year with a known
    /// outcome, whose feature keys are `keys`) equals their observed dropout rate.
    static func recalibrated(_ model: LogisticModel, on rows: WarningDataset.YearRows, keys: [UInt64],
                             of dataset: WarningDataset) -> LogisticModel
    {
        model.shiftingIntercept(by: LogisticModel.interceptShift(logOdds: dataset.logOdds(ofKeys: keys, under: model),
                                                                 positives: rows.positives))
    }
}
