import Indicators

/// `--publico` for the reports and the CSV tables (SPEC §10): every table is suppressed before anything reads it, so no
/// table, sentence or chart can show a count from 1 to 4 or a rate over fewer than 5 students.
///
/// Rates use `PublicSuppression` with each table's rate → denominator mapping. Means and statistics
/// (`valor` of an alert, Saber averages) are blanked the same way over their denominator, since a mean
/// over one examinee is that examinee's score. Counts that are not of people (flags, institutions,
/// ranks, scores) are exempt. Student-level examples of the data-quality table are dropped.
enum ReportPrivacy {
    /// Rate or mean column → its denominator, per table.
    static let denominators: [String: [String: String]] = [
        ReportTableName.territory: indicatorDenominators,
        ReportTableName.institution: indicatorDenominators,
        ReportTableName.grade: PublicSuppression.indicatorRateDenominators,
        ReportTableName.cohort: [
            "tasa_a_tiempo": "cohorte", "tasa_rezagados": "cohorte", "tasa_graduados": "cohorte",
            "tasa_sin_registro": "cohorte", "supervivencia_grado_5": "cohorte",
            "supervivencia_grado_9": "cohorte", "supervivencia_grado_11": "cohorte",
        ],
        ReportTableName.saber: [
            "promedio_global": "evaluados", "desviacion_global": "evaluados",
            "promedio_lectura_critica": "evaluados", "promedio_matematicas": "evaluados",
            "promedio_c_naturales": "evaluados", "promedio_sociales_ciudadanas": "evaluados",
            "promedio_ingles": "evaluados", "tasa_insuficiente_matematicas": "evaluados",
            "tasa_insuficiente_lectura_critica": "evaluados",
        ],
        ReportTableName.alerts: ["valor": "denominador", "estadistico": "denominador"],
        ReportTableName.rutaPlan: ["valor_base": "denominador_base"],
    ]

    /// The indicator rates, plus MEN's published rates (kept where the computed enrollment is 5 or more)
    /// and the Saber 11 mean joined into institution rows (over its examinees).
    static let indicatorDenominators = PublicSuppression.indicatorRateDenominators.merging(
        ["men_desercion", "men_aprobacion", "men_reprobacion", "men_repitencia"].map { ($0, "matricula") }
            + [("saber11_promedio_global", "saber11_evaluados")],
        uniquingKeysWith: { first, _ in first })

    /// Whole-number columns, per table, that do not count people and are published as they are.
    static let exemptCounts: [String: Set<String>] = [
        ReportTableName.alerts: ["anio"],
        ReportTableName.funnel: ["anio", "instituciones"],
        ReportTableName.priority: ["anio", "rango", "puntaje", "alertas_altas", "alertas_medias"],
        ReportTableName.cohort: ["anio", "anio_cohorte", "grado_cohorte"],
        ReportTableName.rutaPlan: ["anio_base", "rango", "puntaje"],
        ReportTableName.forums: ["anio", "instituciones_con_alerta"],
        ReportTableName.balance: ["anio_base", "anio", "acompanadas", "comparacion"],
        ReportTableName.dose: ["anio_base", "anio", "acompanadas", "comparacion"],
    ]

    /// `table` as the reports may show it; unchanged unless `isPublic`.
    static func published(_ table: ResultTable, isPublic: Bool) -> ResultTable {
        guard isPublic else { return table }
        switch table.name {
        case ReportTableName.validation: return publishedValidation(table)
        case ReportTableName.quality: return publishedQuality(table)
        default: break
        }
        let mapping = denominators[table.name] ?? indicatorDenominators
        let rule = PublicSuppression(
            rateDenominators: mapping,
            exemptColumns: exemptCounts[table.name] ?? PublicSuppression.defaultExemptColumns)
        let suppressed = blankingMeans(in: rule.applied(to: table), original: table, mapping: mapping)
        return blankingOverSmallNumerators(in: suppressed, original: table, mapping: numerators[table.name] ?? [:])
    }

    /// Decimal column → the count column that is its numerator, per table, where a rate is kept as a
    /// decimal beside its numerator (an alert's `valor` is `numerador` / `denominador`, and its
    /// `estadistico` gives `valor` back from `referencia` and `denominador`).
    static let numerators: [String: [String: String]] = [
        ReportTableName.alerts: ["valor": "numerador", "estadistico": "numerador"],
        ReportTableName.rutaPlan: ["valor_base": "numerador_base"],
    ]

    /// `suppressed` with every decimal column of `mapping` blanked where its numerator in `original` is
    /// 1…4 (a blanked count), so that the count cannot be rebuilt from the rate and its denominator.
    private static func blankingOverSmallNumerators(in suppressed: ResultTable, original: ResultTable,
                                                    mapping: [String: String]) -> ResultTable {
        guard !mapping.isEmpty else { return suppressed }
        let source = IndexedTable(original)
        var result = suppressed
        for (index, column) in result.columns.enumerated() {
            guard case .decimals(let values) = column.values, let numerator = mapping[column.name] else { continue }
            let kept = values.indices.map { row -> Double? in
                if let count = source.integer(numerator, at: row), count > 0,
                   count < PublicSuppression.minimumPublishedCount { return nil }
                return values[row]
            }
            result.columns[index] = ResultColumn(column.name, .decimals(kept))
        }
        return result
    }

    /// `suppressed` with every decimal column of `mapping` blanked where the denominator in `original`
    /// is under 5 or empty.
    private static func blankingMeans(in suppressed: ResultTable, original: ResultTable,
                                      mapping: [String: String]) -> ResultTable {
        let source = IndexedTable(original)
        var result = suppressed
        for (index, column) in result.columns.enumerated() {
            guard case .decimals(let values) = column.values, let denominator = mapping[column.name] else { continue }
            let kept = values.indices.map { row -> Double? in
                guard let size = source.integer(denominator, at: row),
                      size >= PublicSuppression.minimumPublishedCount else { return nil }
                return values[row]
            }
            result.columns[index] = ResultColumn(column.name, .decimals(kept))
        }
        return result
    }

    /// `modelo_validacion` with the metrics of subgroups under 5 students blanked, the metrics (all but
    /// `n` and `positivos`) of subgroups with fewer than 5 positives blanked (SPEC §10, version 2: a
    /// recall over 4 dropouts describes 4 students), and `n` or `positivos` from 1 to 4 blanked.
    private static func publishedValidation(_ table: ResultTable) -> ResultTable {
        let source = IndexedTable(table)
        var smallGroups = Set<String>(), fewPositives = Set<String>()
        let minimum = Double(PublicSuppression.minimumPublishedCount)
        for row in 0..<source.rowCount {
            let group = "\(source.text("scorer", at: row) ?? "")|\(source.text("subgrupo", at: row) ?? "")"
            switch source.text("metrica", at: row) {
            case "n": if (source.number("valor", at: row) ?? 0) < minimum { smallGroups.insert(group) }
            case "positivos": if (source.number("valor", at: row) ?? 0) < minimum { fewPositives.insert(group) }
            default: break
            }
        }
        guard let position = table.columns.firstIndex(where: { $0.name == "valor" }) else { return table }
        let values = (0..<source.rowCount).map { row -> Double? in
            let group = "\(source.text("scorer", at: row) ?? "")|\(source.text("subgrupo", at: row) ?? "")"
            let value = source.number("valor", at: row)
            if smallGroups.contains(group) { return nil }
            if fewPositives.contains(group), !["n", "positivos"].contains(source.text("metrica", at: row)) { return nil }
            if ["n", "positivos"].contains(source.text("metrica", at: row)), let value,
               value > 0, value < Double(PublicSuppression.minimumPublishedCount) { return nil }
            return value
        }
        var result = table
        if case .rates = table.columns[position].values {
            result.columns[position] = ResultColumn("valor", .rates(values))
        } else {
            result.columns[position] = ResultColumn("valor", .decimals(values))
        }
        return result
    }

    /// `calidad_datos` without the `ejemplo` column (it points at single records), counts suppressed.
    private static func publishedQuality(_ table: ResultTable) -> ResultTable {
        let withoutExamples = ResultTable(name: table.name, columns: table.columns.filter { $0.name != "ejemplo" })
        return PublicSuppression(rateDenominators: [:]).applied(to: withoutExamples)
    }
}
