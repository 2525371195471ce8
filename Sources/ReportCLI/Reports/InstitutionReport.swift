/// The diagnostic of one institution for its PMI/PAM meeting (`instituciones/<codigo>.html` and `.md`).
///
/// Sections, in reading order: a first page for the rector (`writeSummary`), identification, flags
/// explained, flow indicators beside the territory's, grades, funnel plots, Saber 11, cohort trajectories,
/// reported versus observed repetition, prioritisation and padrinos, the Ruta and, when the institution
/// was accompanied, its balance, students by risk level, questions for the PMI review, notes.
struct InstitutionReport {
    /// All inputs, prepared.
    let data: ReportData
    /// The institution.
    let profile: InstitutionProfile
    /// Funnel data of the latest year, by rate column.
    let funnels: [String: FunnelData]
    /// Rows of `indicadores_institucion` of the institution.
    let rows: [Int]
    /// Years with a `TOTAL` row for the institution, ascending.
    let years: [Int]
    /// The institution's flags, high first.
    let flags: [ReportedFlag]
    /// The report being written.
    var document: ReportDocument

    /// The finished report of `profile`.
    static func document(for profile: InstitutionProfile, data: ReportData,
                         funnels: [String: FunnelData]) -> ReportDocument {
        var report = InstitutionReport(data: data, profile: profile, funnels: funnels)
        report.writeSummary()
        report.writeIdentification()
        report.writeFlags()
        report.writeIndicators()
        report.writeLevels()
        report.writeGrades()
        report.writeFunnels()
        report.writeSaber()
        report.writeTrajectories()
        report.writeRepetition()
        report.writeSupport()
        report.writeRuta()
        report.writeBalance()
        report.writeRisk()
        report.writeQuestions()
        report.writeNotes()
        return report.document
    }

    /// Starts the report of `profile`.
    private init(data: ReportData, profile: InstitutionProfile, funnels: [String: FunnelData]) {
        self.data = data
        self.profile = profile
        self.funnels = funnels
        rows = data.institutionRows[profile.code] ?? []
        let table = data.table(ReportTableName.institution)
        years = rows.compactMap { row in table?.text("nivel", at: row) == "TOTAL" ? table?.year(at: row) : nil }
        flags = ReportedFlag.flags(data.table(ReportTableName.alerts), rows: data.alertRows[profile.code] ?? [])
        document = ReportDocument(
            title: "Diagnóstico institucional: \(profile.displayName)",
            navigation: [
                .init(label: "Índice de instituciones", target: "../index", hasMarkdown: false),
                .init(label: "Reporte territorial", target: "../reporte_territorial"),
            ])
        document.runningHeader = ("Diagnóstico institucional · \(profile.displayName)", data.dataSpan)
    }

    /// The indicator table of institutions.
    var indicators: IndexedTable? { data.table(ReportTableName.institution) }

    /// The institution's latest year with indicators.
    var latestYear: Int? { years.last }

    /// The institution's `TOTAL` row of `year`.
    func totalRow(_ year: Int) -> Int? {
        data.institutionRow(profile.code, year: year)
    }

    /// The institution's `TOTAL` value of column `name` in `year`.
    func value(_ name: String, year: Int) -> Double? {
        totalRow(year).flatMap { indicators?.number(name, at: $0) }
    }

    /// The territory's `TOTAL` value of column `name` in `year`.
    func territoryValue(_ name: String, year: Int) -> Double? {
        data.territoryRow(year: year).flatMap { data.table(ReportTableName.territory)?.number(name, at: $0) }
    }

    /// The flags of the latest year.
    var latestFlags: [ReportedFlag] {
        flags.filter { $0.year == latestYear }
    }

    /// Identification: code, name, place, years and levels.
    private mutating func writeIdentification() {
        document.section("Identificación")
        let levels = rows.compactMap { row -> String? in
            guard indicators?.year(at: row) == latestYear, let level = indicators?.text("nivel", at: row),
                  level != "TOTAL" else { return nil }
            return ReportWording.level(level)
        }
        let span = years.isEmpty ? "sin dato"
            : (years.count == 1 ? "\(years[0])" : "\(years[0]) a \(years[years.count - 1])")
        var builder = ReportTableBuilder(rowCount: 7)
        builder.texts("Dato", ["Código DANE", "Nombre", "Municipio", "Zona", "Sector", "Años con matrícula",
                               "Niveles en \(latestYear.map(String.init) ?? "el último año")"])
        builder.texts("Valor", [profile.code, profile.name.isEmpty ? "sin dato" : profile.name,
                                profile.municipalityLabel,
                                ReportWording.attribute(profile.zone), ReportWording.attribute(profile.sector),
                                span, levels.isEmpty ? "sin dato" : ReportWording.joined(levels)])
        document.table(builder.table(named: "identificacion"), caption: "Datos de la institución")
    }

    /// Students by early-warning level in `year`, when `indicadores_institucion` has them.
    func riskCounts(year: Int) -> (high: String, medium: String, low: String)? {
        guard let table = indicators, table.has("riesgo_alto"), let row = totalRow(year) else { return nil }
        let wording = data.wording
        return (wording.count(table.integer("riesgo_alto", at: row)),
                wording.count(table.integer("riesgo_medio", at: row)),
                wording.count(table.integer("riesgo_bajo", at: row)))
    }
}
