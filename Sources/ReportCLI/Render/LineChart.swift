/// Trend lines: several named series of proportions over years, drawn as percentages.
///
/// Each series has its own colour, dash pattern and marker, a legend entry, and a direct label at the
/// right of the plot beside its last value. Missing values (`nil`) break the line.
struct LineChart: SVGChart {
    /// One named line.
    struct Series: Sendable {
        /// Name shown in the legend and the direct label.
        var name: String
        /// One proportion (0…1) per year of the chart, `nil` when unknown.
        var values: [Double?]
    }

    /// Accessible name of the chart.
    var title: String
    /// Accessible description: what is compared and the main finding.
    var description: String
    /// The x positions, strictly increasing.
    var years: [Int]
    /// The lines, in legend order.
    var series: [Series]
    /// Title of the vertical axis.
    var yAxisTitle: String

    /// Creates a chart; every series must have one value per year.
    init(title: String, description: String, years: [Int], series: [Series], yAxisTitle: String = "Porcentaje") {
        precondition(zip(years, years.dropFirst()).allSatisfy { $0 < $1 }, "years must increase")
        precondition(series.allSatisfy { $0.values.count == years.count }, "one value per year in every series")
        self.title = title
        self.description = description
        self.years = years
        self.series = series
        self.yAxisTitle = yAxisTitle
    }

    /// Chart width in user units.
    private static let width: Double = 640
    /// The plot area inside the chart.
    private static let plot = (left: 72.0, top: 16.0, right: 490.0, bottom: 256.0)

    /// The SVG markup.
    func svg(identifier: String) -> String {
        let plot = Self.plot
        let legend = ChartLegend(
            entries: series.indices.map { index in
                let style = SeriesStyle.at(index)
                return .init(label: series[index].name, color: style.color, dash: style.dash,
                             marker: style.marker, showsLine: true)
            },
            width: Self.width - plot.left - 16)
        let legendTop = plot.bottom + 48
        var document = SVGDocument(
            width: Self.width, height: legendTop + legend.height + 8,
            identifier: identifier, title: title, description: description)
        let maximum = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        let axis = ValueAxis(maximum: maximum, style: .percent, top: plot.top, bottom: plot.bottom)
        axis.draw(in: &document, left: plot.left, right: plot.right, title: yAxisTitle)
        drawYears(in: &document)
        for (index, line) in series.enumerated() {
            let style = SeriesStyle.at(index)
            let points = zip(years, line.values).map { year, value in
                value.map { (x: x(of: year), y: axis.y(of: $0)) }
            }
            document.add(SVGElement.polyline(
                points, stroke: style.color, width: 2.5, dash: style.dash, className: "serie"))
            for case let point? in points {
                document.add(style.marker.svg(x: point.x, y: point.y, size: 4, color: style.color, className: "punto"))
            }
        }
        drawDirectLabels(in: &document, axis: axis)
        legend.elements(left: plot.left, top: legendTop).forEach { document.add($0) }
        return document.render()
    }

    /// Horizontal position of `year`, inset from the plot edges so markers clear the axes.
    private func x(of year: Int) -> Double {
        let plot = Self.plot
        guard let first = years.first, let last = years.last, last > first else { return (plot.left + plot.right) / 2 }
        let inset = 16.0
        return plot.left + inset + Double(year - first) / Double(last - first) * (plot.right - plot.left - 2 * inset)
    }

    /// The x axis: line, one tick per year (thinned when crowded) and its title.
    private func drawYears(in document: inout SVGDocument) {
        let plot = Self.plot
        document.add(SVGElement.line(from: (plot.left, plot.bottom), to: (plot.right, plot.bottom), stroke: "#000000"))
        let stride = max(1, (years.count + 9) / 10)
        for (index, year) in years.enumerated() where index % stride == 0 {
            let position = x(of: year)
            document.add(SVGElement.line(from: (position, plot.bottom), to: (position, plot.bottom + 5), stroke: "#000000"))
            document.add(SVGElement.text(String(year), x: position, y: plot.bottom + 18, anchor: "middle"))
        }
        document.add(SVGElement.text("Año", x: (plot.left + plot.right) / 2, y: plot.bottom + 36, anchor: "middle"))
    }

    /// Each series' name at the right of the plot, level with its last value, nudged apart so that
    /// labels never overlap.
    private func drawDirectLabels(in document: inout SVGDocument, axis: ValueAxis) {
        let plot = Self.plot
        let labelled = series.indices.compactMap { index -> (index: Int, y: Double)? in
            guard let last = series[index].values.last(where: { $0 != nil }) ?? nil else { return nil }
            return (index, axis.y(of: last))
        }
        let positions = DirectLabels.separated(labelled.map(\.y), spacing: 15, top: plot.top, bottom: plot.bottom)
        for (label, y) in zip(labelled, positions) {
            let style = SeriesStyle.at(label.index)
            document.add(style.marker.svg(x: plot.right + 14, y: y, size: 4, color: style.color, className: "etiqueta"))
            document.add(SVGElement.text(Self.shortened(series[label.index].name), x: plot.right + 24, y: y + 4))
        }
    }

    /// `name` cut to fit the right margin.
    private static func shortened(_ name: String) -> String {
        name.count <= 18 ? name : String(name.prefix(17)) + "…"
    }
}
