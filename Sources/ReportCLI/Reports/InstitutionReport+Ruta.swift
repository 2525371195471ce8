extension InstitutionReport {
    /// The institution's row of the Ruta plan: principal problem, pares, foro and what the SE fills in.
    mutating func writeRuta() {
        guard let plan = data.table(ReportTableName.rutaPlan),
              let row = (0..<plan.rowCount).first(where: { plan.text("institucion", at: $0) == profile.code })
        else { return }
        document.section("Ruta de Trayectorias")
        let indicator = plan.text("indicador_principal", at: row)
        let reference = data.wording.indicatorValue(indicator, plan.number("referencia_base", at: row))
        var items = [
            "Problema principal en \(plan.integer("anio_base", at: row).map(String.init) ?? "el último año"): "
                + "\(ReportWording.indicatorName(indicator)), \(data.wording.indicatorValue(indicator, plan.number("valor_base", at: row))) "
                + "frente a \(reference) del territorio (la alerta más fuerte de la institución).",
            "Modalidad: \(ReportWording.modality(plan.text("modalidad", at: row))).",
            "Foro: \(plan.text("foro", at: row) ?? "sin dato")"
                + ((plan.text("subregion", at: row) ?? "").isEmpty ? " (municipio)." : " (subregión)."),
        ]
        let peers = (1...3).compactMap { plan.text("par_\($0)", at: row) }.filter { !$0.isEmpty }
        if peers.isEmpty {
            items.append("IE pares: ninguna otra institución priorizada de la misma zona comparte este problema principal.")
        }
        document.list(items)
        if !peers.isEmpty {
            document.paragraph("IE pares: instituciones priorizadas de la misma zona, con el mismo problema principal y "
                + "el contexto más parecido (tamaño, niveles, estudiantes víctimas, étnicos, migrantes, con discapacidad "
                + "y rurales), nunca elegidas por sus resultados. Pueden trabajar juntas el problema común.")
            document.links(peers.map { code in
                (ReportDocument.Link(label: data.displayName(code), target: InstitutionProfile.fileStem(code)), "")
            })
        }
        document.paragraph("La SE completa en ruta_plan.csv (o en su hoja del libro de Excel) el responsable, las fechas, "
            + "las sesiones planeadas y realizadas, las horas, el estado y el motivo de cierre, y lo vuelve a cargar "
            + "para el balance del acompañamiento.")
    }
}
