import Indicators

extension WarningDataset {
    /// Extracts the rows of every loaded year from `context` in one pass over its episodes
    /// (after a counting pass for the institutions' dropout rates and the row counts).
    ///
    /// Episodes come grouped by student and year, so the student's t−1 group is the group just
    /// before, when it has the same student and year t−1: no lookup tables per row. Each row is
    /// written into one reused scratch buffer and appended to its year's `FeatureMatrix`.
    ///
    /// - Complexity: O(episodes × features); memory O(rows × features) as `Float`.
    public static func extract(from context: IndicatorContext) -> WarningDataset {
        let history = InstitutionDropoutHistory(context)
        var years = context.years.enumerated().map { k, year in
            YearRows(year: year, hasKnownOutcome: context.linked.isLoaded(year + 1), reservingRows: history.rowsPerYear[k])
        }
        var extractor = RowExtractor(context: context, history: history)
        let episodes = context.linked.episodes
        var previous = StudentYear.none
        var e = 0
        while e < episodes.count {
            let current = StudentYear(episodes, startingAt: e)
            if current.finalClass != EpisodeClass.traslado.rawValue {
                let follows = previous.student == current.student && previous.year == current.year - 1
                extractor.append(current.finalEpisode, previous: follows ? previous : nil,
                                 to: &years[context.yearIndex(current.year)])
            }
            previous = current
            e = current.end
        }
        return WarningDataset(years: years)
    }
}

/// What the feature of year t needs from one student's group of episodes in a year.
struct StudentYear {
    /// The student key id.
    let student: UInt32
    /// The year.
    let year: Int16
    /// One past the group's last episode.
    let end: Int
    /// The student's final episode of the year.
    let finalEpisode: Int
    /// `EpisodeClass` raw value of the final episode.
    let finalClass: UInt8
    /// Whether any episode of the group is `TRASLADO`.
    let hadTransfer: Bool

    /// A sentinel that follows no group.
    static let none = StudentYear(student: .max, year: .min, end: 0, finalEpisode: 0, finalClass: 0, hadTransfer: false)

    private init(student: UInt32, year: Int16, end: Int, finalEpisode: Int, finalClass: UInt8, hadTransfer: Bool) {
        self.student = student
        self.year = year
        self.end = end
        self.finalEpisode = finalEpisode
        self.finalClass = finalClass
        self.hadTransfer = hadTransfer
    }

    /// The group of episodes that starts at `start`.
    init(_ episodes: EpisodeTable, startingAt start: Int) {
        student = episodes.student[start]
        year = episodes.year[start]
        var e = start
        var final = -1
        var transfer = false
        while e < episodes.count && episodes.student[e] == student && episodes.year[e] == year {
            if EpisodeTraits(rawValue: episodes.traits[e]).contains(.final) { final = e }
            if episodes.episodeClass[e] == EpisodeClass.traslado.rawValue { transfer = true }
            e += 1
        }
        end = e
        finalEpisode = final >= 0 ? final : e - 1
        finalClass = episodes.episodeClass[finalEpisode]
        hadTransfer = transfer
    }
}

/// Fills the feature row, rule conditions and outcome of one final episode.
struct RowExtractor {
    let context: IndicatorContext
    let history: InstitutionDropoutHistory
    /// Whether year t−1 is loaded, per year index.
    private let previousLoaded: [Bool]
    /// One row of feature values, reused.
    private var scratch = [Float](repeating: 0, count: WarningFeature.allCases.count)

    init(context: IndicatorContext, history: InstitutionDropoutHistory) {
        self.context = context
        self.history = history
        previousLoaded = context.years.map { context.linked.isLoaded($0 - 1) }
    }

    /// Appends the row of final episode `e`, with the student's t−1 group when there is one.
    mutating func append(_ e: Int, previous: StudentYear?, to rows: inout WarningDataset.YearRows) {
        let episodes = context.linked.episodes
        let columns = context.store.columns
        let r = Int(episodes.record[e])
        let traits = EpisodeTraits(rawValue: episodes.traits[e])
        let flags = RecordFlags(rawValue: columns.flags[r])
        let k = context.yearIndex(episodes.year[e])
        var conditions = RuleCondition()
        for c in scratch.indices { scratch[c] = 0 }
        func set(_ feature: WarningFeature, _ value: Bool) {
            scratch[feature.column] = value ? 1 : 0
        }

        let overAge = episodes.overAgeYears[e]
        if overAge == Int8.min {
            set(.edadDesconocida, true)
        } else {
            scratch[WarningFeature.extraedadAnios.column] = Float(min(5, max(0, overAge)))
        }
        if traits.contains(.overAge) { conditions.insert(.overAge) }
        let repeater = flags.contains(.repeater) || traits.contains(.observedRepeater)
        let failed = previous?.finalClass == EpisodeClass.reprobado.rawValue
        let reentry = traits.contains(.reentry) || columns.prevCondition[r] == 3
        let transfer = previous?.hadTransfer ?? false
        set(.repitente, repeater)
        set(.reproboAnioAnterior, failed)
        set(.reingreso, reentry)
        set(.trasladoAnioAnterior, transfer)
        if repeater { conditions.insert(.repeater) }
        if failed { conditions.insert(.failedPreviousYear) }
        if reentry { conditions.insert(.reentry) }
        if transfer { conditions.insert(.transferPreviousYear) }

        set(.nuevo, flags.contains(.new))
        set(.victima, flags.contains(.victim))
        set(.discapacidad, flags.contains(.disability))
        set(.etnia, flags.contains(.ethnic))
        set(.migrante, flags.contains(.migrant))
        set(.zonaRural, columns.zone[r] == 2)
        set(.jornadaNocturnaFinDeSemana, columns.jornada[r] == 4 || columns.jornada[r] == 5)
        switch Level(grade: columns.grade[r]) {
        case .preescolar: break
        case .primaria: set(.nivelPrimaria, true)
        case .secundaria: set(.nivelSecundaria, true)
        case .media: set(.nivelMedia, true)
        case .adultos: set(.nivelAdultos, true)
        case .aceleracion: set(.nivelAceleracion, true)
        }
        set(.generoF, columns.gender[r] == 2)
        if previousLoaded[k] {
            scratch[WarningFeature.tasaDesercionInstitucionAnterior.column] =
                history.rate(institution: episodes.institution[e], yearIndex: k - 1)
        } else {
            set(.anioAnteriorDesconocido, true)
        }

        rows.features.appendRow(scratch)
        rows.episodes.append(Int32(e))
        rows.ruleConditions.append(conditions.rawValue)
        rows.outcomes.append(rows.hasKnownOutcome
            && (episodes.episodeClass[e] == EpisodeClass.desercion.rawValue || traits.contains(.interannualDropout)))
    }
}
