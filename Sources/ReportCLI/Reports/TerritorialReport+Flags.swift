extension TerritorialReport {
    /// Flags of the latest year by indicator and rule, and one funnel plot per flagged indicator.
    mutating func writeFlags() {
        document.section("Alertas y gráficos de embudo")
        guard data.table(ReportTableName.alerts) != nil, let year = data.latestYear else {
            document.note("No se cargó la tabla de alertas (alertas_institucion).")
            writeFunnels([FlowIndicator.all[0]])
            return
        }
        let latest = latestFlags
        let kinds = Array(Set(latest.map { "\($0.indicator)|\($0.rule)" })).sorted()
        if kinds.isEmpty {
            document.paragraph("Ninguna institución tiene alertas en \(year).")
        } else {
            let pairs = kinds.map { kind in latest.filter { "\($0.indicator)|\($0.rule)" == kind } }
            var builder = ReportTableBuilder(rowCount: pairs.count)
            builder.texts("Indicador", pairs.map { $0[0].indicatorName })
            builder.texts("Regla", pairs.map { $0[0].ruleName })
            builder.integers("Alertas altas", pairs.map { Int64($0.count(where: \.isHigh)) })
            builder.integers("Alertas medias", pairs.map { Int64($0.count { !$0.isHigh }) })
            document.table(builder.table(named: "alertas"), caption: "Alertas de \(year) por indicador y regla")
        }
        let excess = Set(latest.filter { $0.rule == "EXCESO" }.map(\.indicator))
        let flagged = FlowIndicator.flagged.filter { excess.contains($0.rate) }
        writeFunnels(flagged.isEmpty ? [FlowIndicator.all[0]] : flagged)
    }

    /// The funnel plot of every institution for each of `indicators`.
    private mutating func writeFunnels(_ indicators: [FlowIndicator]) {
        let available = indicators.compactMap { funnels[$0.rate] }
        guard !available.isEmpty else {
            document.note("No hay datos suficientes para los gráficos de embudo.")
            return
        }
        document.paragraph("En cada gráfico, un punto por institución: su tasa frente a su número de estudiantes. "
            + "Las curvas marcan lo que cabe esperar por azar y por la variación habitual entre instituciones "
            + "(95 % y 99.8 %). Los puntos por encima de la curva superior son los excesos.")
        for funnel in available {
            let above = funnel.points.count { funnel.limitExceeded(size: $0.size, rate: $0.rate) != nil }
            var caption = "\(funnel.indicator.name) en \(funnel.year): "
                + "\(ReportWording.amount(funnel.points.count, "institución", "instituciones")); por encima del límite "
                + "superior de 95 %: \(ReportWording.amount(above, "institución", "instituciones"))."
            if !funnel.hasParameters {
                caption += " Sin parámetros de sobredispersión: límites binomiales con la tasa del territorio."
            }
            document.chart(funnel.plot(
                title: "\(funnel.indicator.name) \(funnel.year): embudo de instituciones",
                description: "\(funnel.indicator.name) de cada institución en \(funnel.year) frente a su tamaño; "
                    + "referencia \(HumanNumberFormat.percent(funnel.reference)); por encima del límite superior de 95 %: "
                    + "\(ReportWording.amount(above, "institución", "instituciones"))."),
                caption: caption)
        }
    }
}
