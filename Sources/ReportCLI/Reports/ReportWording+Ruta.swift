extension ReportWording {
    /// The Spanish name of a flagged indicator (`tasa_desercion_intraanual` → `Deserción intraanual`).
    static func indicatorName(_ indicator: String?) -> String {
        guard let indicator else { return "sin dato" }
        if let flow = FlowIndicator.named(indicator) { return flow.name }
        return indicator == "promedio_global" ? "Puntaje global de Saber 11" : indicator
    }

    /// A value of a flagged indicator: a percentage for a rate, a score with one decimal for Saber.
    func indicatorValue(_ indicator: String?, _ value: Double?) -> String {
        guard let value else { return "sin dato" }
        return indicator == "promedio_global" ? HumanNumberFormat.fixed(value, decimals: 1) : percent(value)
    }
}
