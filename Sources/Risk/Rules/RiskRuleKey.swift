/// One setting of a rules file (`clave = valor`), its type, allowed range and the field it sets.
public enum RiskRuleKey: String, CaseIterable, Sendable {
    /// `RiskRules.highPValue`.
    case highPValue = "p_alta"
    /// `RiskRules.mediumPValue`.
    case mediumPValue = "p_media"
    /// `RiskRules.saberHighZ`.
    case saberHighZ = "z_saber_alta"
    /// `RiskRules.saberMediumZ`.
    case saberMediumZ = "z_saber_media"
    /// `RiskRules.minimumInstitutionsForTau2`.
    case minimumInstitutionsForTau2 = "min_instituciones_tau2"
    /// `RiskRules.minimumExaminees`.
    case minimumExaminees = "min_evaluados_saber"
    /// `RiskRules.highWeight`.
    case highWeight = "peso_alta"
    /// `RiskRules.mediumWeight`.
    case mediumWeight = "peso_media"
    /// `RiskRules.inSituScore`.
    case inSituScore = "puntaje_in_situ"
    /// `RiskRules.padrinoCount`.
    case padrinoCount = "padrinos"
    /// `RiskRules.padrinoSizeLower`.
    case padrinoSizeLower = "padrino_tamano_min"
    /// `RiskRules.padrinoSizeUpper`.
    case padrinoSizeUpper = "padrino_tamano_max"

    /// Whether the value must be a whole number.
    public var isInteger: Bool {
        switch self {
        case .highPValue, .mediumPValue, .saberHighZ, .saberMediumZ, .padrinoSizeLower, .padrinoSizeUpper: false
        case .minimumInstitutionsForTau2, .minimumExaminees, .highWeight, .mediumWeight, .inSituScore,
             .padrinoCount: true
        }
    }

    /// The values the key accepts.
    public var range: RuleValueRange {
        switch self {
        case .highPValue, .mediumPValue: RuleValueRange(0, 1, includesLower: false, includesUpper: false)
        case .saberHighZ, .saberMediumZ: RuleValueRange(-10, 0, includesLower: true, includesUpper: false)
        // `Overdispersion` never estimates τ² from fewer units than its own minimum (10).
        case .minimumInstitutionsForTau2: RuleValueRange(Double(Overdispersion.minimumInstitutions), 100_000)
        case .minimumExaminees: RuleValueRange(1, 100_000)
        case .highWeight, .mediumWeight: RuleValueRange(0, 100)
        case .inSituScore: RuleValueRange(1, 10_000)
        case .padrinoCount: RuleValueRange(0, 10)
        case .padrinoSizeLower: RuleValueRange(0, 1, includesLower: false, includesUpper: true)
        case .padrinoSizeUpper: RuleValueRange(1, 100)
        }
    }

    /// Stores `value` (already checked against `range`) in `rules`.
    func apply(_ value: Double, to rules: inout RiskRules) {
        switch self {
        case .highPValue: rules.highPValue = value
        case .mediumPValue: rules.mediumPValue = value
        case .saberHighZ: rules.saberHighZ = value
        case .saberMediumZ: rules.saberMediumZ = value
        case .minimumInstitutionsForTau2: rules.minimumInstitutionsForTau2 = Int(value)
        case .minimumExaminees: rules.minimumExaminees = Int(value)
        case .highWeight: rules.highWeight = Int(value)
        case .mediumWeight: rules.mediumWeight = Int(value)
        case .inSituScore: rules.inSituScore = Int(value)
        case .padrinoCount: rules.padrinoCount = Int(value)
        case .padrinoSizeLower: rules.padrinoSizeLower = value
        case .padrinoSizeUpper: rules.padrinoSizeUpper = value
        }
    }
}

/// An interval of accepted values, each end open or closed.
public struct RuleValueRange: Sendable, Equatable {
    /// Lower end.
    public var lower: Double
    /// Upper end.
    public var upper: Double
    /// Whether `lower` itself is accepted.
    public var includesLower: Bool
    /// Whether `upper` itself is accepted.
    public var includesUpper: Bool

    /// Creates a range, closed at both ends unless told otherwise.
    public init(_ lower: Double, _ upper: Double, includesLower: Bool = true, includesUpper: Bool = true) {
        self.lower = lower
        self.upper = upper
        self.includesLower = includesLower
        self.includesUpper = includesUpper
    }

    /// Whether `value` is in the range.
    public func contains(_ value: Double) -> Bool {
        (includesLower ? value >= lower : value > lower) && (includesUpper ? value <= upper : value < upper)
    }

    /// The range in Spanish, e.g. `mayor que 0 y menor que 1`, `entre 2 y 100000`.
    public var spanishDescription: String {
        let low = RuleValueRange.format(lower), high = RuleValueRange.format(upper)
        if includesLower && includesUpper { return "entre \(low) y \(high)" }
        return (includesLower ? "mayor o igual que \(low)" : "mayor que \(low)")
            + (includesUpper ? " y menor o igual que \(high)" : " y menor que \(high)")
    }

    /// A bound without a needless `.0`.
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
