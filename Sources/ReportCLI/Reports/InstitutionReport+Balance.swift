extension InstitutionReport {
    /// The institution's own balance of the Ruta (SPEC §12.2), only when a filled plan is among the inputs and
    /// the institution is accompanied in it: per base year, the dose in words; per later year, its intra-year
    /// dropout in words (observed change; the change expected with no effect, split into regression to the mean
    /// and the territory's own change; the effect); the comparison group's size; its `balance_ruta` rows as a
    /// table; and the warnings that apply. With `--publico`, a row whose base-year or later rate is blanked in
    /// `indicadores_institucion` shows no figure at all (each of them gives those rates back).
    mutating func writeBalance() {
        guard let input = data.table(ReportTableName.rutaInput), let balance = data.table(ReportTableName.balance)
        else { return }
        let plans = (0..<input.rowCount).filter {
            input.text("institucion", at: $0) == profile.code && input.text("acompanada", at: $0) == "SI"
        }
        guard !plans.isEmpty else { return }
        document.section("Balance de la Ruta")
        var explained = false
        for plan in plans {
            let base = Int(input.integer("anio_base", at: plan) ?? 0)
            if plans.count > 1 { document.subheading("Año base \(base)") }
            if writeBalance(base: base, plan: plan, input: input, balance: balance, explains: !explained) {
                explained = true
            }
        }
    }

    /// What the balance measures, in words (once per page).
    static let balanceExplanation = "Una institución elegida por una deserción alta suele mejorar al año siguiente "
        + "aunque nadie haga nada: parte de esa cifra alta era azar y no se repite (regresión a la media). El cambio "
        + "esperado sin efecto estima esa mejora más el cambio de todo el territorio; el efecto es lo que va más allá. "
        + "Negativo significa menos de lo esperado en la tasa (en deserción, una mejora). Los cambios están en puntos "
        + "porcentuales."

    /// The balance of base year `base`, with the dose from row `plan` of the loaded plan; `explains` adds what
    /// the balance measures after the dose. Returns whether the institution has balance rows of `base`.
    private mutating func writeBalance(base: Int, plan: Int, input: IndexedTable, balance: IndexedTable,
                                       explains: Bool) -> Bool {
        document.paragraph("La institución fue acompañada en la Ruta de Trayectorias con año base \(base)"
            + Self.statusWords(input.text("estado", at: plan)) + ". " + Self.doseWords(
                sessions: input.number("sesiones_realizadas", at: plan), hours: input.number("horas", at: plan)))
        let rows = (0..<balance.rowCount).filter {
            balance.text("institucion", at: $0) == profile.code && balance.integer("anio_base", at: $0) == Int64(base)
        }
        guard !rows.isEmpty else {
            document.paragraph("Todavía no hay balance: falta cargar un año posterior a \(base) con datos de la institución.")
            return false
        }
        if explains { document.paragraph(Self.balanceExplanation) }
        let shown = rows.filter { isPublished(balance, row: $0) }
        let dropout = "tasa_desercion_intraanual"
        for row in shown where balance.text("indicador", at: row) == dropout {
            document.paragraph(balanceSentence(balance, row: row))
        }
        let years = Array(Set(rows.compactMap { balance.year(at: $0) })).sorted()
        let pooled = (0..<balance.rowCount).last {
            balance.text("institucion", at: $0) == "TODAS" && balance.integer("anio_base", at: $0) == Int64(base)
                && balance.text("indicador", at: $0) == dropout
        }
        if let pooled {
            let alone = balance.integer("acompanadas", at: pooled) == 1
            let own = rows.first { balance.year(at: $0) == balance.year(at: pooled) && balance.text("indicador", at: $0) == dropout }
            let showsEffect = !data.wording.isPublic || !alone || own.map { shown.contains($0) } == true
            document.paragraph(comparisonSentence(balance, row: pooled, showsEffect: showsEffect))
        }
        var builder = ReportTableBuilder(rowCount: rows.count)
        builder.copy("anio", from: balance, rows: rows, as: "Año")
        builder.texts("Indicador", rows.map { ReportWording.indicatorName(balance.text("indicador", at: $0)) })
        for (name, label) in [("valor_base", "Valor en \(base)"), ("valor", "Valor"), ("cambio_observado", "Cambio observado"),
                              ("cambio_esperado", "Cambio esperado sin efecto"), ("efecto", "Efecto")] {
            builder.rates(label, rows.map { shown.contains($0) ? balance.number(name, at: $0) : nil })
        }
        document.table(builder.table(named: "balance_institucion"),
                       caption: "Balance de la institución: cambio observado, esperado sin efecto y efecto")
        for year in years where rows.contains(where: {
            balance.year(at: $0) == year && balance.text("indicador", at: $0) == "tasa_reprobacion"
        }) {
            guard let share = FlowIndicator.missingResults(in: indicators, row: totalRow(year)),
                  share > FlowIndicator.acceptedMissingResults else { continue }
            document.note(FlowIndicator.missingResultsNote(year: year, share: share)
                + " Su fila de reprobación en este balance no dice nada.")
        }
        if shown.count < rows.count {
            document.note("Versión pública: las filas sin cifras se calcularon sobre menos de cinco estudiantes o cuentan "
                + "entre uno y cuatro; sus cifras permitirían reconstruir esos conteos.")
        }
        let comparison = pooled.flatMap { balance.integer("comparacion", at: $0) }
        document.list(balanceWarnings(base: base, years: years, comparison: comparison))
        return true
    }

    /// Whether the figures of `row` may be shown: always, except with `--publico` when the institution's rate of
    /// the base year or of the later year is blanked in `indicadores_institucion`.
    func isPublished(_ balance: IndexedTable, row: Int) -> Bool {
        guard data.wording.isPublic else { return true }
        guard let indicator = balance.text("indicador", at: row),
              let base = balance.integer("anio_base", at: row), let year = balance.year(at: row) else { return false }
        return value(indicator, year: Int(base)) != nil && value(indicator, year: year) != nil
    }

    /// The warnings of SPEC §12.2 that apply to this institution, in plain Spanish.
    func balanceWarnings(base: Int, years: [Int], comparison: Int64?) -> [String] {
        var warnings: [String] = []
        let students = totalRow(base).flatMap { indicators?.integer("base", at: $0) }
        if let students, students < Self.smallSchool {
            warnings.append("Institución pequeña: en \(base) su deserción se calculó sobre \(data.wording.count(students)) "
                + "estudiantes, así que cada estudiante la mueve \(HumanNumberFormat.fixed(100 / Double(max(students, 1)))) "
                + "puntos porcentuales; unos pocos casos cambian mucho el balance.")
        } else if students == nil, data.wording.isPublic {
            warnings.append("Institución pequeña: su deserción se calcula sobre muy pocos estudiantes y unos pocos casos "
                + "cambian mucho el balance.")
        }
        warnings.append("Otros programas al mismo tiempo (alimentación escolar, transporte, otras estrategias de la SE o "
            + "de la propia institución) también cambian las cifras, y el balance no los separa del acompañamiento.")
        warnings.append("Padrinos y pares de las instituciones acompañadas quedan fuera del grupo de comparación, porque "
            + "también participaron del acompañamiento.")
        if let comparison, comparison < Int64(Self.minimumComparison) {
            warnings.append("Con menos de cinco instituciones de comparación, el efecto conjunto es el de las acompañadas "
                + "solas frente a lo esperado, y pesa más cualquier error en el cambio esperado.")
        }
        if years.count == 1, let year = years.first {
            warnings.append("Un solo año de seguimiento (\(year)) es poco: conviene repetir el balance cuando se cargue "
                + "\(year + 1).")
        }
        warnings.append("El efecto de una sola institución no tiene intervalo: por sí solo no distingue el acompañamiento "
            + "del azar. El intervalo del efecto conjunto está en el reporte territorial.")
        return warnings
    }

    /// Fewer students than this in the base year make a school small: one student then moves its rate by more
    /// than a percentage point.
    static let smallSchool: Int64 = 100

    /// Fewest comparison schools for the pooled contrast (SPEC §12.2).
    static let minimumComparison = 5
}
