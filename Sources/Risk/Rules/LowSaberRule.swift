import Indicators

/// `SABER11_BAJO` (SPEC §6): an institution's Saber 11 global mean significantly below the territory's.
///
/// For each year, over the institutions with at least `RiskRules.minimumExaminees` `evaluados` and a
/// `promedio_global` (also institutions absent from the matrícula): m their mean, n their `evaluados`,
/// M and S the `TOTAL` row's mean and standard deviation over examinees; s² = S²/n; τ² as in `EXCESO`
/// step 2 with target M (at least `minimumInstitutionsForTau2` institutions, else 0);
/// z = (m − M)/√(s² + τ²); `ALTA` when z ≤ `saberHighZ`, `MEDIA` when z ≤ `saberMediumZ`.
/// A year whose `TOTAL` row has no mean or no positive S gets no flags and no funnel row.
enum LowSaberRule {
    /// The flags and funnel parameters of every year of `saberTable` (`SaberTable.make`).
    ///
    /// - Complexity: O(rows).
    static func evaluate(_ saberTable: ResultTable, rules: RiskRules)
        -> (flags: [InstitutionFlag], funnels: [FunnelParameters])
    {
        let years = saberTable.integerValues("anio"), codes = saberTable.textValues("institucion")
        let examinees = saberTable.integerValues("evaluados")
        let means = saberTable.numberValues("promedio_global")
        let deviations = saberTable.numberValues("desviacion_global")
        var territory: [Int: (mean: Double, deviation: Double)] = [:]
        var units: [Int: [(code: String, mean: Double, n: Int64)]] = [:]
        for r in 0..<saberTable.rowCount {
            guard let year = years[r].map(Int.init), let code = codes[r], let mean = means[r] else { continue }
            if code == SaberTable.territoryCode {
                if let deviation = deviations[r], deviation > 0 { territory[year] = (mean, deviation) }
            } else if let n = examinees[r], n >= rules.minimumExaminees {
                units[year, default: []].append((code, mean, n))
            }
        }
        var flags: [InstitutionFlag] = []
        var funnels: [FunnelParameters] = []
        for year in territory.keys.sorted() {
            let (reference, deviation) = territory[year]!
            let compared = units[year] ?? []
            let variances = compared.map { deviation * deviation / Double($0.n) }
            var spread: (phi: Double?, tau2: Double) = (nil, 0)
            if compared.count >= rules.minimumInstitutionsForTau2 {
                let z = zip(compared, variances).map { unit, s2 in (unit.mean - reference) / s2.squareRoot() }
                let estimate = Overdispersion.estimate(z: z, variances: variances)
                spread = (estimate.phi, estimate.tau2)
            }
            funnels.append(FunnelParameters(year: year, indicator: .saberGlobal, reference: reference,
                                            institutions: compared.count, phi: spread.phi, tau2: spread.tau2,
                                            standardDeviation: deviation))
            for (unit, s2) in zip(compared, variances) {
                let z = (unit.mean - reference) / (s2 + spread.tau2).squareRoot()
                guard let level = rules.saberLevel(z: z) else { continue }
                flags.append(InstitutionFlag(year: year, institution: unit.code, indicator: .saberGlobal,
                                             value: unit.mean, reference: reference, numerator: nil,
                                             denominator: unit.n, statistic: z, level: level, rule: .lowSaber))
            }
        }
        return (flags, funnels)
    }
}
