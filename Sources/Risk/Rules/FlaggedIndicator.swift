/// An indicator the risk flags look at (SPEC §6), in the order flags and funnel rows are listed.
public enum FlaggedIndicator: String, CaseIterable, Sendable, Comparable {
    /// `desertores / base`.
    case intraYearDropout = "tasa_desercion_intraanual"
    /// `reprobados / base`.
    case failure = "tasa_reprobacion"
    /// `repitentes / matricula`.
    case repetition = "tasa_repitencia"
    /// `extraedad / edad_conocida`.
    case overAge = "tasa_extraedad"
    /// `desertores_interanuales / elegibles_interanual` (only in years whose t+1 is loaded).
    case interannualDropout = "tasa_desercion_interanual"
    /// Saber 11 `promedio_global`.
    case saberGlobal = "promedio_global"

    /// The rates tested for statistical excess, in order.
    public static let rates: [FlaggedIndicator] = [
        .intraYearDropout, .failure, .repetition, .overAge, .interannualDropout,
    ]

    /// The count column that is the rate's numerator (nil for `promedio_global`).
    public var numeratorColumn: String? {
        switch self {
        case .intraYearDropout: "desertores"
        case .failure: "reprobados"
        case .repetition: "repitentes"
        case .overAge: "extraedad"
        case .interannualDropout: "desertores_interanuales"
        case .saberGlobal: nil
        }
    }

    /// The count column that is the rate's denominator (`evaluados` for `promedio_global`).
    public var denominatorColumn: String {
        switch self {
        case .intraYearDropout, .failure: "base"
        case .repetition: "matricula"
        case .overAge: "edad_conocida"
        case .interannualDropout: "elegibles_interanual"
        case .saberGlobal: "evaluados"
        }
    }

    /// Position in `allCases`.
    private var order: Int { Self.allCases.firstIndex(of: self)! }

    /// Listing order: the SPEC §6 order of the rates, then `promedio_global`.
    public static func < (a: FlaggedIndicator, b: FlaggedIndicator) -> Bool { a.order < b.order }
}

/// The rule that raised a flag (`regla`), in listing order.
public enum FlagRule: String, CaseIterable, Sendable, Comparable {
    /// Statistical excess over the territory's rate (funnel plot).
    case excess = "EXCESO"
    /// Intra-year dropout rising three years in a row and above the territory's.
    case risingTrend = "TENDENCIA"
    /// Saber 11 global mean significantly below the territory's.
    case lowSaber = "SABER11_BAJO"

    /// Position in `allCases`.
    private var order: Int { Self.allCases.firstIndex(of: self)! }

    /// Listing order: `EXCESO`, `TENDENCIA`, `SABER11_BAJO`.
    public static func < (a: FlagRule, b: FlagRule) -> Bool { a.order < b.order }
}
