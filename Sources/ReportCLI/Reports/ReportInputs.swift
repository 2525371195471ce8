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
    /// Territory by year and level (SPEC §4).
    static let territory = "indicadores_territorio"
    /// Institution by year and level, with attributes and early-warning counts.
    static let institution = "indicadores_institucion"
    /// Institution by year and grade.
    static let grade = "indicadores_grado"
    /// Cohort trajectories.
    static let cohort = "trayectorias_cohorte"
    /// Saber 11 by institution, with the territory's row `TOTAL` (SPEC §5).
    static let saber = "saber11_institucion"
    /// One row per flag (SPEC §6).
    static let alerts = "alertas_institucion"
    /// Reference and τ² of the funnel plots.
    static let funnel = "funnel_parametros"
    /// Priority, modality, padrinos and groups of the latest year.
    static let priority = "priorizacion"
    /// Early-warning validation metrics (SPEC §7).
    static let validation = "modelo_validacion"
    /// The Ruta de Trayectorias plan (SPEC §12.1).
    static let rutaPlan = "ruta_plan"
    /// Foros of the Ruta (SPEC §12.1).
    static let forums = "foros"
    /// Balance of the Ruta (SPEC §12.2).
    static let balance = "balance_ruta"
    /// Balance of the Ruta by tercile of sessions delivered.
    static let dose = "balance_ruta_dosis"
    /// The loaded plan's dose per institution (reports only, not written).
    static let rutaInput = "ruta_entrada"
    /// Follow-up of the students at `ALTO` in the Ruta's base year (SPEC §12.2).
    static let followUp = "seguimiento_estudiantes"
    /// Data-quality checks (SPEC §10).
    static let quality = "calidad_datos"
}
