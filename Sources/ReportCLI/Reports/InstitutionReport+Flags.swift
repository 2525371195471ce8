extension InstitutionReport {
    /// Flags of the latest year explained in words; earlier flags in a table.
    mutating func writeFlags() {
        document.section("Alertas")
        guard let alerts = data.table(ReportTableName.alerts) else {
            document.note("No se cargó la tabla de alertas (alertas_institucion): no hay alertas que explicar.")
            return
        }
        document.paragraph("Una alerta señala un indicador que se aparta del territorio más de lo que explican "
            + "el azar y la variación habitual entre instituciones (exceso), una deserción que sube tres años "
            + "seguidos (tendencia) o un puntaje de Saber 11 bajo. Alta: evidencia muy fuerte; media: evidencia "
            + "suficiente para revisar.")
        let latest = latestFlags
        if latest.isEmpty {
            document.paragraph("La institución no tiene alertas en \(latestYear.map(String.init) ?? "el último año").")
        }
        for flag in latest {
            document.subheading(flag.title)
            document.paragraph(flag.explanation(wording: data.wording) { value(flag.indicator, year: $0) })
        }
        let earlier = flags.filter { $0.year != latestYear }.sorted { ($0.year, $0.indicator) > ($1.year, $1.indicator) }
        guard !earlier.isEmpty else { return }
        var builder = ReportTableBuilder(rowCount: earlier.count)
        builder.integers("Año", earlier.map { Int64($0.year) })
        builder.texts("Indicador", earlier.map(\.indicatorName))
        builder.texts("Regla", earlier.map(\.ruleName))
        builder.texts("Nivel", earlier.map { ReportWording.flagLevel($0.level) })
        builder.texts("Institución", earlier.map { $0.formatted($0.value, wording: data.wording) })
        builder.texts("Territorio", earlier.map { $0.formatted($0.reference, wording: data.wording) })
        document.table(builder.table(named: alerts.table.name), caption: "Alertas de años anteriores")
    }

    /// Questions for the PMI review, from the flags and the other findings.
    mutating func writeQuestions() {
        document.section("Preguntas para la revisión del PMI")
        var questions: [String] = []
        for flag in latestFlags {
            let question: String? = switch flag.rule {
            case "TENDENCIA": "¿Qué cambió en los últimos tres años para que la deserción subiera cada año?"
            case "SABER11_BAJO": "¿Qué acciones del plan de mejoramiento apuntan a lectura crítica y matemáticas, "
                + "y cómo se usan los resultados de Saber 11 con los docentes de la media?"
            default: FlowIndicator.named(flag.indicator)?.question
            }
            if let question, !questions.contains(question) { questions.append(question) }
        }
        if latestFlags.isEmpty {
            questions.append("¿Qué prácticas explican los resultados de la institución y cómo podrían compartirse "
                + "con otras instituciones del territorio?")
        }
        if let gap = repetitionGap(), abs(gap.reported - gap.observed) >= 0.05 {
            questions.append("¿Cómo se diligencia el campo REPITENTE en el SIMAT? La repitencia reportada "
                + "(\(data.wording.percent(gap.reported))) y la observada en los registros "
                + "(\(data.wording.percent(gap.observed))) no coinciden.")
        }
        if let year = latestYear, let counts = riskCounts(year: year) {
            questions.append("¿Quién acompaña a los estudiantes en riesgo alto de deserción (\(counts.high)) y con "
                + "qué frecuencia se revisa su asistencia?")
        }
        if let padrino = padrinos.first {
            questions.append("¿Qué prácticas de \(data.displayName(padrino)) podrían adaptarse en esta institución?")
        }
        questions.append("¿Cuáles de estas situaciones ya están en el PMI vigente, con qué metas, responsables y "
            + "fechas de seguimiento?")
        document.list(questions)
    }
}
