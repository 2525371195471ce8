extension TerritorialReport {
    /// The balance of a filled Ruta plan (SPEC §12.2): the pooled rows with their interval, the expected
    /// change beside the observed one, the comparison group's size, and the warnings in plain Spanish.
    mutating func writeBalance() {
        guard let balance = data.table(ReportTableName.balance) else { return }
        document.section("Balance de la Ruta")
        let pooled = (0..<balance.rowCount).filter { balance.text("institucion", at: $0) == "TODAS" }
        guard !pooled.isEmpty else {
            document.paragraph("El plan cargado no tiene instituciones acompañadas con datos en años posteriores al año base.")
            return
        }
        document.paragraph("Las instituciones se eligieron por sus alertas del año base, así que parte de su mejora "
            + "llega sola (regresión a la media). El cambio esperado estima esa mejora sin ningún efecto; el efecto es "
            + "lo que va más allá, comparado con las instituciones priorizadas que no se acompañaron (sin contar "
            + "padrinos ni pares). Negativo significa menos de lo esperado en la tasa (en deserción, una mejora).")
        var builder = ReportTableBuilder(rowCount: pooled.count)
        builder.copy("anio_base", from: balance, rows: pooled, as: "Año base")
        builder.copy("anio", from: balance, rows: pooled, as: "Año")
        builder.texts("Indicador", pooled.map { ReportWording.indicatorName(balance.text("indicador", at: $0)) })
        builder.copy("acompanadas", from: balance, rows: pooled, as: "Acompañadas")
        builder.copy("comparacion", from: balance, rows: pooled, as: "Comparación")
        for (name, label) in [("cambio_observado", "Cambio observado"), ("cambio_esperado", "Cambio esperado sin efecto"),
                              ("efecto", "Efecto"), ("ic_inferior", "IC 95 % inferior"), ("ic_superior", "IC 95 % superior")] {
            builder.rates(label, pooled.map { balance.number(name, at: $0) })
        }
        document.table(builder.table(named: "balance"), caption: "Balance de la Ruta: efecto conjunto con su intervalo")
        document.list([
            "Con menos de cinco instituciones de comparación se informa solo el efecto de las acompañadas (la columna "
                + "método lo dice), y pesa más cualquier error en el cambio esperado.",
            "Un intervalo que cubre el cero no prueba que el acompañamiento no sirvió: con pocas escuelas y un año solo se "
                + "distinguen efectos grandes.",
            "Escuelas pequeñas, otros programas al mismo tiempo y un solo año de seguimiento pueden mover las cifras; "
                + "padrinos y pares quedan fuera de la comparación porque también participaron.",
            "La dosis (sesiones y horas) no se asignó al azar: más sesiones no implica por sí mismo más efecto.",
        ])
        writeBalanceByDose()
    }

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
}
