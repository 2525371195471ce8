import Foundation

/// The known mechanism behind every dropout in the sample, so an early-warning model can be checked
/// against it (SPEC §7).
///
/// Each year every enrolled student drops out with probability p = 1 / (1 + e^(−η)), where
///
///     η = −3.40
///         + 0.30 · over-age years (age on 31 March − theoretical age, clamped to 0…5; 0 without one)
///         + 0.45 · repeater (REPITENTE = S this year)
///         + 0.55 · failed last year (SIT_ACAD_ANO_ANT = 2)
///         + 0.35 · rural (ZON_ALU = 2)
///         + 0.40 · victim (POB_VICT_CONF ≠ 9)
///         + 0.90 · night or weekend jornada (4 or 5)
///         + 1.00 · re-entry (back after a year away, CON_ALUM_ANO_ANT = 3)
///         + u, the institution's effect: u ~ N(0, 0.25²), except u = +1.2 for the institutions
///           listed in `SampleManifest.highDropoutInstitutions` (about one in ten, among the larger half).
///
/// By size of effect the features rank: re-entry, night/weekend, failed last year, repeater, victim,
/// rural, then each over-age year (up to +1.5 in all). A dropout happens during the year
/// (`intraYearShare`: a `RETIRADO` row with a dated `FECHA_NOVEDAD`, or in result years sometimes
/// `RESULTADO` = `DESERTOR`) or between years (the student completes the year and is absent the next).
/// Some come back after one absent year (`returnAfterIntraYearDropout`, `returnAfterInterannualDropout`).
/// Disability, ethnicity, migration, gender and stratum have no effect on dropping out.
public enum DropoutModel {
    /// Intercept of the log-odds.
    public static let intercept = -3.40
    /// Log-odds per year over the theoretical age (0…5 years count).
    public static let overAgePerYear = 0.30
    /// Log-odds of a reported repeater.
    public static let repeater = 0.45
    /// Log-odds of having failed the previous year.
    public static let failedLastYear = 0.55
    /// Log-odds of a rural student.
    public static let rural = 0.35
    /// Log-odds of a victim of the armed conflict.
    public static let victim = 0.40
    /// Log-odds of a night or weekend jornada.
    public static let nightOrWeekend = 0.90
    /// Log-odds of a student back after a year away.
    public static let reentry = 1.00
    /// Standard deviation of the ordinary institutions' effects.
    public static let institutionSpread = 0.25
    /// The effect of the clearly worse institutions.
    public static let worseInstitutionEffect = 1.20
    /// Share of dropouts that happen during the year (the rest do not return next year).
    public static let intraYearShare = 0.55
    /// Share of intra-year dropouts who return after one absent year.
    public static let returnAfterIntraYearDropout = 0.20
    /// Share of between-year dropouts who return after one absent year.
    public static let returnAfterInterannualDropout = 0.30

    /// The probability of dropping out in a year, from the features above.
    public static func probability(
        overAgeYears: Int, repeater isRepeater: Bool, failedLastYear hasFailed: Bool, rural isRural: Bool,
        victim isVictim: Bool, nightOrWeekend isNightOrWeekend: Bool, reentry isReentry: Bool,
        institutionEffect: Double
    ) -> Double {
        var eta = intercept + overAgePerYear * Double(min(max(overAgeYears, 0), 5)) + institutionEffect
        if isRepeater { eta += repeater }
        if hasFailed { eta += failedLastYear }
        if isRural { eta += rural }
        if isVictim { eta += victim }
        if isNightOrWeekend { eta += nightOrWeekend }
        if isReentry { eta += reentry }
        return 1 / (1 + exp(-eta))
    }
}
