extension TerritorialReport {
    /// The prioritised institutions with modality, padrinos and group, and the groups' members.
    mutating func writePriority() {
        document.section("Priorización y acompañamiento")
        guard let table = data.table(ReportTableName.priority) else {
            document.note("No se cargó la priorización (priorizacion).")
            return
        }
        let prioritised = (0..<table.rowCount).filter { (table.integer("puntaje", at: $0) ?? 0) > 0 }
            .sorted { (table.integer("rango", at: $0) ?? 0, $0) < (table.integer("rango", at: $1) ?? 0, $1) }
        let modalities = (0..<table.rowCount).map { table.text("modalidad", at: $0) }
        document.paragraph("Puntaje: tres puntos por cada alerta alta y uno por cada alerta media del último año. Con "
            + "seis o más, acompañamiento en sitio; de uno a cinco, en grupo; con cero, sin acompañamiento priorizado. "
            + "En sitio: \(Self.institutions(modalities.count { $0 == "IN_SITU" })); en grupo: "
            + "\(Self.institutions(modalities.count { $0 == "GRUPO" })); sin priorizar: "
            + "\(Self.institutions(modalities.count { $0 == "NINGUNA" })).")
        var builder = ReportTableBuilder(rowCount: prioritised.count)
        for (name, label) in [("rango", "Puesto"), ("institucion", "Código"), ("nombre", "Nombre")] {
            builder.copy(name, from: table, rows: prioritised, as: label)
        }
        // `05001 Medellín (Antioquia)` when the table carries `nombre_municipio` (issue 12).
        if table.column("municipio") != nil {
            builder.texts("Municipio", prioritised.map { row in
                guard let code = table.text("municipio", at: row), !code.isEmpty else { return nil }
                guard let name = table.text("nombre_municipio", at: row), !name.isEmpty else { return code }
                return "\(code) \(name)"
            })
        }
        for (name, label) in [("zona", "Zona"), ("puntaje", "Puntaje"),
                              ("alertas_altas", "Alertas altas"), ("alertas_medias", "Alertas medias")] {
            builder.copy(name, from: table, rows: prioritised, as: label)
        }
        document.table(builder.table(named: "priorizacion"), caption: "Instituciones priorizadas",
                       emptyText: "ninguna institución tiene alertas en el último año.")
        if !prioritised.isEmpty {
            var support = ReportTableBuilder(rowCount: prioritised.count)
            support.copy("rango", from: table, rows: prioritised, as: "Puesto")
            support.copy("institucion", from: table, rows: prioritised, as: "Código")
            support.texts("Modalidad", prioritised.map { table.text("modalidad", at: $0).map(Self.modalityLabel) })
            for (name, label) in [("grupo_acompanamiento", "Grupo"), ("padrino_1", "Padrino 1"),
                                  ("padrino_2", "Padrino 2"), ("padrino_3", "Padrino 3")] {
                support.copy(name, from: table, rows: prioritised, as: label)
            }
            document.table(support.table(named: "acompanamiento"),
                           caption: "Modalidad, grupo y padrinos de las instituciones priorizadas")
        }
        let linked = prioritised.compactMap { table.text("institucion", at: $0) }.compactMap(data.profile)
        if !linked.isEmpty {
            document.paragraph("Diagnósticos de las instituciones priorizadas:")
            document.links(linked.map { profile in
                (.init(label: profile.displayName, target: profile.reportPath),
                 ReportWording.modality(table.text("modalidad", at: data.priorityRow[profile.code] ?? 0)))
            })
        }
        writeGroups(table)
    }

    /// `tres instituciones`.
    static func institutions(_ number: Int) -> String {
        ReportWording.amount(number, "institución", "instituciones")
    }

    /// A short modality label for tables.
    private static func modalityLabel(_ modality: String) -> String {
        switch modality {
        case "IN_SITU": "En sitio"
        case "GRUPO": "En grupo"
        case "NINGUNA": "Ninguna"
        default: modality
        }
    }

    /// Each accompaniment group and its institutions.
    private mutating func writeGroups(_ table: IndexedTable) {
        let groups = table.rowsGrouped(by: "grupo_acompanamiento").filter { !$0.key.isEmpty }
        guard !groups.isEmpty else { return }
        document.subheading("Grupos de acompañamiento")
        document.paragraph("Las instituciones en modalidad de grupo se reúnen por municipio y zona para que un mismo "
            + "acompañamiento atienda a varias.")
        document.list(groups.keys.sorted().map { group in
            let members = groups[group]!.compactMap { table.text("institucion", at: $0) }.map(data.displayName)
            return "\(group): \(ReportWording.joined(members))."
        })
    }
}
