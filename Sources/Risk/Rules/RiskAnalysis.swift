import Indicators

/// The risk stage in one call (SPEC §5, §6): Saber 11 table, flags, funnel parameters, priorities.
public enum RiskAnalysis {
    /// Runs the stage on a prepared indicator context; see `run(institutionTable:territoryTable:saber:rules:)`.
    public static func run(context: IndicatorContext, saber: [SaberRecord], rules: RiskRules = RiskRules()) -> RiskResult {
        run(institutionTable: IndicatorTables.institution(context), territoryTable: IndicatorTables.territory(context),
            saber: saber, rules: rules)
    }

    /// Runs the stage on already computed `indicadores_institucion` and `indicadores_territorio` tables
    /// (their `TOTAL` rows, read by column name; pass the tables before any `--publico` masking).
    ///
    /// Flags: `EXCESO` on the five rates, `TENDENCIA` on intra-year dropout, `SABER11_BAJO` on every
    /// Saber year; listed by year, institution, indicator (`FlaggedIndicator` order), then rule
    /// (`EXCESO`, `TENDENCIA`, `SABER11_BAJO`). Funnels: by year, then indicator in the same order.
    public static func run(institutionTable: ResultTable, territoryTable: ResultTable, saber: [SaberRecord],
                           rules: RiskRules = RiskRules()) -> RiskResult {
        let snapshot = IndicatorSnapshot(institutionTable: institutionTable, territoryTable: territoryTable)
        let saberTable = SaberTable.make(records: saber)
        let excess = ExcessRule.evaluate(snapshot, rules: rules)
        let lowSaber = LowSaberRule.evaluate(saberTable, rules: rules)
        let flags = (excess.flags + TrendRule.evaluate(snapshot) + lowSaber.flags).sorted(by: InstitutionFlag.listedBefore)
        let funnels = (excess.funnels + lowSaber.funnels).sorted {
            $0.year != $1.year ? $0.year < $1.year : $0.indicator < $1.indicator
        }
        let priorities = Prioritization.rank(snapshot, flags: flags, rules: rules)
        return RiskResult(saberTable: saberTable, alertTable: RiskTables.alerts(flags),
                          funnelTable: RiskTables.funnels(funnels),
                          priorityTable: RiskTables.priorities(priorities, padrinoCount: rules.padrinoCount),
                          flags: flags, funnels: funnels, priorities: priorities,
                          flagsByInstitution: Dictionary(grouping: flags, by: \.institution))
    }
}
