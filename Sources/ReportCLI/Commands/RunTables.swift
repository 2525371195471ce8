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
    /// Student early warning: validation, scores and counts by level (nil with `--sin-modelo`).
    var warning: EarlyWarningResult?
    /// `indicadores_s`, `modelo_s` (computed at the same time, so they overlap) and `riesgo_s`.
    var timings: [StageTiming] = []

    /// What the two concurrent stages return.
    private enum StageOutput: Sendable {
        case tables([ResultTable], seconds: Double)
        case warning(EarlyWarningResult?, seconds: Double)
    }

    /// Computes the indicator, risk and (unless `withModel` is false) early-warning tables.
    init(_ analysis: Analysis, rules: RiskRules, withModel: Bool = true) {
        let context = analysis.context
        let reference = analysis.ingest.menReference
        // Independent passes over the episodes: computed concurrently, collected in a fixed order.
        let builders: [@Sendable (IndicatorContext) -> ResultTable] = [
            IndicatorTables.territory, IndicatorTables.institution, IndicatorTables.municipality,
            IndicatorTables.sede, IndicatorTables.grade, IndicatorTables.groups, { CohortTable.make($0) },
        ]
        // The early-warning model runs beside the tables, so their sequential parts overlap.
        let outputs = parallelMap(2) { stage -> StageOutput in
            var clock = Stopwatch()
            if stage == 0 {
                let tables = parallelMap(builders.count) { builders[$0](context) }
                return .tables(tables, seconds: clock.lap())
            }
            let warning = withModel ? EarlyWarning.run(context: context) : nil
            return .warning(warning, seconds: clock.lap())
        }
        guard case .tables(let computed, let tableSeconds) = outputs[0],
              case .warning(let warning, let modelSeconds) = outputs[1] else { preconditionFailure("stage order") }
        self.warning = warning
        timings.append(StageTiming(key: "indicadores_s", seconds: tableSeconds))
        if withModel { timings.append(StageTiming(key: "modelo_s", seconds: modelSeconds)) }
        let plainTerritory = computed[0], plainInstitution = computed[1]
        var clock = Stopwatch()
        risk = RiskAnalysis.run(institutionTable: plainInstitution, territoryTable: plainTerritory,
                                saber: analysis.ingest.saber, rules: rules)
        timings.append(StageTiming(key: "riesgo_s", seconds: clock.lap()))
        let territoryPlace = MENComparison.territoryPlace(context.institutions)
        territory = MENComparison.adding(to: plainTerritory, reference: reference) { _ in territoryPlace }
        let municipalityTable = computed[2]
        var municipalities: [String?] = []
        if case .texts(let values)? = municipalityTable.column(named: "municipio")?.values { municipalities = values }
        municipality = MENComparison.adding(to: municipalityTable, reference: reference) { row in
            municipalities[row].map { ($0, "") }
        }
        let withSaber = SaberJoin.adding(risk.saberTable, to: plainInstitution)
        institution = warning.map {
            RiskLevelJoin.adding($0.institutionLevelCounts, year: analysis.linked.years.last ?? 0, to: withSaber)
        } ?? withSaber
        detail = Array(computed[3...])
    }

    /// All tables in output order.
    var all: [ResultTable] {
        [territory, municipality, institution] + detail + risk.tables + (warning.map { [$0.validationTable] } ?? [])
    }
}
