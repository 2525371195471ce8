import Indicators

/// Computes the rule conditions, outcome and feature values of one final episode (SPEC §7).
///
/// Holds the episode and record columns it reads as its own `let` arrays, so that a row costs
/// no reference counting, and the bits of the `Indicators` option sets it tests as plain integers
/// (fetched once: each access to another module's constant is otherwise a call per row). The t−1
/// facts (failed, transfer) arrive as rule conditions found by the extraction pass; everything else
/// comes from the episode, its last record and its (institution, level, year) context.
struct FeatureWriter: Sendable {
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
    private let birthDate: [Int32]
    /// The `edad` value of each birth date and year.
    private let ages: AgeTable
    /// Each episode's level index (0…5).
    private let levelSlots: [UInt8]
    /// Each (institution, level, year) its context's position in `contexts` (`ContextTable`).
    private let contextIndex: [UInt32]
    /// The context values, three per context: t−1 institution rate, institution and municipality history.
    let contexts: [Float]
    /// The loaded years.
    private let years: [Int]
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

    init(context: IndicatorContext, history: InstitutionDropoutHistory, pooled: PooledDropoutHistory) {
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
        birthDate = columns.birthDate
        ages = AgeTable(birthDates: columns.birthDate, years: context.years,
                        month: context.linked.parameters.cutoffMonth, day: context.linked.parameters.cutoffDay)
        levelSlots = context.levelSlots
        years = context.years
        let table = ContextTable(context: context, history: history, pooled: pooled)
        contextIndex = table.index
        contexts = table.values
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
    /// equal keys are equal rows and equal rows have equal keys, and the key's order is an order of
    /// the row's content (never of input positions).
    ///
    /// Bit `feature.column` holds each 0/1 feature of the SPEC's list (the level's from `levelBits`),
    /// bit 21 `grado_final`, bit 22 `fecha_nacimiento_desconocida`, bits 24–26 `extraedad_anios`
    /// (0…5), bits 27–31 the grade's code (`GradeCode`), bits 32–37 `edad` and bits 38–63 the
    /// position of the row's (institution, level, year) context in the sorted table of context values
    /// (`ContextTable`: the institution's t−1 rate and the two pooled histories).
    func key(episode e: Int, yearIndex k: Int, conditions: RuleCondition) -> UInt64 {
        let r = Int(episodeRecord[e])
        let flags = recordFlags[r]
        let gradeByte = grade[r]
        var key: UInt64 = levelBits[Int(UInt8(bitPattern: gradeByte))]
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
        if !previousLoaded[k] { set(.anioAnteriorDesconocido, true) }
        if gradeByte == 11 || gradeByte == 13 || gradeByte == 26 { key |= 1 << Self.finalGradeBit }
        key |= UInt64(GradeCode.code(gradeByte)) << Self.gradeShift
        if birthDate[r] == DayNumber.null {
            key |= 1 << Self.birthUnknownBit
        } else {
            key |= UInt64(ages.age(born: birthDate[r], yearIndex: k)) << Self.ageShift
        }
        let level = Int(levelSlots[e]) - 1
        let slot = (Int(episodeInstitution[e]) * PooledDropoutHistory.levelCount + level) * years.count + k
        key |= UInt64(contextIndex[slot]) << Self.contextShift
        return key
    }

    /// Writes the feature values of episode `e` of year index `k` into `row` (column order).
    func write(episode e: Int, yearIndex k: Int, conditions: RuleCondition, into row: UnsafeMutableBufferPointer<Float>) {
        write(key: key(episode: e, yearIndex: k, conditions: conditions), into: row)
    }

    /// Writes the feature row packed in `key` (see `key(episode:yearIndex:conditions:)`) into `row`.
    func write(key: UInt64, into row: UnsafeMutableBufferPointer<Float>) {
        precondition(row.count == Self.featureCount, "one value per feature")
        for column in 0..<Self.listedCount {  // every 0/1 feature of the list; the two others are overwritten below
            row[column] = key & (1 << UInt64(column)) != 0 ? 1 : 0
        }
        row[WarningFeature.extraedadAnios.column] = Float((key >> Self.overAgeShift) & 0b111)
        let context = Int(key >> Self.contextShift) * 3
        row[WarningFeature.tasaDesercionInstitucionAnterior.column] = contexts[context]
        row[WarningFeature.tasaDesercionInstitucionHistorica.column] = contexts[context + 1]
        row[WarningFeature.tasaDesercionMunicipioHistorica.column] = contexts[context + 2]
        row[WarningFeature.grado.column] = GradeCode.value(Int((key >> Self.gradeShift) & 0b11111))
        row[WarningFeature.gradoFinal.column] = key & (1 << Self.finalGradeBit) != 0 ? 1 : 0
        row[WarningFeature.edad.column] = Float((key >> Self.ageShift) & 0b111111)
        row[WarningFeature.fechaNacimientoDesconocida.column] = key & (1 << Self.birthUnknownBit) != 0 ? 1 : 0
    }

    /// Number of features (columns).
    static let featureCount = WarningFeature.allCases.count
    /// Columns of the SPEC's list (`anio_anterior_desconocido` is the last).
    static let listedCount = WarningFeature.anioAnteriorDesconocido.column + 1
    /// Where the version-2 0/1 features sit in a key.
    static let finalGradeBit: UInt64 = 21, birthUnknownBit: UInt64 = 22
    /// Where `extraedad_anios` sits in a key (above every 0/1 feature's bit).
    static let overAgeShift: UInt64 = 24
    /// Where the grade's code sits in a key.
    static let gradeShift: UInt64 = 27
    /// Where `edad` sits in a key, and its largest value.
    static let ageShift: UInt64 = 32
    static let maximumAge = 40
    /// Where the context's position sits in a key (26 bits: up to 67 million contexts).
    static let contextShift: UInt64 = 38
}
