extension InstitutionReport {
    /// The cohorts that started at the institution in its earliest year, followed to the latest year.
    mutating func writeTrajectories() {
        document.section("Trayectorias de las cohortes")
        guard let cohorts = data.cohortByInstitution(profile.code).map(IndexedTable.init) else {
            document.note("No hay tabla de trayectorias por cohorte para esta institución.")
            return
        }
        let followUp = (0..<cohorts.rowCount).compactMap { cohorts.year(at: $0) }.max()
        let lastRows = (0..<cohorts.rowCount).filter { cohorts.year(at: $0) == followUp }
        let start = lastRows.compactMap { cohorts.integer("anio_cohorte", at: $0) }.min()
        let chosen = lastRows.filter { cohorts.integer("anio_cohorte", at: $0) == start }
        guard let followUp, let start, !chosen.isEmpty else {
            document.paragraph("No hay cohortes con seguimiento: hace falta al menos un año posterior cargado.")
            return
        }
        document.paragraph("Una cohorte son los estudiantes que en \(start) terminaron el año en un grado de esta "
            + "institución. En \(followUp) se mira dónde están: en el grado esperado (a tiempo), atrasados, ya "
            + "graduados o sin registro en el territorio (desertaron o se fueron). Así se ve el efecto acumulado "
            + "de la repitencia y la deserción.")
        var builder = ReportTableBuilder(rowCount: chosen.count)
        builder.texts("Grado en \(start)", chosen.map { cohorts.integer("grado_cohorte", at: $0).map(ReportWording.grade) })
        builder.copy("cohorte", from: cohorts, rows: chosen, as: "Estudiantes")
        for (name, label) in [("tasa_a_tiempo", "A tiempo"), ("tasa_rezagados", "Atrasados"),
                              ("tasa_graduados", "Graduados"), ("tasa_sin_registro", "Sin registro"),
                              ("supervivencia_grado_5", "Llegaron a 5°"), ("supervivencia_grado_9", "Llegaron a 9°"),
                              ("supervivencia_grado_11", "Llegaron a 11°")] {
            builder.copy(name, from: cohorts, rows: chosen, as: label)
        }
        document.table(builder.table(named: "cohortes"), caption: "Cohortes de \(start) en \(followUp)")
        if let largest = chosen.max(by: { (cohorts.integer("cohorte", at: $0) ?? 0) < (cohorts.integer("cohorte", at: $1) ?? 0) }),
           let grade = cohorts.integer("grado_cohorte", at: largest) {
            let wording = data.wording
            document.paragraph("De los \(wording.count(cohorts.integer("cohorte", at: largest))) estudiantes que en "
                + "\(start) cursaban \(ReportWording.grade(grade)), en \(followUp) el "
                + "\(wording.percent(cohorts.number("tasa_a_tiempo", at: largest))) estaba a tiempo, el "
                + "\(wording.percent(cohorts.number("tasa_rezagados", at: largest))) atrasado y el "
                + "\(wording.percent(cohorts.number("tasa_sin_registro", at: largest))) sin registro.")
        }
    }

    /// Reported (SIMAT `REPITENTE`) against observed repetition (same grade as the year before).
    mutating func writeRepetition() {
        document.section("Repitencia reportada y observada")
        guard let table = indicators, table.has("repitentes"), !years.isEmpty else {
            document.note("No hay datos de repitencia.")
            return
        }
        document.paragraph("La repitencia reportada es la que marca el SIMAT (campo REPITENTE); la observada compara "
            + "el grado de cada estudiante con el del año anterior. Si difieren mucho, conviene revisar cómo se "
            + "diligencia el SIMAT antes de sacar conclusiones.")
        let ownRows = years.map { totalRow($0) }
        var builder = ReportTableBuilder(rowCount: years.count)
        builder.integers("Año", years.map(Int64.init))
        builder.copy("repitentes", from: table, rows: ownRows, as: "Repitentes reportados")
        builder.copy("tasa_repitencia", from: table, rows: ownRows, as: "Repitencia reportada")
        builder.copy("con_historia", from: table, rows: ownRows, as: "Con año anterior")
        builder.copy("repitentes_observados", from: table, rows: ownRows, as: "Repitentes observados")
        builder.copy("tasa_repitencia_observada", from: table, rows: ownRows, as: "Repitencia observada")
        document.table(builder.table(named: "repitencia"), caption: "Repitencia reportada y observada por año")
        if let gap = repetitionGap() {
            let difference = abs(gap.reported - gap.observed)
            let verdict = difference < 0.02 ? "Las dos cifras son parecidas."
                : "La diferencia es de \(HumanNumberFormat.fixed(difference * 100)) puntos porcentuales."
            document.paragraph("En \(gap.year): reportada \(data.wording.percent(gap.reported)), observada "
                + "\(data.wording.percent(gap.observed)). " + verdict)
        }
    }

    /// The latest year with both repetition rates, and the two rates.
    func repetitionGap() -> (year: Int, reported: Double, observed: Double)? {
        for year in years.reversed() {
            if let reported = value("tasa_repitencia", year: year),
               let observed = value("tasa_repitencia_observada", year: year) {
                return (year, reported, observed)
            }
        }
        return nil
    }
}
