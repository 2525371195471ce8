/// The funnel of one year and indicator: a row of `funnel_parametros` (SPEC §6, §8).
///
/// Report writers draw the control limits from it: p0 ± z·√(p0(1 − p0)/n + τ²) for a rate,
/// M ± z·√(S²/n + τ²) for `promedio_global`.
public struct FunnelParameters: Sendable, Equatable {
    /// `anio`.
    public var year: Int
    /// `indicador`.
    public var indicator: FlaggedIndicator
    /// `referencia`: the territory's rate p0, or its Saber mean M.
    public var reference: Double
    /// `instituciones`: institutions compared (denominator > 0, or at least the minimum `evaluados`).
    public var institutions: Int
    /// `phi`: mean winsorised z²; nil when τ² was not estimated.
    public var phi: Double?
    /// `tau2`: the between-institution variance τ² (0 when not estimated).
    public var tau2: Double
    /// For `promedio_global`, the territory's standard deviation S over examinees; nil for rates.
    public var standardDeviation: Double?

    /// Creates the parameters of one funnel.
    public init(year: Int, indicator: FlaggedIndicator, reference: Double, institutions: Int, phi: Double?,
                tau2: Double, standardDeviation: Double? = nil) {
        self.year = year
        self.indicator = indicator
        self.reference = reference
        self.institutions = institutions
        self.phi = phi
        self.tau2 = tau2
        self.standardDeviation = standardDeviation
    }
}
