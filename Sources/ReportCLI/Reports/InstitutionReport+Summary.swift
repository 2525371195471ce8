extension InstitutionReport {
    /// The first page, which stands alone for the rector in a PMI meeting: who the institution is, its
    /// headline rates beside the territory's, its alerts in one sentence each, its place in the Ruta de
    /// Trayectorias (`writeRutaPlacement`) and its students by risk level. Printed, the next section
    /// starts on page 2.
    mutating func writeSummary() {
        document.section("Resumen para la reunión del PMI")
        let wording = data.wording
        var intro = "\(profile.displayName): municipio \(profile.municipalityLabel), "
            + "zona \(ReportWording.attribute(profile.zone)), sector \(ReportWording.attribute(profile.sector))."
        guard let year = latestYear, let row = totalRow(year) else {
            document.paragraph(intro)
            document.note("No hay indicadores de matrícula para esta institución.")
            writeRutaPlacement()
            document.pageBreak()
            return
        }
        intro += " En \(year) tuvo \(wording.count(indicators?.integer("matricula", at: row))) matrículas."
        if let counts = riskCounts(year: year) {
            intro += " Estudiantes por riesgo de deserción: \(counts.high) en riesgo alto, \(counts.medium) en riesgo "
                + "medio y \(counts.low) en riesgo bajo."
        }
        document.paragraph(intro)
        writeHeadlineRates()
        writeAlertSentences(year: year)
        writeRutaPlacement()
        if wording.isPublic {
            document.note(ReportWording.publicNote)
        }
        document.pageBreak()
    }

    /// The flagged indicators' latest readable rates, the institution beside the territory, with the
    /// level of the flag of that year and indicator, if any.
    private mutating func writeHeadlineRates() {
        guard let table = indicators else { return }
        let latest = FlowIndicator.flagged.filter { table.has($0.rate) }.compactMap { indicator -> (FlowIndicator, Int)? in
            years.last { value(indicator.rate, year: $0) != nil && indicator.isReadable(in: table, row: totalRow($0)) }
                .map { (indicator, $0) }
        }
        guard !latest.isEmpty else { return }
        var builder = ReportTableBuilder(rowCount: latest.count)
        builder.texts("Indicador", latest.map(\.0.name))
        builder.integers("Año", latest.map { Int64($0.1) })
        builder.rates("Institución", latest.map { value($0.0.rate, year: $0.1) })
        builder.rates("Territorio", latest.map { territoryValue($0.0.rate, year: $0.1) })
        if data.table(ReportTableName.alerts) != nil {
            builder.texts("Alerta", latest.map { indicator, year in
                let levels = flags.filter { $0.indicator == indicator.rate && $0.year == year }
                return levels.contains(where: \.isHigh) ? "alta" : (levels.isEmpty ? "no" : "media")
            })
        }
        document.table(builder.table(named: "resumen"), caption: "Indicadores principales: institución y territorio")
    }

    /// One sentence per flag of `year`: level, indicator, the two values and the rule.
    private mutating func writeAlertSentences(year: Int) {
        guard data.table(ReportTableName.alerts) != nil else { return }
        let latest = latestFlags
        guard !latest.isEmpty else {
            document.paragraph("Sin alertas en \(year).")
            return
        }
        document.paragraph("Alertas en \(year) (explicadas en «Alertas»):")
        document.list(latest.map { flag in
            "\(ReportWording.flagLevel(flag.level).capitalizedFirst), \(flag.indicatorName.lowercasedFirst): "
                + "\(flag.formatted(flag.value, wording: data.wording)) frente a "
                + "\(flag.formatted(flag.reference, wording: data.wording)) del territorio (\(flag.ruleName))."
        })
    }
}

extension String {
    /// The string with its first character lower-cased: `Deserción intraanual` → `deserción intraanual`.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
