import Indicators

/// Chooses an institution's `indicador_principal` among its flags of one year (SPEC §12.1).
///
/// Each flag gets a p-value: `EXCESO` its `estadistico`; `TENDENCIA` 0.025; `SABER11_BAJO`
/// Φ(z) with z its `estadistico`. The flag with the smallest p wins; ties go to the earlier indicator
/// in SPEC §6's order (`tasa_desercion_intraanual`, `tasa_reprobacion`, `tasa_repitencia`,
/// `tasa_extraedad`, `tasa_desercion_interanual`, `promedio_global`), then to the earlier rule
/// (`EXCESO`, `TENDENCIA`, `SABER11_BAJO`).
public enum PrincipalIndicator {
    /// The p-value of `flag` used for the choice.
    public static func pValue(of flag: InstitutionFlag) -> Double {
        switch flag.rule {
        case .excess: flag.statistic ?? 1
        case .risingTrend: 0.025
        case .lowSaber: Normal.cdf(flag.statistic ?? 0)
        }
    }

    /// The principal flag among `flags` (of one institution and year), nil when there are none.
    public static func choose(among flags: [InstitutionFlag]) -> InstitutionFlag? {
        flags.min { a, b in
            let pa = pValue(of: a), pb = pValue(of: b)
            if pa != pb { return pa < pb }
            if a.indicator != b.indicator { return a.indicator < b.indicator }
            return a.rule < b.rule
        }
    }
}
