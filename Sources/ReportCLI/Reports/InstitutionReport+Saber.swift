extension InstitutionReport {
    /// Saber 11 by year beside the territory, a bar chart of the mean global score, and the trend.
    mutating func writeSaber() {
        document.section("Resultados de Saber 11")
        guard let saber = data.table(ReportTableName.saber) else {
            document.note("No se cargaron resultados de Saber 11 (saber11_institucion).")
            return
        }
        let own = data.saberRows[profile.code] ?? []
        guard !own.isEmpty else {
            document.paragraph("No hay evaluados de Saber 11 de esta institución en los datos cargados "
                + "(puede que no ofrezca grado 11).")
            return
        }
        let territoryRows = data.saberRows["TOTAL"] ?? []
        let matching = own.map { row in territoryRows.first { saber.year(at: $0) == saber.year(at: row) } }
        var builder = ReportTableBuilder(rowCount: own.count)
        builder.copy("anio", from: saber, rows: own, as: "Año")
        builder.copy("evaluados", from: saber, rows: own, as: "Evaluados")
        builder.copy("promedio_global", from: saber, rows: own, as: "Puntaje global")
        builder.copy("promedio_global", from: saber, rows: matching, as: "Puntaje global (territorio)")
        builder.copy("promedio_lectura_critica", from: saber, rows: own, as: "Lectura crítica")
        builder.copy("promedio_matematicas", from: saber, rows: own, as: "Matemáticas")
        builder.copy("tasa_insuficiente_matematicas", from: saber, rows: own, as: "Insuficiente en matemáticas")
        builder.copy("tasa_insuficiente_matematicas", from: saber, rows: matching,
                     as: "Insuficiente en matemáticas (territorio)")
        builder.copy("tasa_insuficiente_lectura_critica", from: saber, rows: own, as: "Insuficiente en lectura crítica")
        document.table(builder.table(named: "saber11"), caption: "Saber 11 por año, institución y territorio")
        let scores = own.compactMap { row -> (year: Int, score: Double)? in
            guard let year = saber.year(at: row), let score = saber.number("promedio_global", at: row) else { return nil }
            return (year, score)
        }
        guard let first = scores.first, let last = scores.last else { return }
        if scores.count >= 2 {
            let change = last.score - first.score
            let direction = abs(change) < 1 ? "se mantuvo" : (change > 0 ? "subió" : "bajó")
            document.paragraph("El puntaje global promedio \(direction): \(HumanNumberFormat.fixed(first.score)) en "
                + "\(first.year) y \(HumanNumberFormat.fixed(last.score)) en \(last.year).")
            document.chart(BarChart(
                title: "Puntaje global promedio de Saber 11 por año",
                description: "Puntaje global promedio de \(profile.displayName): "
                    + scores.map { "\(HumanNumberFormat.fixed($0.score)) en \($0.year)" }.joined(separator: ", ") + ".",
                bars: scores.map { BarChart.Bar(label: String($0.year), value: $0.score) },
                valueStyle: .number, xAxisTitle: "Año", yAxisTitle: "Puntaje global (0 a 500)"),
                caption: "Puntaje global promedio de Saber 11 por año.")
        }
    }
}
