extension TerritorialReport {
    /// The Ruta de Trayectorias plan: modalities, foros, a chart of prioritised schools by foro and
    /// principal problem, and the plan itself (SPEC §12.1).
    mutating func writeRuta() {
        document.section("Ruta de Trayectorias")
        guard let plan = data.table(ReportTableName.rutaPlan) else {
            document.note("No se generó el plan de la Ruta (ruta_plan).")
            return
        }
        let rows = Array(0..<plan.rowCount)
        guard !rows.isEmpty else {
            document.paragraph("Ninguna institución tiene alertas en el último año: el plan de la Ruta está vacío.")
            return
        }
        let modalities = rows.map { plan.text("modalidad", at: $0) }
        let withPeers = rows.count { !(plan.text("par_1", at: $0) ?? "").isEmpty }
        let withPadrinos = rows.count { !(plan.text("padrino_1", at: $0) ?? "").isEmpty }
        let forums = Dictionary(grouping: rows) { plan.text("foro", at: $0) ?? "SIN_DATO" }
        let bySubregion = rows.contains { !(plan.text("subregion", at: $0) ?? "").isEmpty }
        document.paragraph("El plan (ruta_plan.csv y su hoja en diagnostico.xlsx) tiene una fila por institución "
            + "priorizada, con su problema principal, su modalidad, sus padrinos, sus IE pares y su foro. La SE lo "
            + "completa (responsable, fechas, sesiones, horas, estado) y lo vuelve a cargar para el balance.")
        document.list([
            "En sitio (con los directivos y docentes, en el aula): \(Self.institutions(modalities.count { $0 == "IN_SITU" })).",
            "En grupo de instituciones del mismo municipio y zona: \(Self.institutions(modalities.count { $0 == "GRUPO" })).",
            "Con IE pares (instituciones de contexto parecido que comparten el problema principal): \(Self.institutions(withPeers)).",
            "Con IE padrinos (instituciones sin alertas, de la misma zona y tamaño parecido): \(Self.institutions(withPadrinos)).",
            "Foros \(bySubregion ? "subregionales" : "municipales (no se cargó una tabla de subregiones)"): "
                + ReportWording.amount(forums.count, "foro", "foros", feminine: false) + ".",
        ])
        writeForumSummary(plan, forums: forums)
        var builder = ReportTableBuilder(rowCount: rows.count)
        for (name, label) in [("rango", "Puesto"), ("institucion", "Código"), ("nombre", "Nombre"), ("foro", "Foro")] {
            builder.copy(name, from: plan, rows: rows, as: label)
        }
        builder.texts("Modalidad", rows.map { ReportWording.modality(plan.text("modalidad", at: $0)) })
        builder.texts("Problema principal", rows.map { ReportWording.indicatorName(plan.text("indicador_principal", at: $0)) })
        builder.texts("Valor", rows.map { data.wording.indicatorValue(plan.text("indicador_principal", at: $0),
                                                                       plan.number("valor_base", at: $0)) })
        builder.texts("IE pares", rows.map { row in
            (1...3).compactMap { plan.text("par_\($0)", at: row) }.filter { !$0.isEmpty }.joined(separator: ", ")
        })
        builder.texts("Padrinos", rows.map { row in
            (1...3).compactMap { plan.text("padrino_\($0)", at: row) }.filter { !$0.isEmpty }.joined(separator: ", ")
        })
        document.table(builder.table(named: "ruta"), caption: "Plan de la Ruta de Trayectorias")
    }

    /// Counts by foro and modality, and the chart by foro and principal problem.
    private mutating func writeForumSummary(_ plan: IndexedTable, forums: [String: [Int]]) {
        let names = forums.keys.sorted()
        var builder = ReportTableBuilder(rowCount: names.count)
        builder.texts("Foro", names)
        builder.integers("En sitio", names.map { Int64(forums[$0]!.count { plan.text("modalidad", at: $0) == "IN_SITU" }) })
        builder.integers("En grupo", names.map { Int64(forums[$0]!.count { plan.text("modalidad", at: $0) == "GRUPO" }) })
        builder.integers("Total", names.map { Int64(forums[$0]!.count) })
        document.table(builder.table(named: "ruta_foros"), caption: "Instituciones priorizadas por foro y modalidad")
        let problems = Array(Set(forums.values.joined().compactMap { plan.text("indicador_principal", at: $0) }))
            .sorted { Self.indicatorOrder($0) < Self.indicatorOrder($1) }
        document.chart(StackedBarChart(
            title: "Instituciones priorizadas por foro y problema principal",
            description: "Para cada foro, el número de instituciones priorizadas, dividido según su problema "
                + "principal: \(ReportWording.joined(problems.map(ReportWording.indicatorName))).",
            parts: problems.map(ReportWording.indicatorName),
            bars: names.map { name in
                StackedBarChart.Bar(label: name, counts: problems.map { problem in
                    forums[name]!.count { plan.text("indicador_principal", at: $0) == problem }
                })
            },
            xAxisTitle: "Foro", yAxisTitle: "Instituciones"),
            caption: "Instituciones priorizadas por foro y problema principal; cada segmento lleva su número.")
        if let table = data.table(ReportTableName.forums), table.rowCount > 0 {
            document.subheading("Agenda de los foros")
            document.paragraph("Cada foro reúne a las instituciones que comparten una alerta y a sus padrinos, que pueden "
                + "contar qué les funcionó.")
            document.list((0..<table.rowCount).map { row in
                let members = (table.text("instituciones", at: row) ?? "").split(separator: ";").map { data.displayName(String($0)) }
                let padrinos = (table.text("padrinos", at: row) ?? "").split(separator: ";").map(String.init)
                return "\(table.text("foro", at: row) ?? ""), \(ReportWording.indicatorName(table.text("indicador", at: row))): "
                    + ReportWording.joined(members)
                    + (padrinos.isEmpty ? "." : "; padrinos: \(ReportWording.joined(padrinos.map(data.displayName))).")
            })
        }
    }

    /// SPEC §6's order of the flagged indicators.
    static func indicatorOrder(_ indicator: String) -> Int {
        ["tasa_desercion_intraanual", "tasa_reprobacion", "tasa_repitencia", "tasa_extraedad",
         "tasa_desercion_interanual", "promedio_global"].firstIndex(of: indicator) ?? 99
    }
}
