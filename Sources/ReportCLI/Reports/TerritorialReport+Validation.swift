extension TerritorialReport {
    /// The early-warning validation in words, and the subgroup comparison.
    mutating func writeValidation() {
        document.section("Validación del modelo de alerta temprana")
        if let note = data.modelNote { document.note(note) }
        guard let table = data.table(ReportTableName.validation), table.rowCount > 0 else {
            document.note("No hay validación del modelo (modelo_validacion).")
            return
        }
        var metrics: [String: Double] = [:]
        var subgroups: [String] = []
        for row in 0..<table.rowCount {
            guard let scorer = table.text("scorer", at: row), let group = table.text("subgrupo", at: row),
                  let metric = table.text("metrica", at: row) else { continue }
            if group != "TODOS", !subgroups.contains(group) { subgroups.append(group) }
            if let value = table.number("valor", at: row) { metrics["\(scorer)|\(group)|\(metric)"] = value }
        }
        func metric(_ scorer: String, _ group: String, _ name: String) -> Double? { metrics["\(scorer)|\(group)|\(name)"] }
        document.paragraph(Self.summary(metric: metric, wording: data.wording))
        writeCalibration(metric: metric)
        document.paragraph("Un puntaje de riesgo no es un diagnóstico: también se equivoca, y sus errores pueden ser "
            + "distintos en cada grupo de estudiantes. La tabla muestra cómo ordena el riesgo en cada grupo; un AUC "
            + "mucho menor en un grupo indica que allí el modelo ayuda poco.")
        guard !subgroups.isEmpty else { return }
        var builder = ReportTableBuilder(rowCount: subgroups.count)
        builder.texts("Grupo", subgroups.map(Self.subgroupLabel))
        builder.integers("Estudiantes", subgroups.map { metric("modelo", $0, "n").map { Int64($0.rounded()) } })
        builder.integers("Desertores", subgroups.map { metric("modelo", $0, "positivos").map { Int64($0.rounded()) } })
        builder.texts("AUC modelo", subgroups.map { metric("modelo", $0, "auc").map(Self.auc) })
        builder.texts("AUC regla", subgroups.map { metric("regla", $0, "auc").map(Self.auc) })
        builder.rates("Precisión 10 % (modelo)", subgroups.map { metric("modelo", $0, "precision_10") })
        builder.rates("Sensibilidad 10 % (modelo)", subgroups.map { metric("modelo", $0, "recall_10") })
        document.table(builder.table(named: "validacion"), caption: "Validación por grupo de estudiantes")
    }

    /// The calibration table by decile (mean predicted probability beside the observed rate) and
    /// its chart, when `modelo_validacion` has the `prediccion_decil_d` rows.
    private mutating func writeCalibration(metric: (String, String, String) -> Double?) {
        let deciles = Array(1...10)
        let predicted = deciles.map { metric("modelo", "TODOS", "prediccion_decil_\($0)") }
        let observed = deciles.map { metric("modelo", "TODOS", "calibracion_decil_\($0)") }
        guard predicted.contains(where: { $0 != nil }) else { return }
        var text = "Calibración: si el modelo dice 10 %, ¿desertó uno de cada diez? Los estudiantes del año de "
            + "validación se ordenan por la probabilidad que les dio el modelo y se parten en diez grupos iguales "
            + "(deciles); en cada uno se compara la probabilidad media predicha con la proporción que desertó."
        if let mean = metric("modelo", "TODOS", "media_prediccion"), let n = metric("modelo", "TODOS", "n"),
           let positives = metric("modelo", "TODOS", "positivos"), n > 0 {
            text += " En promedio el modelo predijo \(HumanNumberFormat.percent(mean)) y desertó el "
                + "\(HumanNumberFormat.percent(positives / n))."
        }
        document.paragraph(text)
        var builder = ReportTableBuilder(rowCount: deciles.count)
        builder.integers("Decil", deciles.map { Int64($0) })
        builder.rates("Probabilidad media predicha", predicted)
        builder.rates("Deserción observada", observed)
        document.table(builder.table(named: "calibracion"), caption: "Calibración del modelo por decil de riesgo")
        document.chart(LineChart(
            title: "Calibración del modelo por decil",
            description: "Probabilidad media predicha y deserción observada en cada decil de riesgo del año de "
                + "validación, del decil 1 (menor riesgo) al 10 (mayor riesgo).",
            years: deciles, series: [
                LineChart.Series(name: "Predicha", values: predicted),
                LineChart.Series(name: "Observada", values: observed),
            ], yAxisTitle: "Deserción"),
            caption: "Calibración: las dos líneas deben ir juntas; si la predicha va por encima, el modelo exagera el riesgo.")
    }

    /// The whole-population results in plain words.
    private static func summary(metric: (String, String, String) -> Double?, wording: ReportWording) -> String {
        var text = "El modelo se ajustó con años anteriores y se probó en el último año con resultado conocido"
        if let size = metric("modelo", "TODOS", "n") {
            text += ", con \(wording.count(Int64(size.rounded()))) estudiantes"
            if let positives = metric("modelo", "TODOS", "positivos") {
                text += ", de los que \(wording.count(Int64(positives.rounded()))) desertaron"
            }
        }
        text += "."
        let model = metric("modelo", "TODOS", "auc"), rule = metric("regla", "TODOS", "auc")
        if model != nil || rule != nil {
            text += " AUC del modelo: \(model.map(auc) ?? "sin dato"); de la regla simple (conteo de condiciones de "
                + "riesgo): \(rule.map(auc) ?? "sin dato"). El AUC es la probabilidad de que un estudiante que "
                + "desertó reciba un puntaje más alto que uno que no: 0.5 es azar y uno es perfecto."
        }
        if let model, let rule {
            text += model > rule + 0.01 ? " El modelo ordena el riesgo mejor que la regla."
                : " El modelo no mejora claramente a la regla, que es más fácil de explicar."
        }
        if let precision = metric("modelo", "TODOS", "precision_10"), let recall = metric("modelo", "TODOS", "recall_10") {
            text += " Entre el 10 % de estudiantes con mayor riesgo según el modelo desertó el "
                + "\(HumanNumberFormat.percent(precision)) (precisión), y allí estaba el "
                + "\(HumanNumberFormat.percent(recall)) de todos los que desertaron (sensibilidad)."
        }
        if let highest = metric("modelo", "TODOS", "calibracion_decil_10"),
           let lowest = metric("modelo", "TODOS", "calibracion_decil_1") {
            text += " En el décimo de mayor riesgo desertó el \(HumanNumberFormat.percent(highest)); en el de menor "
                + "riesgo, el \(HumanNumberFormat.percent(lowest))."
        }
        if let brier = metric("modelo", "TODOS", "brier") {
            text += " Puntaje de Brier: \(HumanNumberFormat.fixed(brier, decimals: 3)) (más bajo es mejor)."
        }
        return text
    }

    /// An AUC with two decimals.
    private static func auc(_ value: Double) -> String {
        HumanNumberFormat.fixed(value, decimals: 2)
    }

    /// `zona=RURAL` → `Zona: rural`.
    private static func subgroupLabel(_ name: String) -> String {
        let parts = name.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return name }
        let dimension = switch parts[0] {
        case "zona": "Zona"
        case "genero": "Género"
        case "victima": "Víctima del conflicto"
        case "etnia": "Grupo étnico"
        case "migrante": "Migrante"
        case "discapacidad": "Discapacidad"
        default: parts[0].capitalizedFirst
        }
        let value = switch parts[1] {
        case "SI": "sí"
        case "NO": "no"
        case "M": "masculino"
        case "F": "femenino"
        default: parts[1].lowercased()
        }
        return "\(dimension): \(value)"
    }
}
