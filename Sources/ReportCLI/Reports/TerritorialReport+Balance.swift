extension TerritorialReport {
    /// The balance of a filled Ruta plan (SPEC §12.2): in words the expected change from regression to the
    /// mean, the comparison group's size and the dose; the pooled effect with its interval as a chart beside
    /// the observed and expected change; the pooled rows; the warnings in plain Spanish; then the balance by
    /// dose and the follow-up of the students at `ALTO`.
    mutating func writeBalance() {
        guard let balance = data.table(ReportTableName.balance) else { return }
        document.section("Balance de la Ruta")
        let pooled = (0..<balance.rowCount).filter { balance.text("institucion", at: $0) == "TODAS" }
        guard !pooled.isEmpty else {
            document.paragraph("El plan cargado no tiene instituciones acompañadas con datos en años posteriores al año base.")
            writeFollowUp()
            return
        }
        document.paragraph("Las instituciones se eligieron por sus alertas del año base, así que parte de su mejora "
            + "llega sola (regresión a la media). El cambio esperado estima esa mejora sin ningún efecto; el efecto es "
            + "lo que va más allá, comparado con las instituciones priorizadas que no se acompañaron (sin contar "
            + "padrinos ni pares). Negativo significa menos de lo esperado en la tasa (en deserción, una mejora).")
        let dropout = pooled.filter { balance.text("indicador", at: $0) == "tasa_desercion_intraanual" }
        if let row = dropout.last { document.paragraph(balanceSentence(balance, row: row)) }
        if let dose = doseSentence() { document.paragraph(dose) }
        let charted = pooled.filter {
            ["tasa_desercion_intraanual", "tasa_desercion_interanual"].contains(balance.text("indicador", at: $0) ?? "")
        }
        if !charted.isEmpty {
            let groups = charted.map { row in
                EffectChart.Group(
                    label: "\(balance.integer("anio", at: row).map(String.init) ?? "") · "
                        + ReportWording.indicatorName(balance.text("indicador", at: row)),
                    observed: balance.number("cambio_observado", at: row),
                    expected: balance.number("cambio_esperado", at: row), effect: balance.number("efecto", at: row),
                    lower: balance.number("ic_inferior", at: row), upper: balance.number("ic_superior", at: row))
            }
            document.chart(EffectChart(
                title: "Balance de la Ruta: cambio observado, cambio esperado sin efecto y efecto",
                description: "Para cada año de seguimiento y tasa de deserción, el cambio de las acompañadas, el cambio "
                    + "que se esperaba sin ningún efecto y el efecto con su intervalo del 95 %. "
                    + (dropout.last.map { balanceSentence(balance, row: $0) } ?? ""),
                groups: groups), caption: "Efecto conjunto con su intervalo del 95 %, junto al cambio observado y al esperado sin efecto")
        }
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
        document.list(Self.balanceWarnings)
        writeBalanceByDose()
        writeFollowUp()
    }

    /// The warnings of SPEC §12.2 in plain Spanish (each accompanied institution's page states those that apply to it).
    static let balanceWarnings = [
        "Con menos de cinco instituciones de comparación se informa solo el efecto de las acompañadas (la columna "
            + "método lo dice), y pesa más cualquier error en el cambio esperado.",
        "Un intervalo que cubre el cero no prueba que el acompañamiento no sirvió: con pocas escuelas y un año solo se "
            + "distinguen efectos grandes.",
        "En las escuelas pequeñas unos pocos estudiantes mueven mucho la tasa; otros programas al mismo tiempo "
            + "(alimentación, transporte, otras estrategias) también cambian las cifras y el balance no los separa.",
        "Padrinos y pares quedan fuera de la comparación porque también participaron del acompañamiento.",
        "Un año de seguimiento es poco: conviene repetir el balance cuando se cargue el año siguiente.",
        "La dosis (sesiones y horas) no se asignó al azar: más sesiones no implica por sí mismo más efecto.",
    ]

    /// One pooled row in words: observed change, expected change, effect, interval and comparison size.
    func balanceSentence(_ balance: IndexedTable, row: Int) -> String {
        let wording = data.wording
        let year = balance.integer("anio", at: row).map(String.init) ?? "el año de seguimiento"
        let base = balance.integer("anio_base", at: row).map(String.init) ?? "el año base"
        let accompanied = Int(balance.integer("acompanadas", at: row) ?? 0)
        let comparison = Int(balance.integer("comparacion", at: row) ?? 0)
        var text = "En \(year), \(ReportWording.amount(accompanied, "institución acompañada", "instituciones acompañadas")) "
            + "pasaron en deserción intraanual de \(wording.percent(balance.number("valor_base", at: row))) en \(base) a "
            + "\(wording.percent(balance.number("valor", at: row))) (cambio observado "
            + "\(wording.percent(balance.number("cambio_observado", at: row)))). Sin ningún efecto se esperaba un cambio de "
            + "\(wording.percent(balance.number("cambio_esperado", at: row))), por la regresión a la media y el cambio del "
            + "territorio. El efecto es \(wording.percent(balance.number("efecto", at: row)))"
        if let lower = balance.number("ic_inferior", at: row), let upper = balance.number("ic_superior", at: row) {
            text += " (intervalo del 95 %: \(wording.percent(lower)) a \(wording.percent(upper))"
                + (lower <= 0 && upper >= 0 ? ", que cubre el cero: no se distingue del azar)" : ")")
        } else {
            text += " (sin intervalo: hay una sola institución acompañada)"
        }
        if comparison == 0 {
            text += ". No hay grupo de comparación (toda institución priorizada en \(base) fue acompañada, padrino o "
                + "par), así que el efecto es el de las acompañadas solas frente a lo esperado."
        } else {
            text += ". El grupo de comparación tiene \(ReportWording.amount(comparison, "institución", "instituciones")) "
                + "priorizadas en \(base) que no se acompañaron"
                + (comparison < 5 ? ", menos de cinco, así que el efecto es el de las acompañadas solas frente a lo esperado." : ".")
        }
        return text
    }

    /// The dose of the loaded plan in words, or nil without one.
    func doseSentence() -> String? {
        guard let input = data.table(ReportTableName.rutaInput) else { return nil }
        let accompanied = (0..<input.rowCount).filter { input.text("acompanada", at: $0) == "SI" }
        guard !accompanied.isEmpty else { return nil }
        let sessions = accompanied.compactMap { input.number("sesiones_realizadas", at: $0) }
        let hours = accompanied.compactMap { input.number("horas", at: $0) }
        var text = "Dosis registrada: " + (sessions.isEmpty
            ? "ninguna de las \(accompanied.count) acompañadas tiene sesiones realizadas diligenciadas"
            : "\(sessions.count) de las \(accompanied.count) acompañadas tienen sesiones realizadas diligenciadas, "
                + "\(Self.sessions(sessions.reduce(0, +))) en total (de \(Self.sessions(sessions.min()!)) a "
                + "\(Self.sessions(sessions.max()!)) por institución)")
        if !hours.isEmpty {
            text += "; \(Self.sessions(hours.reduce(0, +))) horas registradas en \(hours.count) de ellas"
        }
        return text + "."
    }
}
