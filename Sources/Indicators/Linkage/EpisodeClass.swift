/// The class of an enrollment episode (SPEC §3), exactly one per episode.
public enum EpisodeClass: UInt8, Sendable, CaseIterable {
    /// Transfer out (rule 1).
    case traslado = 0
    /// Intra-year dropout (rule 2, or a dropout result by rule 3a).
    case desercion
    /// Approved (rules 3a, 3b, 3c, 3d).
    case aprobado
    /// Failed (rules 3a, 3c, 3d).
    case reprobado
    /// No result (rule 3e).
    case sinResultado

    /// The name written in tables (`TRASLADO`, `DESERCION`, …).
    public var name: String {
        ["TRASLADO", "DESERCION", "APROBADO", "REPROBADO", "SIN_RESULTADO"][Int(rawValue)]
    }
}

/// The SPEC §3 rule that decided an episode's class.
public enum ClassRule: UInt8, Sendable, CaseIterable {
    /// 1: withdrawn and not final, or a transfer reason.
    case r1 = 0
    /// 2: withdrawn, not a transfer.
    case r2
    /// 3a: the year-end result of the last record.
    case r3a
    /// 3b: status `GRADUADO`.
    case r3b
    /// 3c: `SIT_ACAD_ANO_ANT` of the first record of t+1.
    case r3c
    /// 3d: inferred from the grade of the final episode of t+1.
    case r3d
    /// 3e: nothing decides.
    case r3e

    /// The rule's label (`1`, `2`, `3a`, …).
    public var label: String { ["1", "2", "3a", "3b", "3c", "3d", "3e"][Int(rawValue)] }

    /// A Spanish explanation for the `student` command.
    public var explanation: String {
        switch self {
        case .r1: "retirado y no es su último episodio del año, o el motivo es traslado"
        case .r2: "retirado sin motivo de traslado y sin episodio posterior en el año"
        case .r3a: "resultado de fin de año en su último registro"
        case .r3b: "estado GRADUADO"
        case .r3c: "SIT_ACAD_ANO_ANT de su primer registro del año siguiente"
        case .r3d: "inferido del grado de su episodio final del año siguiente"
        case .r3e: "sin información de resultado"
        }
    }
}
