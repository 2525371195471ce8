import Indicators

/// Everything the diagnostic reports read: result tables by file stem, found by table and column name
/// so that the reports do not depend on how the other stages build them.
///
/// Only the indicator tables are needed; any other table or column may be missing, and the reports
/// then say in Spanish what is not available.
struct ReportInputs: Sendable {
    /// Tables by file stem: `indicadores_territorio`, `indicadores_institucion`, `indicadores_grado`,
    /// `trayectorias_cohorte`, `saber11_institucion`, `alertas_institucion`, `funnel_parametros`,
    /// `priorizacion`, `modelo_validacion`, `calidad_datos`.
    var tables: [String: ResultTable]
    /// `trayectorias_cohorte` restricted to the cohorts that started at one institution (by code).
    var cohortByInstitution: @Sendable (String) -> ResultTable?
    /// A Spanish note from the early-warning stage (for example, too few data to fit the model).
    var modelNote: String?
    /// `--publico`: small counts and rates over small denominators suppressed, no student-level content.
    var isPublic: Bool

    /// Creates the inputs; without `cohortByInstitution` the institution pages say the table is missing.
    init(tables: [String: ResultTable],
         cohortByInstitution: @escaping @Sendable (String) -> ResultTable? = { _ in nil },
         modelNote: String? = nil, isPublic: Bool = false) {
        self.tables = tables
        self.cohortByInstitution = cohortByInstitution
        self.modelNote = modelNote
        self.isPublic = isPublic
    }
}

/// File stems of the tables the reports read.
enum ReportTableName {
    static let territory = "indicadores_territorio"
    static let institution = "indicadores_institucion"
    static let grade = "indicadores_grado"
    static let cohort = "trayectorias_cohorte"
    static let saber = "saber11_institucion"
    static let alerts = "alertas_institucion"
    static let funnel = "funnel_parametros"
    static let priority = "priorizacion"
    static let validation = "modelo_validacion"
    static let quality = "calidad_datos"
}
