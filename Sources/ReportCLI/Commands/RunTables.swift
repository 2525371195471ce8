import Indicators
import Risk

/// Every table `run` writes, computed from an `Analysis`.
///
/// Built in two steps so that the early-warning model can run while the other tables are computed
/// and written: `init` computes the indicator and risk tables; `join(_:year:)` adds the model's
/// risk-level counts to `indicadores_institucion` and its validation table.
struct RunTables {
    /// `indicadores_territorio` (with MEN rates when a reference is loaded).
    var territory: ResultTable
    /// `indicadores_municipio` (with MEN rates when a reference is loaded).
    var municipality: ResultTable
    /// `indicadores_institucion` (with Saber 11 columns joined by DANE code, and risk-level counts
    /// once the early warning is joined).
    var institution: ResultTable
    /// `indicadores_sede`, `indicadores_grado`, `indicadores_grupos`, `trayectorias_cohorte`, already
    /// written when computed; kept only when asked (`keepsDetail`: the workbook and the reports read
    /// them), else empty.
    var detail: [ResultTable]
    /// Saber 11, alerts, funnel parameters and priorities.
    var risk: RiskResult
    /// The Ruta de Trayectorias plan and its foros (SPEC §12.1).
    var ruta: RutaPlan
    /// `balance_ruta` and `balance_ruta_dosis` of a filled plan given as a `ruta` input (SPEC §12.2), as
    /// published: with `--publico` they hide the rates that `indicadores_institucion` hides. Empty without
    /// a `ruta` input.
    let balanceTables: [ResultTable]
    /// Student early warning: validation, scores and counts by level (nil until joined, or with
    /// `--sin-modelo`).
    var warning: EarlyWarningResult?
    /// `indicadores_s` and `riesgo_s`.
    var timings: [StageTiming] = []
    /// Municipality names (built-in DIVIPOLA, completed by the loaded MEN and directory files).
    var places = PlaceNames()

    /// Computes the indicator tables (the seven in parallel) and the risk tables. Each detail table is
    /// given to `writeDetail` as soon as it is computed (they are the largest tables, and nothing
    /// computed later depends on them), then dropped unless `keepsDetail`.
    init(_ analysis: Analysis, rules: RiskRules, isPublic: Bool, keepsDetail: Bool,
         writeDetail: @Sendable (ResultTable) throws -> Void) throws {
        let context = analysis.context
        let reference = analysis.ingest.menReference
        places = PlaceNames(directory: analysis.ingest.directory, menReference: reference)
        // Longest first (measured on 7 M records), so that the last table to start is a short one.
        // The first four are the detail tables.
        let builders: [@Sendable (IndicatorContext) -> ResultTable] = [
            IndicatorTables.grade, IndicatorTables.sede, IndicatorTables.groups, { CohortTable.make($0) },
            IndicatorTables.institution, IndicatorTables.municipality, IndicatorTables.territory,
        ]
        var clock = Stopwatch()
        let longestFirst = parallelMap(builders.count) { k -> Result<ResultTable?, any Error> in
            let table = builders[k](context)
            guard k < 4 else { return .success(table) }
            return Result { try writeDetail(table) }.map { keepsDetail ? table : nil }
        }
        let tables = try longestFirst.map { try $0.get() }
        // In output order: territory, institution, municipality, then the detail tables kept.
        let computed = [6, 4, 5].map { tables[$0]! }
        detail = [1, 0, 2, 3].compactMap { tables[$0] }
        timings.append(StageTiming(key: "indicadores_s", seconds: clock.lap()))
        let plainTerritory = computed[0], plainInstitution = computed[1]
        risk = RiskAnalysis.run(institutionTable: plainInstitution, territoryTable: plainTerritory,
                                saber: analysis.ingest.saber, rules: rules)
        let latest = analysis.linked.years.last ?? 0
        ruta = RutaPlan.make(risk: risk, profiles: ContextProfile.profiles(context, year: latest),
                             subregions: analysis.ingest.subregions)
        hasRutaInput = !analysis.ingest.ruta.isEmpty
        let cells = Balance.cells(ruta: analysis.ingest.ruta, institutionTable: plainInstitution,
                                  territoryTable: plainTerritory, risk: risk)
        if hasRutaInput {
            let balance = Balance.table(Balance.rows(cells: cells))
            let dose = BalanceDose.table(BalanceDose.rows(ruta: analysis.ingest.ruta, cells: cells))
            balanceTables = isPublic
                ? ReportPrivacy.publishedBalance(balance, dose: dose, institutions: plainInstitution) : [balance, dose]
        } else {
            balanceTables = []
        }
        timings.append(StageTiming(key: "riesgo_s", seconds: clock.lap()))
        let territoryPlace = MENComparison.territoryPlace(context.institutions)
        territory = MENComparison.adding(to: plainTerritory, reference: reference) { _ in territoryPlace }
        let municipalityTable = computed[2]
        var municipalities: [String?] = []
        if case .texts(let values)? = municipalityTable.column(named: "municipio")?.values { municipalities = values }
        municipality = MENComparison.adding(to: municipalityTable, reference: reference) { row in
            municipalities[row].map { ($0, "") }
        }
        institution = SaberJoin.adding(risk.saberTable, to: plainInstitution)
    }

    /// Adds the early warning: its risk-level counts of `year` (the scored year) to
    /// `indicadores_institucion`, and its validation table to `all`.
    mutating func join(_ warning: EarlyWarningResult, year: Int) {
        self.warning = warning
        institution = RiskLevelJoin.adding(warning.institutionLevelCounts, year: year, to: institution)
    }

    /// The tables that do not depend on the early warning and were not written yet (written while it
    /// runs).
    var independentOfModel: [ResultTable] { ([territory, municipality] + risk.tables + rutaTables).map(named) }

    /// `ruta_plan`, `foros` and, with a `ruta` input, the balance tables.
    var rutaTables: [ResultTable] {
        [ruta.planTable, ruta.forumTable] + balanceTables
    }
    /// Whether a filled plan was loaded (the balance table is written only then).
    var hasRutaInput = false

    /// The tables that the early warning completes.
    var dependentOnModel: [ResultTable] { ([institution] + modelTables).map(named) }

    /// `modelo_validacion`, and `seguimiento_estudiantes` when a filled plan was loaded (none with
    /// `--sin-modelo`).
    var modelTables: [ResultTable] {
        guard let warning else { return [] }
        return [warning.validationTable] + (hasRutaInput ? [StudentFollowUp.table(warning.followUp)] : [])
    }

    /// All tables in output order (the detail tables only when kept).
    var all: [ResultTable] {
        ([territory, municipality, institution] + detail + risk.tables + rutaTables + modelTables).map(named)
    }

    /// Tables that get `nombre_municipio` as their last column (issue 12; SPEC columns keep their order).
    static let namedTables: Set<String> = ["indicadores_municipio", "indicadores_institucion", "priorizacion"]

    /// `table` with `nombre_municipio` appended when it is one of `namedTables`.
    private func named(_ table: ResultTable) -> ResultTable {
        Self.namedTables.contains(table.name) ? places.addingMunicipalityNames(to: table) : table
    }
}
