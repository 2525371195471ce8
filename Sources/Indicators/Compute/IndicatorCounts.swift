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

/// Dense counters for many groups: one vector of 16 `UInt32` lanes per group, lane k holding
/// `IndicatorCount` k (lane 15 unused), so an episode updates all of a group's counters with one
/// vector addition. Counts never exceed the number of episodes, far below 2³².
///
/// Filled by `IndicatorContext.count(groups:keyColumns:_:)`.
public struct CounterGrid: Sendable {
    /// The counters (shared between copies until one is mutated).
    private var lanes: CounterLanes

    /// Creates zeroed counters for `groups` groups.
    public init(groups: Int) { lanes = CounterLanes(count: groups) }

    /// Number of groups.
    public var groups: Int { lanes.count }

    /// The value of `count` for group `g`.
    public subscript(g: Int, count: IndicatorCount) -> Int64 {
        precondition(g >= 0 && g < lanes.count, "group out of range")
        return Int64(lanes.start[g][count.rawValue])
    }

    /// Calls `body` with every group's counters, group g at position g.
    func withUnsafeLanes<R>(_ body: (UnsafeBufferPointer<SIMD16<UInt32>>) throws -> R) rethrows -> R {
        try withExtendedLifetime(lanes) { try body(UnsafeBufferPointer(start: lanes.start, count: lanes.count)) }
    }

    /// Calls `body` with every group's counters to update, group g at position g.
    mutating func withUnsafeMutableLanes<R>(_ body: (UnsafeMutableBufferPointer<SIMD16<UInt32>>) throws -> R) rethrows -> R {
        if !isKnownUniquelyReferenced(&lanes) { lanes = lanes.copy() }
        return try withExtendedLifetime(lanes) {
            try body(UnsafeMutableBufferPointer(start: lanes.start, count: lanes.count))
        }
    }

    /// An episode's contribution bits as counter increments: lane k is 1 when bit k is set.
    @inline(__always)
    static func increments(_ bits: UInt16) -> SIMD16<UInt32> {
        (SIMD16<UInt32>(repeating: UInt32(bits)) &>> SIMD16<UInt32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15))
            & SIMD16<UInt32>(repeating: 1)
    }
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
