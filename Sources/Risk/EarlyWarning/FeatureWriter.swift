import Indicators

/// Computes the rule conditions, outcome and feature values of one final episode (SPEC §7).
///
/// Holds the episode and record columns it reads as its own `let` arrays, so that a row costs
/// no reference counting. The t−1 facts (failed, transfer) arrive as rule conditions found by the
/// extraction pass; everything else comes from the episode, its last record and the institution's
/// dropout rate of t−1.
struct FeatureWriter: Sendable {
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

    /// The conditions known from year t itself: over-age, repeater (reported or observed), re-entry.
    func yearConditions(episode e: Int) -> RuleCondition {
        let r = Int(episodeRecord[e])
        let traits = EpisodeTraits(rawValue: episodeTraits[e])
        var conditions = RuleCondition()
        if traits.contains(.overAge) { conditions.insert(.overAge) }
        if RecordFlags(rawValue: recordFlags[r]).contains(.repeater) || traits.contains(.observedRepeater) {
            conditions.insert(.repeater)
        }
        if traits.contains(.reentry) || prevCondition[r] == 3 { conditions.insert(.reentry) }
        return conditions
    }

    /// Whether the episode is a `DESERCION` or an interannual dropout (meaningful when t+1 is loaded).
    func droppedOut(episode e: Int) -> Bool {
        episodeClass[e] == EpisodeClass.desercion.rawValue
            || EpisodeTraits(rawValue: episodeTraits[e]).contains(.interannualDropout)
    }

    /// Writes the feature values of episode `e` of year index `k` into `row` (column order).
    func write(episode e: Int, yearIndex k: Int, conditions: RuleCondition, into row: UnsafeMutableBufferPointer<Float>) {
        let r = Int(episodeRecord[e])
        let flags = RecordFlags(rawValue: recordFlags[r])
        row.update(repeating: 0)
        func set(_ feature: WarningFeature, _ value: Bool) {
            row[feature.column] = value ? 1 : 0
        }
        let overAge = overAgeYears[e]
        if overAge == Int8.min {
            set(.edadDesconocida, true)
        } else {
            row[WarningFeature.extraedadAnios.column] = Float(min(5, max(0, overAge)))
        }
        set(.repitente, conditions.contains(.repeater))
        set(.reproboAnioAnterior, conditions.contains(.failedPreviousYear))
        set(.reingreso, conditions.contains(.reentry))
        set(.trasladoAnioAnterior, conditions.contains(.transferPreviousYear))
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
            row[WarningFeature.tasaDesercionInstitucionAnterior.column] =
                history.rate(institution: episodeInstitution[e], yearIndex: k - 1)
        } else {
            set(.anioAnteriorDesconocido, true)
        }
    }
}
