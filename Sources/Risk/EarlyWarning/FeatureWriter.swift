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

    /// The feature row of episode `e` of year index `k`, packed in 64 bits (see `write(key:into:)`):
    /// equal keys are equal rows and equal rows have equal keys.
    ///
    /// Bit `feature.column` holds each 0/1 feature, bits 24–26 `extraedad_anios` (0…5) and bits
    /// 32–63 the `Float` bits of `tasa_desercion_institucion_anterior`.
    func key(episode e: Int, yearIndex k: Int, conditions: RuleCondition) -> UInt64 {
        let r = Int(episodeRecord[e])
        let flags = RecordFlags(rawValue: recordFlags[r])
        var key: UInt64 = 0
        func set(_ feature: WarningFeature, _ value: Bool) {
            if value { key |= 1 << UInt64(feature.column) }
        }
        let overAge = overAgeYears[e]
        if overAge == Int8.min {
            set(.edadDesconocida, true)
        } else {
            key |= UInt64(min(5, max(0, overAge))) << Self.overAgeShift
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
            let rate = history.rate(institution: episodeInstitution[e], yearIndex: k - 1)
            key |= UInt64(rate.bitPattern) << Self.rateShift
        } else {
            set(.anioAnteriorDesconocido, true)
        }
        return key
    }

    /// Writes the feature values of episode `e` of year index `k` into `row` (column order).
    func write(episode e: Int, yearIndex k: Int, conditions: RuleCondition, into row: UnsafeMutableBufferPointer<Float>) {
        Self.write(key: key(episode: e, yearIndex: k, conditions: conditions), into: row)
    }

    /// Writes the feature row packed in `key` (see `key(episode:yearIndex:conditions:)`) into `row`.
    static func write(key: UInt64, into row: UnsafeMutableBufferPointer<Float>) {
        precondition(row.count == featureCount, "one value per feature")
        assert(featureCount <= overAgeShift, "every 0/1 feature needs its own bit below extraedad_anios")
        for column in 0..<featureCount {  // every 0/1 feature; the two others are overwritten below
            row[column] = key & (1 << UInt64(column)) != 0 ? 1 : 0
        }
        row[WarningFeature.extraedadAnios.column] = Float((key >> overAgeShift) & 0b111)
        row[WarningFeature.tasaDesercionInstitucionAnterior.column] =
            Float(bitPattern: UInt32(truncatingIfNeeded: key >> rateShift))
    }

    /// Number of features (columns).
    static let featureCount = WarningFeature.allCases.count
    /// Where `extraedad_anios` sits in a key (above every 0/1 feature's bit).
    private static let overAgeShift = 24
    /// Where the institution's rate sits in a key.
    private static let rateShift = 32
}
