import Indicators

/// Everything the early warning produces (SPEC §7–§8): validation, scored students and counts.
public struct EarlyWarningResult: Sendable {
    /// The years used to validate and to score.
    public let split: TemporalSplit
    /// Which score ranks the students: `.model`, or `.rule` when the data are too few.
    public let scorer: ValidationReport.Scorer
    /// Why the model was not used (Spanish, for the reports), `nil` when it was.
    public let note: String?
    /// The validation reports: the model's (when fitted) then the rule score's, each `TODOS` first.
    public let reports: [ValidationReport]
    /// The model's calibration on the validation year, when the model was fitted.
    public let calibration: CalibrationSummary?
    /// The validation gain of each version-2 feature group, when the model was fitted.
    public let featureGains: [FeatureGain]
    /// The validation year's scores row by row, when the model was fitted.
    public let evaluation: EvaluationScores?
    /// The model fitted on `split.trainingYears` and validated on `split.evaluationYear`.
    public let validationModel: LogisticModel?
    /// The model refitted on `split.refitYears` that scored the students.
    public let scoringModel: LogisticModel?
    /// The students of `split.scoringYear`, in row order (student key id order).
    public let students: [StudentRisk]

    /// `modelo_validacion` (SPEC §8): columns `scorer, subgrupo, metrica, valor`.
    ///
    /// Row order: scorer (`modelo`, then `regla`), then subgroup (`TODOS`, then the others in byte
    /// order, `discapacidad=NO` … `zona=URBANA`), then metric in SPEC §8 order (`n`, `positivos`,
    /// `auc`, …, `calibracion_decil_10`). `valor` is empty when the metric is undefined (see
    /// `ValidationReport`). No `modelo` rows when the model was not fitted; no rows at all when no
    /// year can be validated.
    ///
    /// After those rows (so that they keep their places), the version-2 rows of the model, subgroup
    /// `TODOS`: `media_prediccion` (mean predicted probability), `prediccion_decil_1`…`_10` (mean
    /// predicted probability per decile, beside `calibracion_decil_d`) and `ganancia_auc_<grupo>` for
    /// each `FeatureGroup` in declaration order (AUC with all features − AUC without the group).
    public var validationTable: ResultTable {
        var scorers: [String?] = [], subgroups: [String?] = [], metrics: [String?] = [], values: [Double?] = []
        func append(_ scorer: String, _ subgroup: String, _ metric: String, _ value: Double?) {
            scorers.append(scorer)
            subgroups.append(subgroup)
            metrics.append(metric)
            values.append(value)
        }
        for report in reports {
            for (metric, value) in report.metricRows() {
                append(report.scorer.rawValue, report.subgroup, metric, value)
            }
        }
        let model = ValidationReport.Scorer.model.rawValue, all = ValidationReport.allStudents
        if let calibration {
            append(model, all, "media_prediccion", calibration.meanPrediction)
            for (d, value) in calibration.predictedByDecile.enumerated() {
                append(model, all, "prediccion_decil_\(d + 1)", value)
            }
        }
        for gain in featureGains {
            append(model, all, "ganancia_auc_\(gain.group.rawValue)", gain.aucGain)
        }
        return ResultTable(name: "modelo_validacion", columns: [
            ResultColumn("scorer", .texts(scorers)), ResultColumn("subgrupo", .texts(subgroups)),
            ResultColumn("metrica", .texts(metrics)), ResultColumn("valor", .decimals(values)),
        ])
    }

    /// Students per level at each institution of the scored year (code → counts), for
    /// `indicadores_institucion`.
    public let institutionLevelCounts: [String: RiskLevelCounts]

    /// `seguimiento_estudiantes` rows (SPEC §12.2); empty without a `ruta` input.
    public var followUp: [FollowUpRow] = []
}

/// How many students of one institution fall in each risk level.
public struct RiskLevelCounts: Sendable, Equatable {
    /// `ALTO` students.
    public var alto = 0
    /// `MEDIO` students.
    public var medio = 0
    /// `BAJO` students.
    public var bajo = 0

    /// Creates counts.
    public init(alto: Int = 0, medio: Int = 0, bajo: Int = 0) {
        self.alto = alto
        self.medio = medio
        self.bajo = bajo
    }

    /// Counts one more student of `level`.
    mutating func add(_ level: RiskLevel) {
        switch level {
        case .alto: alto += 1
        case .medio: medio += 1
        case .bajo: bajo += 1
        }
    }
}

extension RiskLevelCounts {
    /// Counts `students` per institution, naming institutions by their codes in `institutions`
    /// (indexed by institution id); institutions without scored students are absent.
    static func byInstitution(_ students: [StudentRisk], institutions: [InstitutionInfo]) -> [String: RiskLevelCounts] {
        var byId = [RiskLevelCounts?](repeating: nil, count: institutions.count)
        for student in students {
            let id = Int(student.institution)
            var counts = byId[id] ?? RiskLevelCounts()
            counts.add(student.level)
            byId[id] = counts
        }
        var counts: [String: RiskLevelCounts] = [:]
        for (id, value) in byId.enumerated() {
            if let value { counts[institutions[id].code] = value }
        }
        return counts
    }
}
