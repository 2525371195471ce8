extension InstitutionReport {
    /// The latest year by grade: a table, and bar charts of dropout and over-age (and of failure when it
    /// is flagged).
    mutating func writeGrades() {
        document.section("Resultados por grado")
        guard let table = data.table(ReportTableName.grade) else {
            document.note("No se cargó la tabla por grado (indicadores_grado).")
            return
        }
        let own = data.gradeRows[profile.code] ?? []
        guard let year = own.compactMap({ table.year(at: $0) }).max() else {
            document.paragraph("No hay filas por grado para esta institución.")
            return
        }
        let gradeRows = own.filter { table.year(at: $0) == year }
        let labels = gradeRows.map { table.integer("grado", at: $0).map(ReportWording.grade) ?? "sin dato" }
        var builder = ReportTableBuilder(rowCount: gradeRows.count)
        builder.texts("Grado", labels)
        builder.copy("matricula", from: table, rows: gradeRows, as: "Matrícula")
        builder.copy("desertores", from: table, rows: gradeRows, as: "Desertores")
        let totals = totalRow(year)
        let shown = FlowIndicator.all.filter {
            ["tasa_desercion_intraanual", "tasa_reprobacion", "tasa_extraedad"].contains($0.rate) && table.has($0.rate)
                && $0.isReadable(in: indicators, row: totals)
        }
        for indicator in shown {
            builder.copy(indicator.rate, from: table, rows: gradeRows, as: indicator.name)
        }
        document.table(builder.table(named: "grados"), caption: "Indicadores por grado, \(year)")
        if let share = FlowIndicator.missingResults(in: indicators, row: totals),
           share > FlowIndicator.acceptedMissingResults {
            document.note(FlowIndicator.missingResultsNote(year: year, share: share))
        }
        let flagged = Set(latestFlags.map(\.indicator))
        for indicator in shown where indicator.rate != "tasa_reprobacion" || flagged.contains(indicator.rate) {
            let bars = zip(labels, gradeRows).map { BarChart.Bar(label: $0, value: table.number(indicator.rate, at: $1)) }
            document.chart(BarChart(
                title: "\(indicator.name) por grado, \(year)",
                description: "\(indicator.name) de cada grado de \(profile.displayName) en \(year)"
                    + Self.highestBar(bars) + ".",
                bars: bars, yAxisTitle: indicator.name),
                caption: "\(indicator.name) por grado en \(year).")
        }
    }

    /// `; la más alta en 6° (8.0 %)`, or nothing when no bar has a value.
    private static func highestBar(_ bars: [BarChart.Bar]) -> String {
        guard let highest = bars.filter({ $0.value != nil }).max(by: { $0.value! < $1.value! }),
              let value = highest.value else { return "" }
        return "; la más alta en \(highest.label) (\(HumanNumberFormat.percent(value)))"
    }

    /// Funnel plots of the latest year: every flagged indicator with an excess flag, else dropout.
    mutating func writeFunnels() {
        document.section("Comparación con las demás instituciones")
        let excess = latestFlags.filter { $0.rule == "EXCESO" }.map(\.indicator)
        let chosen = FlowIndicator.flagged.filter { excess.contains($0.rate) }
        let indicators = chosen.isEmpty ? [FlowIndicator.all[0]] : chosen
        let available = indicators.compactMap { funnels[$0.rate] }
        guard !available.isEmpty else {
            document.note("No hay datos suficientes para los gráficos de embudo (faltan tasas de las instituciones "
                + "o la tasa de referencia).")
            return
        }
        document.paragraph("Cada punto es una institución: su tasa frente a su número de estudiantes. Las curvas "
            + "marcan lo que cabe esperar por azar y por la variación habitual entre instituciones (95 % y 99.8 %). "
            + "Las instituciones pequeñas varían más, por eso el embudo es más ancho a la izquierda. Un punto por "
            + "encima de la curva superior indica un exceso que vale la pena revisar.")
        for funnel in available {
            guard let row = funnel.position(of: profile.code) else {
                document.paragraph("\(funnel.indicator.name) \(funnel.year): la institución no tiene tasa ese año.")
                continue
            }
            let point = funnel.points[row]
            let position = funnel.limitExceeded(size: point.size, rate: point.rate).map {
                "por encima del límite de \($0)"
            } ?? "dentro de los límites"
            guard let drawing = funnel.plot(
                highlighting: profile.code, label: "Esta institución",
                title: "\(funnel.indicator.name) \(funnel.year): embudo de instituciones",
                description: "\(funnel.indicator.name) de cada institución en \(funnel.year) frente a su tamaño, con "
                    + "la referencia \(HumanNumberFormat.percent(funnel.reference)) y los límites de control; "
                    + "\(profile.displayName) tiene \(HumanNumberFormat.percent(point.rate)) y está \(position).")
            else { continue }
            var caption = "\(funnel.indicator.name) en \(funnel.year): \(profile.displayName) está \(position)."
            if drawing.drawn < funnel.points.count {
                caption += " Se dibujan \(drawing.drawn) de \(funnel.points.count) instituciones (muestra pareja por "
                    + "tamaño); los límites usan todas."
            }
            if !funnel.hasParameters {
                caption += " Sin parámetros de sobredispersión: límites binomiales con la tasa del territorio."
            }
            document.chart(drawing.plot, caption: caption)
        }
    }
}
