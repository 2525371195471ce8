extension InstitutionReport {
    /// One subsection per flow indicator: what it means, the latest figures, a trend chart and a table
    /// by year beside the territory's (and MEN's when loaded).
    mutating func writeIndicators() {
        document.section("Matrícula e indicadores de flujo")
        guard let table = indicators, !years.isEmpty else {
            document.note("No hay indicadores de la institución.")
            return
        }
        let territory = data.table(ReportTableName.territory)
        let territoryRows = years.map { data.territoryRow(year: $0) }
        let ownRows = years.map { totalRow($0) }
        var enrollment = ReportTableBuilder(rowCount: years.count)
        enrollment.integers("Año", years.map(Int64.init))
        for (name, label) in [("matricula", "Matrícula"), ("estudiantes", "Estudiantes"), ("traslados", "Traslados"),
                              ("desertores", "Desertores"), ("aprobados", "Aprobados"), ("reprobados", "Reprobados"),
                              ("sin_resultado", "Sin resultado")] {
            enrollment.copy(name, from: table, rows: ownRows, as: label)
        }
        document.table(enrollment.table(named: "matricula"), caption: "Matrícula y resultados por año (institución)")
        for indicator in FlowIndicator.all where table.has(indicator.rate) {
            document.subheading(indicator.name)
            document.paragraph(indicator.meaning + " " + latestSentence(indicator))
            let hasMEN = indicator.menRate.map { territory?.has($0) ?? false } ?? false
            if years.count >= 2 && chartedTrends.contains(indicator.rate) {
                let readable = years.map { indicator.isReadable(in: table, row: totalRow($0)) }
                var series = [
                    LineChart.Series(name: "Institución", values: zip(years, readable).map { $1 ? value(indicator.rate, year: $0) : nil }),
                    LineChart.Series(name: "Territorio", values: zip(years, readable).map { $1 ? territoryValue(indicator.rate, year: $0) : nil }),
                ]
                if hasMEN, let men = indicator.menRate {
                    series.append(LineChart.Series(name: "MEN", values: years.map { territoryValue(men, year: $0) }))
                }
                document.chart(LineChart(
                    title: "\(indicator.name) por año",
                    description: "\(indicator.name) de \(profile.displayName) frente al territorio"
                        + (hasMEN ? " y al MEN" : "") + ", \(years[0]) a \(years[years.count - 1]).",
                    years: years, series: series, yAxisTitle: indicator.name),
                    caption: "\(indicator.name) de la institución y del territorio por año.")
            }
            var builder = ReportTableBuilder(rowCount: years.count)
            builder.integers("Año", years.map(Int64.init))
            builder.copy(indicator.numerator, from: table, rows: ownRows, as: indicator.numeratorNoun.capitalizedFirst)
            builder.copy(indicator.denominator, from: table, rows: ownRows, as: indicator.denominatorNoun.capitalizedFirst)
            builder.copy(indicator.rate, from: table, rows: ownRows, as: "Institución")
            builder.copy(indicator.rate, from: territory, rows: territoryRows, as: "Territorio")
            if hasMEN, let men = indicator.menRate { builder.copy(men, from: territory, rows: territoryRows, as: "MEN") }
            document.table(builder.table(named: indicator.rate), caption: "\(indicator.name) por año")
        }
    }

    /// The indicators drawn as trend lines: both dropout rates and any indicator flagged in the latest
    /// year; the others are shown as tables only, which keeps pages light for thousands of institutions.
    var chartedTrends: Set<String> {
        Set(["tasa_desercion_intraanual", "tasa_desercion_interanual"] + latestFlags.map(\.indicator))
    }

    /// `En 2023: 6.7 % (12 de 180); territorio 2.8 %.` for the latest year with a rate.
    private func latestSentence(_ indicator: FlowIndicator) -> String {
        guard let table = indicators,
              let year = years.last(where: {
                  value(indicator.rate, year: $0) != nil && indicator.isReadable(in: table, row: totalRow($0))
              }),
              let row = totalRow(year) else { return "No hay dato en los años cargados." }
        let wording = data.wording
        let sentence = "En \(year): \(wording.percent(table.number(indicator.rate, at: row))) "
            + "(\(wording.count(table.integer(indicator.numerator, at: row))) de "
            + "\(wording.count(table.integer(indicator.denominator, at: row)))); territorio "
            + "\(wording.percent(territoryValue(indicator.rate, year: year)))."
        guard let latest = latestYear, latest != year else { return sentence }
        if let share = FlowIndicator.missingResults(in: table, row: totalRow(latest)), !indicator.isReadable(in: table, row: totalRow(latest)) {
            return sentence + " " + FlowIndicator.missingResultsNote(year: latest, share: share)
        }
        return sentence + " En \(latest) no hay dato."
    }

    /// Every year and level of the institution beside the territory's same level.
    mutating func writeLevels() {
        guard let table = indicators else { return }
        let levelRows = rows.filter { table.text("nivel", at: $0) != "TOTAL" }
        guard !levelRows.isEmpty else { return }
        document.subheading("Por nivel educativo")
        let territory = data.table(ReportTableName.territory)
        let territoryRows = levelRows.map { row in
            table.year(at: row).flatMap { data.territoryRow(year: $0, level: table.text("nivel", at: row) ?? "") }
        }
        for (index, group) in FlowIndicator.groups.enumerated() {
            let indicators = group.indicators(among: FlowIndicator.flagged).filter { table.has($0.rate) }
            guard !indicators.isEmpty else { continue }
            var builder = ReportTableBuilder(rowCount: levelRows.count)
            builder.copy("anio", from: table, rows: levelRows, as: "Año")
            builder.texts("Nivel", levelRows.map { table.text("nivel", at: $0).map(ReportWording.level) })
            if index == 0 { builder.copy("matricula", from: table, rows: levelRows, as: "Matrícula") }
            for indicator in indicators {
                builder.copy(indicator.rate, from: table, rows: levelRows, as: indicator.name)
                builder.copy(indicator.rate, from: territory, rows: territoryRows, as: "\(indicator.name) (territorio)")
            }
            document.table(builder.table(named: "niveles"),
                           caption: "Indicadores por año y nivel, institución y territorio: \(group.name)")
        }
    }
}

extension String {
    /// The string with its first character upper-cased: `desertores` → `Desertores`.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
