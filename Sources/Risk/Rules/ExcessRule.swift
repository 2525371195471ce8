/// `EXCESO` (SPEC §6): an institution's rate significantly above the territory's, beyond chance and
/// beyond the usual spread between schools (funnel plot with additive overdispersion).
///
/// For one year and rate, over the institutions with a denominator n > 0 and a numerator x ≤ n,
/// y = x/n and p0 the territory's rate (no flags, and no funnel row, when p0 is empty):
/// 1. p_exact = P(X ≥ x), X ~ Binomial(n, p0);
/// 2. when 0 < p0 < 1 and there are at least `RiskRules.minimumInstitutionsForTau2` institutions,
///    τ² from the winsorised z = (y − p0)/s, s² = p0(1 − p0)/n (`Overdispersion`); otherwise τ² = 0;
/// 3. p = p_exact when τ² = 0, else max(p_exact, 1 − Φ((y − p0)/√(s² + τ²)));
/// 4. `ALTA` when p ≤ `highPValue`, `MEDIA` when p ≤ `mediumPValue`, only when y > p0
///    (p0 = 0 and x > 0 gives p = 0).
enum ExcessRule {
    /// The flags and funnel parameters of every year and rate of `snapshot`.
    ///
    /// - Complexity: O(rows · log rows) for the grouping, plus the binomial tails.
    static func evaluate(_ snapshot: IndicatorSnapshot, rules: RiskRules)
        -> (flags: [InstitutionFlag], funnels: [FunnelParameters])
    {
        var flags: [InstitutionFlag] = []
        var funnels: [FunnelParameters] = []
        let byYear = Dictionary(grouping: snapshot.institutions, by: \.year)
        for year in byYear.keys.sorted() {
            guard let territory = snapshot.territory[year] else { continue }
            for (k, indicator) in FlaggedIndicator.rates.enumerated() {
                guard let p0 = territory.rates[k] else { continue }
                let units = byYear[year]!.compactMap { row -> (row: IndicatorRow, x: Int, n: Int)? in
                    guard let n = row.denominators[k], n > 0, let x = row.numerators[k], x <= n else { return nil }
                    return (row, Int(x), Int(n))
                }
                let spread = overdispersion(units.map { ($0.x, $0.n) }, reference: p0, rules: rules)
                funnels.append(FunnelParameters(year: year, indicator: indicator, reference: p0,
                                                institutions: units.count, phi: spread.phi, tau2: spread.tau2))
                for unit in units {
                    let y = Double(unit.x) / Double(unit.n)
                    guard y > p0 else { continue }
                    let p = FunnelTest.excessPValue(successes: unit.x, trials: unit.n, reference: p0, tau2: spread.tau2)
                    guard let level = rules.excessLevel(pValue: p) else { continue }
                    flags.append(InstitutionFlag(year: year, institution: unit.row.code, indicator: indicator,
                                                 value: y, reference: p0, numerator: Int64(unit.x),
                                                 denominator: Int64(unit.n), statistic: p, level: level, rule: .excess))
                }
            }
        }
        return (flags, funnels)
    }

    /// φ and τ² of one funnel: estimated only when 0 < p0 < 1 and there are enough institutions.
    static func overdispersion(_ units: [(x: Int, n: Int)], reference p0: Double, rules: RiskRules)
        -> (phi: Double?, tau2: Double)
    {
        guard units.count >= rules.minimumInstitutionsForTau2 else { return (nil, 0) }
        let estimate = FunnelTest.overdispersion(successes: units.map(\.x), trials: units.map(\.n), reference: p0)
        return (estimate.phi, estimate.tau2)
    }
}
