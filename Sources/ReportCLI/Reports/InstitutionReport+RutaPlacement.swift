extension InstitutionReport {
    /// The institution's place in the Ruta de Trayectorias on the first page: priority, modality,
    /// accompaniment group and padrinos (`priorizacion`), and, once the plan `ruta_plan` (SPEC §12.1) is
    /// among the inputs, its IE pares and its foro. Without the plan those two lines are left out.
    mutating func writeRutaPlacement() {
        document.subheading("Lugar en la Ruta de Trayectorias")
        guard let table = data.table(ReportTableName.priority) else {
            document.paragraph("No se cargó la priorización (priorizacion).")
            return
        }
        guard let row = data.priorityRow[profile.code] else {
            document.paragraph("La institución no aparece en la priorización del último año.")
            return
        }
        let score = table.integer("puntaje", at: row) ?? 0
        var items = ["Prioridad: puesto \(table.integer("rango", at: row).map(String.init) ?? "sin dato") de "
            + "\(ReportWording.amount(table.rowCount, "institución", "instituciones")), puntaje \(score).",
            "Modalidad: \(ReportWording.modality(table.text("modalidad", at: row))).",
        ]
        if let group = table.text("grupo_acompanamiento", at: row), !group.isEmpty {
            items.append("Grupo de acompañamiento: \(group).")
        }
        let padrinos = padrinos
        if !padrinos.isEmpty {
            items.append("Padrinos: \(ReportWording.joined(padrinos.map(data.displayName))).")
        } else if score > 0 {
            items.append("Padrinos: no se encontró ninguno (institución sin alertas de la misma zona y tamaño parecido).")
        }
        items += rutaPlanItems
        document.list(items)
    }

    /// `IE pares: …` and `Foro: …` from the institution's row of `ruta_plan`, when the plan is loaded.
    var rutaPlanItems: [String] {
        guard let plan = data.table(ReportTableName.rutaPlan), let row = data.rutaPlanRow[profile.code] else { return [] }
        var items: [String] = []
        let pares = (1...3).compactMap { plan.text("par_\($0)", at: row) }.filter { !$0.isEmpty }
        if plan.has("par_1") {
            items.append(pares.isEmpty ? "IE pares: ninguna con el mismo indicador principal y contexto parecido."
                : "IE pares (mismo indicador principal, contexto parecido): "
                    + "\(ReportWording.joined(pares.map(data.displayName))).")
        }
        if let foro = plan.text("foro", at: row), !foro.isEmpty {
            items.append("Foro: \(foro).")
        }
        return items
    }
}
