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
        let groups = StudentYearScanner(context.linked.episodes)
        var previous = StudentYear.none
        var e = 0
        while e < groups.episodeCount {
            let current = groups.group(startingAt: e)
            if current.finalClass != EpisodeClass.traslado.rawValue {
                let follows = previous.student == current.student && previous.year == current.year - 1
                let k = context.yearIndex(current.year)
                extractor.append(current.finalEpisode, yearIndex: k, previous: follows ? previous : nil, to: &years[k])
            }
            previous = current
            e = current.end
        }
        return WarningDataset(years: years)
    }
}

/// What the features of year t need from one student's group of episodes in a year.
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
}

/// Walks the (student, year) groups of an `EpisodeTable`, holding the columns it reads.
struct StudentYearScanner {
    private let student: [UInt32]
    private let year: [Int16]
    private let episodeClass: [UInt8]
    private let traits: [UInt16]

    init(_ episodes: EpisodeTable) {
        student = episodes.student
        year = episodes.year
        episodeClass = episodes.episodeClass
        traits = episodes.traits
    }

    /// Number of episodes.
    var episodeCount: Int { student.count }

    /// The group of episodes that starts at `start`.
    func group(startingAt start: Int) -> StudentYear {
        let student = student[start], year = year[start]
        var e = start
        var final = -1
        var transfer = false
        while e < self.student.count && self.student[e] == student && self.year[e] == year {
            if EpisodeTraits(rawValue: traits[e]).contains(.final) { final = e }
            if episodeClass[e] == EpisodeClass.traslado.rawValue { transfer = true }
            e += 1
        }
        let finalEpisode = final >= 0 ? final : e - 1
        return StudentYear(student: student, year: year, end: e, finalEpisode: finalEpisode,
                           finalClass: episodeClass[finalEpisode], hadTransfer: transfer)
    }
}

/// Fills the feature row, rule conditions and outcome of one final episode.
///
/// Holds the episode and record columns it reads as its own `let` arrays, so that a row costs
/// no reference counting.
struct RowExtractor {
    private let history: InstitutionDropoutHistory
    private let episodeInstitution: [UInt32]
    private let episodeRecord: [Int32]
    private let episodeClass: [UInt8]
    private let episodeTraits: [UInt16]
    private let overAgeYears: [Int8]
    private let recordFlags: [UInt16]
    private let prevCondition: [Int8]
    private let zone: [UInt8]
    private let jornada: [UInt8]
    private let grade: [Int8]
    private let gender: [UInt8]
    /// Whether year t−1 is loaded, per year index.
    private let previousLoaded: [Bool]
    /// One row of feature values, reused.
    private var scratch = [Float](repeating: 0, count: WarningFeature.allCases.count)

    init(context: IndicatorContext, history: InstitutionDropoutHistory) {
        self.history = history
        let episodes = context.linked.episodes, columns = context.store.columns
        episodeInstitution = episodes.institution
        episodeRecord = episodes.record
        episodeClass = episodes.episodeClass
        episodeTraits = episodes.traits
        overAgeYears = episodes.overAgeYears
        recordFlags = columns.flags
        prevCondition = columns.prevCondition
        zone = columns.zone
        jornada = columns.jornada
        grade = columns.grade
        gender = columns.gender
        previousLoaded = context.years.map { context.linked.isLoaded($0 - 1) }
    }

    /// Appends the row of final episode `e` of year index `k`, with the student's t−1 group when
    /// there is one.
    mutating func append(_ e: Int, yearIndex k: Int, previous: StudentYear?, to rows: inout WarningDataset.YearRows) {
        let r = Int(episodeRecord[e])
        let traits = EpisodeTraits(rawValue: episodeTraits[e])
        let flags = RecordFlags(rawValue: recordFlags[r])
        var conditions = RuleCondition()
        for c in scratch.indices { scratch[c] = 0 }
        func set(_ feature: WarningFeature, _ value: Bool) {
            scratch[feature.column] = value ? 1 : 0
        }

        let overAge = overAgeYears[e]
        if overAge == Int8.min {
            set(.edadDesconocida, true)
        } else {
            scratch[WarningFeature.extraedadAnios.column] = Float(min(5, max(0, overAge)))
        }
        if traits.contains(.overAge) { conditions.insert(.overAge) }
        let repeater = flags.contains(.repeater) || traits.contains(.observedRepeater)
        let failed = previous?.finalClass == EpisodeClass.reprobado.rawValue
        let reentry = traits.contains(.reentry) || prevCondition[r] == 3
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
        set(.zonaRural, zone[r] == 2)
        set(.jornadaNocturnaFinDeSemana, jornada[r] == 4 || jornada[r] == 5)
        switch Level(grade: grade[r]) {
        case .preescolar: break
        case .primaria: set(.nivelPrimaria, true)
        case .secundaria: set(.nivelSecundaria, true)
        case .media: set(.nivelMedia, true)
        case .adultos: set(.nivelAdultos, true)
        case .aceleracion: set(.nivelAceleracion, true)
        }
        set(.generoF, gender[r] == 2)
        if previousLoaded[k] {
            scratch[WarningFeature.tasaDesercionInstitucionAnterior.column] =
                history.rate(institution: episodeInstitution[e], yearIndex: k - 1)
        } else {
            set(.anioAnteriorDesconocido, true)
        }

        rows.features.appendRow(scratch)
        rows.episodes.append(Int32(e))
        rows.ruleConditions.append(conditions.rawValue)
        rows.outcomes.append(rows.hasKnownOutcome
            && (episodeClass[e] == EpisodeClass.desercion.rawValue || traits.contains(.interannualDropout)))
    }
}
