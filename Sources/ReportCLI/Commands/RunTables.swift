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

    /// Computes the indicator and risk tables.
    init(_ analysis: Analysis, rules: RiskRules) {
        let context = analysis.context
        let reference = analysis.ingest.menReference
        let plainTerritory = IndicatorTables.territory(context)
        let plainInstitution = IndicatorTables.institution(context)
        risk = RiskAnalysis.run(institutionTable: plainInstitution, territoryTable: plainTerritory,
                                saber: analysis.ingest.saber, rules: rules)
        let territoryPlace = MENComparison.territoryPlace(context.institutions)
        territory = MENComparison.adding(to: plainTerritory, reference: reference) { _ in territoryPlace }
        let municipalityTable = IndicatorTables.municipality(context)
        var municipalities: [String?] = []
        if case .texts(let values)? = municipalityTable.column(named: "municipio")?.values { municipalities = values }
        municipality = MENComparison.adding(to: municipalityTable, reference: reference) { row in
            municipalities[row].map { ($0, "") }
        }
        institution = SaberJoin.adding(risk.saberTable, to: plainInstitution)
        detail = [IndicatorTables.sede(context), IndicatorTables.grade(context), IndicatorTables.groups(context),
                  CohortTable.make(context)]
    }

    /// All tables in output order.
    var all: [ResultTable] { [territory, municipality, institution] + detail + risk.tables }
}
