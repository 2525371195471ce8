/// Thresholds and weights of the risk flags and the prioritisation (SPEC §6), with the SPEC defaults.
///
/// Load a different set from a `clave = valor` file with `RiskRules.load(path:)` or
/// `RiskRules.parse(_:)`; `RiskRules.keys` lists the accepted keys.
public struct RiskRules: Sendable, Equatable {
    /// `EXCESO` is `ALTA` when p ≤ this (`p_alta`, default 0.001).
    public var highPValue: Double = FunnelTest.altaThreshold
    /// `EXCESO` is `MEDIA` when p ≤ this (`p_media`, default 0.025).
    public var mediumPValue: Double = FunnelTest.mediaThreshold
    /// `SABER11_BAJO` is `ALTA` when z ≤ this (`z_saber_alta`, default −3.09).
    public var saberHighZ: Double = -3.09
    /// `SABER11_BAJO` is `MEDIA` when z ≤ this (`z_saber_media`, default −1.96).
    public var saberMediumZ: Double = -1.96
    /// Institutions needed to estimate the between-school variance τ² (`min_instituciones_tau2`, default 10).
    public var minimumInstitutionsForTau2: Int = 10
    /// Examinees an institution needs to enter `SABER11_BAJO` (`min_evaluados_saber`, default 5).
    public var minimumExaminees: Int = 5
    /// Priority points of each `ALTA` flag (`peso_alta`, default 3).
    public var highWeight: Int = 3
    /// Priority points of each `MEDIA` flag (`peso_media`, default 1).
    public var mediumWeight: Int = 1
    /// A score at least this is `IN_SITU`; from 1 up to it, `GRUPO` (`puntaje_in_situ`, default 6).
    public var inSituScore: Int = 6
    /// Padrinos proposed per prioritised institution (`padrinos`, default 3).
    public var padrinoCount: Int = 3
    /// A padrino's `matricula` is at least this times the institution's (`padrino_tamano_min`, default 0.5).
    public var padrinoSizeLower: Double = 0.5
    /// A padrino's `matricula` is at most this times the institution's (`padrino_tamano_max`, default 2).
    public var padrinoSizeUpper: Double = 2

    /// The SPEC §6 defaults.
    public init() {}

    /// The level of an excess flag with p-value `p`; nil when not significant.
    public func excessLevel(pValue p: Double) -> FlagLevel? {
        if p <= highPValue { return .alta }
        if p <= mediumPValue { return .media }
        return nil
    }

    /// The level of a low-Saber flag with standardised difference `z`; nil when not low enough.
    public func saberLevel(z: Double) -> FlagLevel? {
        if z <= saberHighZ { return .alta }
        if z <= saberMediumZ { return .media }
        return nil
    }

    /// The priority points of `level`.
    public func weight(of level: FlagLevel) -> Int {
        switch level {
        case .alta: highWeight
        case .media: mediumWeight
        }
    }
}
