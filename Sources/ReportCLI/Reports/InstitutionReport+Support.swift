extension InstitutionReport {
    /// The institution's padrinos (sponsor institutions), in order.
    var padrinos: [String] {
        guard let table = data.table(ReportTableName.priority), let row = data.priorityRow[profile.code] else { return [] }
        return (1...3).compactMap { table.text("padrino_\($0)", at: row) }.filter { !$0.isEmpty }
    }

    /// Priority, score, modality, accompaniment group and padrinos.
    mutating func writeSupport() {
        document.section("Priorización y acompañamiento")
        guard let table = data.table(ReportTableName.priority) else {
            document.note("No se cargó la priorización (priorizacion).")
            return
        }
        guard let row = data.priorityRow[profile.code] else {
            document.paragraph("La institución no aparece en la priorización del último año (no tuvo matrícula ese año).")
            return
        }
        let year = table.year(at: row).map(String.init) ?? "el último año"
        let rank = table.integer("rango", at: row).map(String.init) ?? "sin dato"
        let score = table.integer("puntaje", at: row).map(String.init) ?? "sin dato"
        var items = [
            "Puesto \(rank) de \(ReportWording.amount(table.rowCount, "institución", "instituciones")) en \(year), con puntaje \(score) (tres puntos por "
                + "cada alerta alta y uno por cada alerta media).",
            "Modalidad: \(ReportWording.modality(table.text("modalidad", at: row))).",
        ]
        if let group = table.text("grupo_acompanamiento", at: row), !group.isEmpty {
            let members = (data.table(ReportTableName.priority).map { priority in
                (0..<priority.rowCount).filter { priority.text("grupo_acompanamiento", at: $0) == group && $0 != row }
                    .compactMap { priority.text("institucion", at: $0) }
            } ?? []).map(data.displayName)
            items.append("Grupo de acompañamiento \(group)"
                + (members.isEmpty ? "." : ", con \(ReportWording.joined(members))."))
        }
        document.list(items)
        let padrinos = padrinos
        if padrinos.isEmpty {
            if (table.integer("puntaje", at: row) ?? 0) > 0 {
                document.paragraph("No se encontraron padrinos: ninguna institución sin alertas de la misma zona y de "
                    + "tamaño parecido.")
            }
            return
        }
        document.paragraph("Padrinos: instituciones sin alertas, de la misma zona y de tamaño parecido (de la mitad "
            + "al doble de la matrícula), primero las del mismo municipio y con menor deserción. Pueden compartir "
            + "prácticas en la revisión del PMI.")
        document.links(padrinos.map { code in
            let profile = data.profile(code)
            let link = ReportDocument.Link(label: data.displayName(code),
                                           target: InstitutionProfile.fileStem(code))
            let detail = profile.map { "municipio \($0.municipalityLabel), zona \(ReportWording.attribute($0.zone))" } ?? ""
            return (link, detail)
        })
    }

    /// Students of the latest year by early-warning level, with the model's note.
    mutating func writeRisk() {
        document.section("Estudiantes por nivel de riesgo de deserción")
        guard let year = latestYear, riskCounts(year: year) != nil else {
            document.note("No hay conteos de estudiantes por nivel de riesgo (alerta temprana no disponible).")
            if let note = data.modelNote { document.note(note) }
            return
        }
        document.paragraph("El nivel de riesgo ordena a los estudiantes del territorio por su probabilidad estimada de "
            + "desertar: alto es el 10 % con mayor riesgo, medio el 20 % siguiente. Es una señal para conversar y "
            + "acompañar, no un diagnóstico de cada estudiante.")
        let row = totalRow(year)
        var builder = ReportTableBuilder(rowCount: 3)
        builder.texts("Nivel de riesgo", ["Alto", "Medio", "Bajo"])
        builder.integers("Estudiantes en \(year)", ["riesgo_alto", "riesgo_medio", "riesgo_bajo"].map { name in
            row.flatMap { indicators?.integer(name, at: $0) }
        })
        document.table(builder.table(named: "riesgo"), caption: "Estudiantes por nivel de riesgo en \(year)")
        if let note = data.modelNote { document.note(note) }
    }

    /// What was not available, and the privacy rule.
    mutating func writeNotes() {
        document.section("Notas sobre los datos")
        var notes = ["Las tasas comparan con el territorio del mismo año; \"sin dato\" indica que el indicador no se "
            + "puede calcular (por ejemplo, la deserción interanual del último año necesita el año siguiente)."]
        let missing = [ReportTableName.grade, ReportTableName.saber, ReportTableName.alerts,
                       ReportTableName.funnel, ReportTableName.priority].filter { data.table($0) == nil }
        if !missing.isEmpty {
            notes.append("No se cargaron: \(ReportWording.joined(missing)).")
        }
        if data.wording.isPublic {
            notes.append(ReportWording.publicNote)
        }
        document.list(notes)
    }
}
