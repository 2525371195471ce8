import Indicators
import Risk

/// Every table `run` writes, computed once from an `Analysis`.
struct RunTables {
    /// `indicadores_territorio` (with MEN rates when a reference is loaded).
    var territory: ResultTable
    /// `indicadores_municipio` (with MEN rates when a reference is loaded).
    var municipality: ResultTable
    /// `indicadores_institucion` (with Saber 11 columns joined by DANE code).
    var institution: ResultTable
    /// `indicadores_sede`, `indicadores_grado`, `indicadores_grupos`, `trayectorias_cohorte`.
    var detail: [ResultTable]
    /// Saber 11, alerts, funnel parameters and priorities.
    var risk: RiskResult
    /// Student early warning: validation, scores and counts by level.
    var warning: EarlyWarningResult
    /// `indicadores_s`, `riesgo_s` and `modelo_s`.
    var timings: [StageTiming] = []

    /// Computes the indicator and risk tables.
    init(_ analysis: Analysis, rules: RiskRules) {
        let context = analysis.context
        let reference = analysis.ingest.menReference
        // Independent passes over the episodes: computed concurrently, collected in a fixed order.
        let builders: [@Sendable (IndicatorContext) -> ResultTable] = [
            IndicatorTables.territory, IndicatorTables.institution, IndicatorTables.municipality,
            IndicatorTables.sede, IndicatorTables.grade, IndicatorTables.groups, { CohortTable.make($0) },
        ]
        var clock = Stopwatch()
        let computed = parallelMap(builders.count) { builders[$0](context) }
        let plainTerritory = computed[0], plainInstitution = computed[1]
        timings.append(StageTiming(key: "indicadores_s", seconds: clock.lap()))
        risk = RiskAnalysis.run(institutionTable: plainInstitution, territoryTable: plainTerritory,
                                saber: analysis.ingest.saber, rules: rules)
        timings.append(StageTiming(key: "riesgo_s", seconds: clock.lap()))
        warning = EarlyWarning.run(context: context)
        timings.append(StageTiming(key: "modelo_s", seconds: clock.lap()))
        let territoryPlace = MENComparison.territoryPlace(context.institutions)
        territory = MENComparison.adding(to: plainTerritory, reference: reference) { _ in territoryPlace }
        let municipalityTable = computed[2]
        var municipalities: [String?] = []
        if case .texts(let values)? = municipalityTable.column(named: "municipio")?.values { municipalities = values }
        municipality = MENComparison.adding(to: municipalityTable, reference: reference) { row in
            municipalities[row].map { ($0, "") }
        }
        institution = RiskLevelJoin.adding(warning.institutionLevelCounts, year: analysis.linked.years.last ?? 0,
                                           to: SaberJoin.adding(risk.saberTable, to: plainInstitution))
        detail = Array(computed[3...])
    }

    /// All tables in output order.
    var all: [ResultTable] { [territory, municipality, institution] + detail + risk.tables + [warning.validationTable] }
}
