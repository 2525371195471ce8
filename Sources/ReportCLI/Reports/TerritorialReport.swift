/// The territorial report (`reporte_territorial.html` and `.md`): the territory's indicators by level
/// and year, funnel plots of every institution, the priority list, the model's validation in words,
/// and data quality.
struct TerritorialReport {
    /// All inputs, prepared.
    let data: ReportData
    /// Funnel data of the latest year, by rate column.
    let funnels: [String: FunnelData]
    /// Every flag, high first.
    let flags: [ReportedFlag]
    /// The report being written.
    var document: ReportDocument

    /// The finished territorial report.
    static func document(data: ReportData, funnels: [String: FunnelData]) -> ReportDocument {
        var report = TerritorialReport(data: data, funnels: funnels)
        report.writeSummary()
        report.writeIndicators()
        report.writeFlags()
        report.writePriority()
        report.writeRuta()
        report.writeBalance()
        report.writeValidation()
        report.writeQuality()
        report.writeNotes()
        return report.document
    }

    /// Starts the report.
    private init(data: ReportData, funnels: [String: FunnelData]) {
        self.data = data
        self.funnels = funnels
        let alerts = data.table(ReportTableName.alerts)
        flags = ReportedFlag.flags(alerts, rows: Array(0..<(alerts?.rowCount ?? 0)))
        document = ReportDocument(title: "Reporte territorial de trayectorias escolares",
                                  navigation: [.init(label: "Índice de instituciones", target: "index", hasMarkdown: false)])
        document.runningHeader = ("Reporte territorial · \(data.territoryName)", data.dataSpan)
    }

    /// The territory's `TOTAL` value of column `name` in `year`.
    func territoryValue(_ name: String, year: Int) -> Double? {
        data.territoryRow(year: year).flatMap { data.table(ReportTableName.territory)?.number(name, at: $0) }
    }

    /// The flags of the latest year.
    var latestFlags: [ReportedFlag] {
        flags.filter { $0.year == data.latestYear }
    }

    /// Years, institutions, enrollment, the main rates and the flagged institutions.
    private mutating func writeSummary() {
        document.section("Resumen")
        let wording = data.wording
        guard let year = data.latestYear else {
            document.note("No hay indicadores para resumir.")
            return
        }
        let span = data.years.count == 1 ? "\(year)" : "\(data.years[0]) a \(year)"
        var items = ["Años con matrícula: \(span); \(Self.institutions(data.profiles.count)) con datos."]
        if let row = data.territoryRow(year: year) {
            let matricula = data.table(ReportTableName.territory)?.integer("matricula", at: row)
            items.append("Matrícula \(year): \(wording.count(matricula)).")
        }
        let territory = data.table(ReportTableName.territory)
        for indicator in FlowIndicator.flagged {
            guard let known = data.years.last(where: {
                      territoryValue(indicator.rate, year: $0) != nil
                          && indicator.isReadable(in: territory, row: data.territoryRow(year: $0))
                  }),
                  let rate = territoryValue(indicator.rate, year: known) else { continue }
            var text = "\(indicator.name) \(known): \(wording.percent(rate))"
            if let men = indicator.menRate, let official = territoryValue(men, year: known) {
                text += " (MEN: \(wording.percent(official)))"
            }
            items.append(text + ".")
        }
        if data.table(ReportTableName.alerts) != nil {
            let flagged = Set(latestFlags.map(\.institution)).count
            let high = Set(latestFlags.filter(\.isHigh).map(\.institution)).count
            items.append("Con alguna alerta en \(year): \(Self.institutions(flagged)); con alguna alerta alta: "
                + "\(Self.institutions(high)).")
        }
        document.list(items)
        if wording.isPublic {
            document.note(ReportWording.publicNote)
        }
    }

    /// The territory by year and level, the trend of the main rates and MEN's figures.
    private mutating func writeIndicators() {
        document.section("Indicadores del territorio")
        guard let territory = data.table(ReportTableName.territory), territory.rowCount > 0 else {
            document.note("No se cargó la tabla del territorio (indicadores_territorio).")
            return
        }
        let rows = Array(0..<territory.rowCount)
        for (index, group) in FlowIndicator.groups.enumerated() {
            let indicators = group.indicators(among: FlowIndicator.all).filter { territory.has($0.rate) }
            guard !indicators.isEmpty else { continue }
            var builder = ReportTableBuilder(rowCount: rows.count)
            builder.copy("anio", from: territory, rows: rows, as: "Año")
            builder.texts("Nivel", rows.map { territory.text("nivel", at: $0).map(ReportWording.level) })
            if index == 0 { builder.copy("matricula", from: territory, rows: rows, as: "Matrícula") }
            for indicator in indicators {
                builder.copy(indicator.rate, from: territory, rows: rows, as: indicator.name)
                if let men = indicator.menRate { builder.copy(men, from: territory, rows: rows, as: "\(indicator.name) (MEN)") }
            }
            document.table(builder.table(named: "territorio"),
                           caption: "Indicadores del territorio por año y nivel: \(group.name)")
        }
        for year in data.years {
            if let share = FlowIndicator.missingResults(in: territory, row: data.territoryRow(year: year)),
               share > FlowIndicator.acceptedMissingResults {
                document.note(FlowIndicator.missingResultsNote(year: year, share: share))
            }
        }
        let years = data.years
        guard years.count >= 2 else { return }
        let series = FlowIndicator.flagged.filter { territory.has($0.rate) }.map { indicator in
            LineChart.Series(name: indicator.name, values: years.map { year in
                indicator.isReadable(in: territory, row: data.territoryRow(year: year))
                    ? territoryValue(indicator.rate, year: year) : nil
            })
        }
        document.chart(LineChart(
            title: "Indicadores del territorio por año",
            description: "Tasas de deserción, reprobación, repitencia y extraedad del territorio de \(years[0]) a "
                + "\(years[years.count - 1]); la reprobación se omite en los años sin resultados finales.",
            years: years, series: series, yAxisTitle: "Tasa"),
            caption: "Evolución de los indicadores de flujo del territorio.")
        let dropout = FlowIndicator.all[0]
        if let men = dropout.menRate, territory.has(men) {
            document.chart(LineChart(
                title: "Deserción intraanual: cálculo propio y MEN",
                description: "Deserción intraanual calculada con SIMAT frente a la publicada por el MEN, por año.",
                years: years, series: [
                    LineChart.Series(name: "Cálculo propio", values: years.map { territoryValue(dropout.rate, year: $0) }),
                    LineChart.Series(name: "MEN", values: years.map { territoryValue(men, year: $0) }),
                ], yAxisTitle: dropout.name),
                caption: "Deserción intraanual del territorio: cálculo con SIMAT y cifra publicada por el MEN.")
        }
    }
}
