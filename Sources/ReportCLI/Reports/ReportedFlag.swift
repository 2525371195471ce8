/// One row of `alertas_institucion` (SPEC §6) as the reports read it.
struct ReportedFlag: Sendable {
    /// Year of the flag.
    var year: Int
    /// Institution code.
    var institution: String
    /// The flagged indicator: a rate column or `promedio_global`.
    var indicator: String
    /// The institution's value.
    var value: Double?
    /// The territory's value.
    var reference: Double?
    /// Numerator of the rate (empty for Saber 11).
    var numerator: Int64?
    /// Denominator (students, or Saber 11 examinees).
    var denominator: Int64?
    /// p-value (`EXCESO`) or z (`SABER11_BAJO`).
    var statistic: Double?
    /// `ALTA` or `MEDIA`.
    var level: String
    /// `EXCESO`, `TENDENCIA` or `SABER11_BAJO`.
    var rule: String

    /// Whether the flag is of level `ALTA`.
    var isHigh: Bool { level == "ALTA" }

    /// The flags of `rows` in `table`, high before medium, then in table order.
    static func flags(_ table: IndexedTable?, rows: [Int]) -> [ReportedFlag] {
        guard let table else { return [] }
        let flags = rows.compactMap { row -> ReportedFlag? in
            guard let year = table.year(at: row), let indicator = table.text("indicador", at: row) else { return nil }
            return ReportedFlag(
                year: year, institution: table.text("institucion", at: row) ?? "", indicator: indicator,
                value: table.number("valor", at: row), reference: table.number("referencia", at: row),
                numerator: table.integer("numerador", at: row), denominator: table.integer("denominador", at: row),
                statistic: table.number("estadistico", at: row), level: table.text("nivel", at: row) ?? "",
                rule: table.text("regla", at: row) ?? "")
        }
        return flags.enumerated().sorted { lhs, rhs in
            (lhs.element.isHigh ? 0 : 1, lhs.offset) < (rhs.element.isHigh ? 0 : 1, rhs.offset)
        }.map(\.element)
    }

    /// The indicator's Spanish name.
    var indicatorName: String {
        if let flow = FlowIndicator.named(indicator) { return flow.name }
        return indicator == "promedio_global" ? "Puntaje global de Saber 11" : indicator
    }

    /// The rule's Spanish name.
    var ruleName: String {
        switch rule {
        case "EXCESO": "exceso estadístico"
        case "TENDENCIA": "tendencia creciente"
        case "SABER11_BAJO": "Saber 11 bajo"
        default: rule
        }
    }

    /// `value` or `reference` written for this indicator: a percentage for rates, a score otherwise.
    func formatted(_ number: Double?, wording: ReportWording) -> String {
        FlowIndicator.named(indicator) == nil ? wording.decimal(number) : wording.percent(number)
    }
}
