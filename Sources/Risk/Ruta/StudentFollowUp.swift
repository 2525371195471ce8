import Indicators

/// `seguimiento_estudiantes.csv` (SPEC §12.2): what became of the students the early warning would have
/// put at `ALTO` in the base year b, in the accompanied schools and in the others.
///
/// The `ALTO` students of b are chosen as §7's validation would: the model is fitted on the years before b
/// whose outcome is known (those whose next year is loaded) and scores the students of b; the top 10 % of
/// the territory are `ALTO` (`RiskLevel.levels`). When those years are missing or hold fewer than
/// `EarlyWarning.minimumTrainingPositives` dropouts, the rule score ranks the students instead and
/// `metodo` says `regla`. A student's group is the school of the final episode of b. For each loaded
/// year t > b, every student is in one `FollowUpState`. Counts only: no student appears in the table.
///
/// See `Guides/Balance.md`.
public enum StudentFollowUp {
    /// The rows of every base year of `ruta`, sorted by `anio_base`, `anio`, then group (`acompanadas`
    /// first). `models` may hold a model already fitted on the known years before a base year (keyed by
    /// that base year), which is then not fitted again.
    public static func rows(context: IndicatorContext, dataset: WarningDataset, ruta: [RutaInputRow],
                            models: [Int: LogisticModel] = [:]) -> [FollowUpRow] {
        var rows: [FollowUpRow] = []
        for b in Set(ruta.map(\.baseYear)).sorted() {
            guard let chosen = highRisk(dataset: dataset, baseYear: b, model: models[b]) else { continue }
            let accompanied = Set(ruta.filter { $0.baseYear == b && $0.isAccompanied }.map(\.institution))
            rows += counts(context: context, highRiskEpisodes: chosen.episodes, accompanied: accompanied,
                           baseYear: b, scorer: chosen.scorer)
        }
        return rows
    }

    /// The final episodes of b of the students at `ALTO` in b, and the scorer that ranked them (`modelo`
    /// or `regla`); nil when b has no early-warning rows.
    ///
    /// - Complexity: one logistic fit over the distinct training rows (unless `model` is given), then
    ///   O(rows of b × features).
    public static func highRisk(dataset: WarningDataset, baseYear b: Int, model: LogisticModel? = nil)
        -> (episodes: [Int], scorer: String)?
    {
        guard let scored = dataset.rows(ofYear: b) else { return nil }
        let training = dataset.years.filter { $0.year < b && $0.hasKnownOutcome }
        let positives = training.map(\.positives).reduce(0, +)
        var scores = scored.ruleScores
        var scorer = ValidationReport.Scorer.rule.rawValue
        if let model {
            scores = dataset.probabilities(of: scored, under: model)
            scorer = ValidationReport.Scorer.model.rawValue
        } else if !training.isEmpty, positives >= EarlyWarning.minimumTrainingPositives {
            var set = TrainingSet(writer: dataset.writer)
            for year in training { set.append(year, of: dataset) }
            let fitted = LogisticRegression.fit(set.rows, lambda: EarlyWarning.penalty)
            scores = dataset.probabilities(of: scored, under: fitted)
            scorer = ValidationReport.Scorer.model.rawValue
        }
        let levels = RiskLevel.levels(for: scores)
        let episodes = levels.indices.filter { levels[$0] == .alto }.map { Int(scored.episodes[$0]) }
        return (episodes, scorer)
    }

    /// The rows of base year b for the given students (their final episodes of b), split by whether that
    /// episode's school is in `accompanied`: one row per loaded year t > b and group.
    ///
    /// - Complexity: O(students × their episodes after b).
    public static func counts(context: IndicatorContext, highRiskEpisodes: [Int], accompanied: Set<String>,
                              baseYear b: Int, scorer: String) -> [FollowUpRow] {
        let episodes = context.linked.episodes
        let later = context.years.filter { $0 > b }
        let isAccompanied = highRiskEpisodes.map { accompanied.contains(context.institutions[Int(episodes.institution[$0])].code) }
        var rows: [FollowUpRow] = []
        for t in later {
            for group in [FollowUpRow.accompaniedGroup, FollowUpRow.otherGroup] {
                let members = isAccompanied.count { $0 == (group == FollowUpRow.accompaniedGroup) }
                rows.append(FollowUpRow(baseYear: b, year: t, group: group, students: members, scorer: scorer))
            }
        }
        guard !later.isEmpty else { return [] }
        for (k, start) in highRiskEpisodes.enumerated() {
            let offset = isAccompanied[k] ? 0 : 1
            for (j, state) in states(of: start, years: later, episodes: episodes).enumerated() {
                rows[2 * j + offset].add(state)
            }
        }
        return rows
    }

    /// The state in each of `years` (ascending, all after the episode's year) of the student whose final
    /// episode of b is `start`, walking the student's later episodes (contiguous, by year).
    static func states(of start: Int, years: [Int], episodes: EpisodeTable) -> [FollowUpState] {
        let student = episodes.student[start]
        let graduate = EpisodeTraits.graduate.rawValue, final = EpisodeTraits.final.rawValue
        var graduated = episodes.traits[start] & graduate != 0
        var lastFinal = start
        var e = start + 1
        return years.map { t in
            while e < episodes.count, episodes.student[e] == student, Int(episodes.year[e]) <= t {
                if episodes.traits[e] & graduate != 0 { graduated = true }
                if episodes.traits[e] & final != 0 { lastFinal = e }
                e += 1
            }
            return state(lastFinal: lastFinal, year: t, graduated: graduated, episodes: episodes)
        }
    }

    /// The state in year t of a student last seen in final episode `lastFinal` (of year s ≤ t).
    static func state(lastFinal e: Int, year t: Int, graduated: Bool, episodes: EpisodeTable) -> FollowUpState {
        if graduated { return .graduated }
        switch episodes.episodeClass[e] {
        case EpisodeClass.traslado.rawValue: return .transferred
        case EpisodeClass.desercion.rawValue: return .droppedOut
        default:
            if Int(episodes.year[e]) == t { return .enrolled }
            // Absent in t: a dropout when s + 1 is loaded and the student is not in it (SPEC §4).
            return episodes.traits[e] & EpisodeTraits.interannualDropout.rawValue != 0 ? .droppedOut : .untraced
        }
    }

    /// `seguimiento_estudiantes`: `anio_base, anio, grupo, estudiantes, matriculados, graduados,
    /// trasladados, desertores, sin_rastro, metodo`.
    public static func table(_ rows: [FollowUpRow]) -> ResultTable {
        func counts(_ value: (FollowUpRow) -> Int) -> ResultColumn.Values { .integers(rows.map { Int64(value($0)) }) }
        return ResultTable(name: tableName, columns: [
            ResultColumn("anio_base", .integers(rows.map { Int64($0.baseYear) })),
            ResultColumn("anio", .integers(rows.map { Int64($0.year) })),
            ResultColumn("grupo", .texts(rows.map(\.group))),
            ResultColumn("estudiantes", counts(\.students)),
            ResultColumn("matriculados", counts(\.enrolled)),
            ResultColumn("graduados", counts(\.graduated)),
            ResultColumn("trasladados", counts(\.transferred)),
            ResultColumn("desertores", counts(\.droppedOut)),
            ResultColumn("sin_rastro", counts(\.untraced)),
            ResultColumn("metodo", .texts(rows.map(\.scorer))),
        ])
    }

    /// The table's file stem.
    public static let tableName = "seguimiento_estudiantes"
}
