import Indicators

/// Computes the rule conditions, outcome and feature values of one final episode (SPEC §7).
///
/// Holds the episode and record columns it reads as its own `let` arrays, so that a row costs
/// no reference counting, and the bits of the `Indicators` option sets it tests as plain integers
/// (fetched once: each access to another module's constant is otherwise a call per row). The t−1
/// facts (failed, transfer) arrive as rule conditions found by the extraction pass; everything else
/// comes from the episode, its last record and the institution's dropout rate of t−1.
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
    /// `EpisodeTraits` bits: over-age, observed repeater, re-entry, interannual dropout.
    private let overAgeTrait, observedRepeaterTrait, reentryTrait, interannualDropoutTrait: UInt16
    /// `RecordFlags` bits: repeater, new, victim, disability, ethnic, migrant.
    private let repeaterFlag, newFlag, victimFlag, disabilityFlag, ethnicFlag, migrantFlag: UInt16
    /// `EpisodeClass.desercion`'s raw value.
    private let dropoutClass: UInt8
    /// The key bit of each grade's level feature (0 for preescolar), indexed by the grade's byte.
    private let levelBits: [UInt64]

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
        overAgeTrait = EpisodeTraits.overAge.rawValue
        observedRepeaterTrait = EpisodeTraits.observedRepeater.rawValue
        reentryTrait = EpisodeTraits.reentry.rawValue
        interannualDropoutTrait = EpisodeTraits.interannualDropout.rawValue
        repeaterFlag = RecordFlags.repeater.rawValue
        newFlag = RecordFlags.new.rawValue
        victimFlag = RecordFlags.victim.rawValue
        disabilityFlag = RecordFlags.disability.rawValue
        ethnicFlag = RecordFlags.ethnic.rawValue
        migrantFlag = RecordFlags.migrant.rawValue
        dropoutClass = EpisodeClass.desercion.rawValue
        levelBits = (0...255).map { byte in
            let feature: WarningFeature? = switch Level(grade: Int8(truncatingIfNeeded: byte)) {
            case .preescolar: nil
            case .primaria: .nivelPrimaria
            case .secundaria: .nivelSecundaria
            case .media: .nivelMedia
            case .adultos: .nivelAdultos
            case .aceleracion: .nivelAceleracion
            }
            return feature.map { 1 << UInt64($0.column) } ?? 0
        }
    }

    /// The conditions known from year t itself: over-age, repeater (reported or observed), re-entry.
    func yearConditions(episode e: Int) -> RuleCondition {
        let r = Int(episodeRecord[e])
        let traits = episodeTraits[e]
        var conditions = RuleCondition()
        if traits & overAgeTrait != 0 { conditions.insert(.overAge) }
        if recordFlags[r] & repeaterFlag != 0 || traits & observedRepeaterTrait != 0 {
            conditions.insert(.repeater)
        }
        if traits & reentryTrait != 0 || prevCondition[r] == 3 { conditions.insert(.reentry) }
        return conditions
    }

    /// Whether the episode is a `DESERCION` or an interannual dropout (meaningful when t+1 is loaded).
    func droppedOut(episode e: Int) -> Bool {
        episodeClass[e] == dropoutClass || episodeTraits[e] & interannualDropoutTrait != 0
    }

    /// The feature row of episode `e` of year index `k`, packed in 64 bits (see `write(key:into:)`):
    /// equal keys are equal rows and equal rows have equal keys.
    ///
    /// Bit `feature.column` holds each 0/1 feature (the level's from `levelBits`), bits 24–26
    /// `extraedad_anios` (0…5) and bits 32–63 the `Float` bits of `tasa_desercion_institucion_anterior`.
    func key(episode e: Int, yearIndex k: Int, conditions: RuleCondition) -> UInt64 {
        let r = Int(episodeRecord[e])
        let flags = recordFlags[r]
        var key: UInt64 = levelBits[Int(UInt8(bitPattern: grade[r]))]
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
        set(.nuevo, flags & newFlag != 0)
        set(.victima, flags & victimFlag != 0)
        set(.discapacidad, flags & disabilityFlag != 0)
        set(.etnia, flags & ethnicFlag != 0)
        set(.migrante, flags & migrantFlag != 0)
        set(.zonaRural, zone[r] == 2)
        set(.jornadaNocturnaFinDeSemana, jornada[r] == 4 || jornada[r] == 5)
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
