extension TerritorialReport {
    /// The pooled dropout effect by tercile of sessions delivered, with the warning that a dose is not randomised.
    mutating func writeBalanceByDose() {
        guard let dose = data.table(ReportTableName.dose) else { return }
        let rows = (0..<dose.rowCount).filter { dose.text("indicador", at: $0) == "tasa_desercion_intraanual" }
        guard !rows.isEmpty else { return }
        document.subheading("Por dosis de acompañamiento")
        document.paragraph("El mismo efecto de la deserción intraanual, calculado aparte para las acompañadas según las "
            + "sesiones realizadas (tercil 1: las que menos tuvieron; sin dato: sin sesiones registradas), siempre "
            + "frente al mismo grupo de comparación.")
        var builder = ReportTableBuilder(rowCount: rows.count)
        builder.copy("anio_base", from: dose, rows: rows, as: "Año base")
        builder.copy("anio", from: dose, rows: rows, as: "Año")
        builder.texts("Dosis", rows.map { Self.doseLabel(dose.text("dosis", at: $0)) })
        builder.texts("Sesiones", rows.map { row in
            guard let low = dose.number("sesiones_min", at: row), let high = dose.number("sesiones_max", at: row) else {
                return "sin dato"
            }
            return low == high ? Self.sessions(low) : "\(Self.sessions(low)) a \(Self.sessions(high))"
        })
        builder.texts("Horas promedio", rows.map { data.wording.decimal(dose.number("horas_media", at: $0)) })
        builder.copy("acompanadas", from: dose, rows: rows, as: "Acompañadas")
        for (name, label) in [("efecto", "Efecto"), ("ic_inferior", "IC 95 % inferior"), ("ic_superior", "IC 95 % superior")] {
            builder.rates(label, rows.map { dose.number(name, at: $0) })
        }
        document.table(builder.table(named: "balance_dosis"), caption: "Efecto sobre la deserción intraanual por tercil de sesiones")
        document.note("La dosis no se asignó al azar: las instituciones que recibieron más sesiones pueden ser distintas "
            + "(más grandes, más cercanas, con un problema más grave o más fácil). Una diferencia entre terciles describe, "
            + "no prueba que más sesiones funcionen mejor.")
    }

    /// A number of sessions or hours: whole numbers without decimals, else one decimal.
    static func sessions(_ value: Double) -> String {
        HumanNumberFormat.fixed(value, decimals: value == value.rounded() ? 0 : 1)
    }

    /// `T1` → `Tercil 1 (menos sesiones)`, `SIN_DATO` → `Sin dato de sesiones`.
    static func doseLabel(_ dose: String?) -> String {
        switch dose {
        case "T1": "Tercil 1 (menos sesiones)"
        case "T2": "Tercil 2"
        case "T3": "Tercil 3 (más sesiones)"
        default: "Sin dato de sesiones"
        }
    }

    /// What became of the students at `ALTO` in the base year, accompanied schools versus the others.
    mutating func writeFollowUp() {
        guard let followUp = data.table(ReportTableName.followUp), followUp.rowCount > 0 else { return }
        let rows = Array(0..<followUp.rowCount)
        document.subheading("Seguimiento de los estudiantes en riesgo alto")
        let scorer = followUp.text("metodo", at: 0) == "modelo"
            ? "el modelo ajustado con los años anteriores al año base"
            : "el puntaje de reglas (no había años anteriores suficientes para ajustar el modelo)"
        document.paragraph("Los estudiantes que la alerta temprana habría puesto en riesgo alto en el año base (el 10 % "
            + "con mayor riesgo del territorio, según \(scorer)), y qué fue de ellos cada año: en las instituciones "
            + "acompañadas y en todas las demás. Solo conteos. Las otras no son un grupo de comparación: sus "
            + "estudiantes en riesgo pueden ser distintos.")
        var builder = ReportTableBuilder(rowCount: rows.count)
        builder.copy("anio_base", from: followUp, rows: rows, as: "Año base")
        builder.copy("anio", from: followUp, rows: rows, as: "Año")
        builder.texts("Grupo", rows.map { followUp.text("grupo", at: $0) == "acompanadas" ? "Acompañadas" : "Otras" })
        for (name, label) in [("estudiantes", "Estudiantes"), ("matriculados", "Matriculados"), ("graduados", "Graduados"),
                              ("trasladados", "Trasladados"), ("desertores", "Desertores"), ("sin_rastro", "Sin rastro")] {
            builder.copy(name, from: followUp, rows: rows, as: label)
        }
        document.table(builder.table(named: "seguimiento"), caption: "Estudiantes en riesgo alto en el año base: qué fue de ellos")
    }
}
