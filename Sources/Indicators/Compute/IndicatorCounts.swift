/// The counts behind every indicator of SPEC §4, in `counts` order.
public enum IndicatorCount: Int, CaseIterable, Sendable {
    /// `matricula`: number of episodes.
    case matricula
    /// `estudiantes`: distinct students.
    case estudiantes
    /// `traslados`: episodes of class TRASLADO.
    case traslados
    /// `desertores`: episodes of class DESERCION.
    case desertores
    /// `aprobados`: episodes of class APROBADO.
    case aprobados
    /// `reprobados`: episodes of class REPROBADO.
    case reprobados
    /// `sin_resultado`: episodes of class SIN_RESULTADO.
    case sinResultado
    /// `resultados_inferidos`: episodes classed by rule 3d.
    case inferidos
    /// `repitentes`: episodes with `REPITENTE` = yes.
    case repitentes
    /// `con_historia`: episodes whose student has a record in t−1.
    case conHistoria
    /// `repitentes_observados`: of those, same grade as the t−1 final episode.
    case repitentesObservados
    /// `edad_conocida`: birth date known and a grade with a theoretical age.
    case edadConocida
    /// `extraedad`: of those, age − theoretical age ≥ the threshold.
    case extraedad
    /// `elegibles_interanual`: final episodes APROBADO/REPROBADO/SIN_RESULTADO, not graduate nor censored.
    case elegibles
    /// `desertores_interanuales`: of those, no record at all in t+1.
    case desertoresInteranuales
}

/// Dense counters for many groups: `IndicatorCount.allCases.count` Int64 per group.
///
/// Filled by `IndicatorContext.count(groups:keyColumns:_:)`.
public struct CounterGrid: Sendable {
    /// Counters per group.
    public static let width = IndicatorCount.allCases.count
    /// Flat storage: group g's counters at `g * width ..< (g + 1) * width`.
    public private(set) var values: [Int64]

    /// Creates zeroed counters for `groups` groups.
    public init(groups: Int) { values = [Int64](repeating: 0, count: groups * CounterGrid.width) }

    /// Counters from their flat storage (`groups × width` values).
    init(values: [Int64]) { self.values = values }

    /// Number of groups.
    public var groups: Int { values.count / CounterGrid.width }

    /// The value of `count` for group `g`.
    public subscript(g: Int, count: IndicatorCount) -> Int64 { values[g * CounterGrid.width + count.rawValue] }
}

/// The counters one episode increments, as a bit set over `IndicatorCount` raw values.
public struct EpisodeContribution: Sendable {
    /// Bit k set: increment counter k.
    public var bits: UInt16

    /// The contribution of an episode: `matricula`, its class, and each trait it has.
    public init(episodeClass: UInt8, rule: UInt8, traits: UInt16, recordFlags: UInt16) {
        bits = 0
        insert(.matricula)
        switch EpisodeClass(rawValue: episodeClass)! {
        case .traslado: insert(.traslados)
        case .desercion: insert(.desertores)
        case .aprobado: insert(.aprobados)
        case .reprobado: insert(.reprobados)
        case .sinResultado: insert(.sinResultado)
        }
        if rule == ClassRule.r3d.rawValue { insert(.inferidos) }
        if RecordFlags(rawValue: recordFlags).contains(.repeater) { insert(.repitentes) }
        let traits = EpisodeTraits(rawValue: traits)
        if traits.contains(.withHistory) { insert(.conHistoria) }
        if traits.contains(.observedRepeater) { insert(.repitentesObservados) }
        if traits.contains(.ageKnown) { insert(.edadConocida) }
        if traits.contains(.overAge) { insert(.extraedad) }
        if traits.contains(.eligibleInterannual) { insert(.elegibles) }
        if traits.contains(.interannualDropout) { insert(.desertoresInteranuales) }
    }

    private mutating func insert(_ field: IndicatorCount) { bits |= 1 << UInt16(field.rawValue) }
}
