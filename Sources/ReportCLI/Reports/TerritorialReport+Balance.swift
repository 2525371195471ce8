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
    }
}
