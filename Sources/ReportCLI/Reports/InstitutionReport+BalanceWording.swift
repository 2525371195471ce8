extension InstitutionReport {
    /// One institution row of `balance_ruta` in words: its rate in b and t, the observed change, the change
    /// expected with no effect split into regression to the mean and the territory's change (p̄_t − p̄_b from
    /// `indicadores_territorio`), the share of its distance to the territory expected to last, and the effect.
    func balanceSentence(_ balance: IndexedTable, row: Int) -> String {
        let wording = data.wording
        let indicator = balance.text("indicador", at: row) ?? ""
        let base = Int(balance.integer("anio_base", at: row) ?? 0), year = balance.year(at: row) ?? 0
        let name = ReportWording.indicatorName(indicator).lowercased()
        var text = "En \(year), la \(name) de la institución pasó de \(wording.percent(balance.number("valor_base", at: row))) "
            + "en \(base) a \(wording.percent(balance.number("valor", at: row))): un cambio observado de "
            + "\(Self.points(balance.number("cambio_observado", at: row))). Sin ningún efecto se esperaba un cambio de "
            + "\(Self.points(balance.number("cambio_esperado", at: row)))"
        if let expected = balance.number("cambio_esperado", at: row), let yb = balance.number("valor_base", at: row),
           let pb = territoryValue(indicator, year: base), let pt = territoryValue(indicator, year: year) {
            let regression = expected - (pt - pb)
            text += ": \(Self.points(regression)) por la regresión a la media y \(Self.points(pt - pb)) por el cambio "
                + "del territorio (de \(wording.percent(pb)) a \(wording.percent(pt)))"
            let distance = yb - pb
            if abs(distance) >= 0.0005 {
                let kept = min(1, max(0, 1 + regression / distance))
                text += ". En \(base) la institución estaba \(HumanNumberFormat.fixed(abs(distance) * 100)) puntos porcentuales "
                    + (distance > 0 ? "por encima" : "por debajo") + " del territorio; "
                    + (kept < 0.005 ? "como el embudo de \(base) no mostró diferencias duraderas entre instituciones, se "
                        + "espera que esa distancia desaparezca por completo"
                       : "se espera que conserve el \(HumanNumberFormat.percent(kept, decimals: 0)) de esa distancia "
                        + "(lo que reflejan las diferencias duraderas entre instituciones) y pierda el resto, que era azar")
            }
        }
        text += ". El efecto es \(Self.points(balance.number("efecto", at: row)))"
        if let effect = balance.number("efecto", at: row) {
            text += abs(effect) < 0.0005 ? ": la tasa quedó donde se esperaba."
                : (effect < 0 ? ": la tasa quedó por debajo de lo esperado sin acompañamiento."
                   : ": la tasa quedó por encima de lo esperado sin acompañamiento.")
        } else {
            text += "."
        }
        return text
    }

    /// The pooled row in words: how many accompanied schools are compared with how many, and the pooled effect.
    /// With `showsEffect` false (`--publico`, one accompanied school whose own figures are blanked: the pooled
    /// effect would be its own) the effect is left out.
    func comparisonSentence(_ balance: IndexedTable, row: Int, showsEffect: Bool) -> String {
        let wording = data.wording
        let base = balance.integer("anio_base", at: row).map(String.init) ?? "el año base"
        let year = balance.integer("anio", at: row).map(String.init) ?? "el año de seguimiento"
        let accompanied = Int(balance.integer("acompanadas", at: row) ?? 0)
        let comparison = Int(balance.integer("comparacion", at: row) ?? 0)
        var text = "En el balance conjunto, \(ReportWording.amount(accompanied, "institución acompañada", "instituciones acompañadas")) "
            + (comparison == 0
                ? "no tienen grupo de comparación: toda institución con alertas en \(base) fue acompañada, padrino o par"
                : "se comparan con \(ReportWording.amount(comparison, "institución", "instituciones")) que tuvieron alertas "
                    + "en \(base) y no se acompañaron (sin contar padrinos ni pares de las acompañadas)")
        if comparison > 0, comparison < Self.minimumComparison {
            text += "; son menos de cinco, así que el efecto conjunto es el de las acompañadas solas frente a lo esperado"
        }
        guard showsEffect else { return text + "." }
        text += ". Efecto conjunto en deserción intraanual en \(year): \(Self.points(balance.number("efecto", at: row)))"
        if let lower = balance.number("ic_inferior", at: row), let upper = balance.number("ic_superior", at: row) {
            text += " (intervalo del 95 %: \(wording.percent(lower)) a \(wording.percent(upper))"
                + (lower <= 0 && upper >= 0 ? ", que cubre el cero: no se distingue del azar)." : ").")
        } else {
            text += " (sin intervalo: hay una sola institución acompañada)."
        }
        return text
    }

    /// A change in percentage points with its sign: `+7.9 puntos porcentuales`, `-0.2 puntos porcentuales`.
    static func points(_ change: Double?) -> String {
        guard let change else { return "sin dato" }
        let text = HumanNumberFormat.fixed(change * 100)
        return (text.hasPrefix("-") || text == "0.0" ? text : "+" + text) + " puntos porcentuales"
    }

    /// ` (estado CERRADO)` in words, or nothing when the plan left it empty.
    static func statusWords(_ status: String?) -> String {
        switch status {
        case "EN_CURSO": " (acompañamiento en curso)"
        case "CERRADO": " (acompañamiento cerrado)"
        case "PLANEADO": " (planeado, con sesiones realizadas)"
        case "SUSPENDIDO": " (suspendido, con sesiones realizadas)"
        default: ""
        }
    }

    /// The dose delivered, from the institution's row of the loaded plan.
    static func doseWords(sessions: Double?, hours: Double?) -> String {
        switch (sessions, hours) {
        case (nil, nil):
            "No se registraron sesiones ni horas: el plan se da por cumplido tal como se escribió."
        case (let sessions?, nil):
            "Dosis registrada: \(sessionWords(sessions)) (sin horas registradas)."
        case (nil, let hours?):
            "Dosis registrada: \(hourWords(hours)) (sin sesiones realizadas registradas)."
        case (let sessions?, let hours?):
            "Dosis registrada: \(sessionWords(sessions)) y \(hourWords(hours))."
        }
    }

    /// `1 sesión realizada`, `6 sesiones realizadas`.
    static func sessionWords(_ sessions: Double) -> String {
        TerritorialReport.sessions(sessions) + (sessions == 1 ? " sesión realizada" : " sesiones realizadas")
    }

    /// `1 hora`, `12.5 horas`.
    static func hourWords(_ hours: Double) -> String {
        TerritorialReport.sessions(hours) + (hours == 1 ? " hora" : " horas")
    }
}
