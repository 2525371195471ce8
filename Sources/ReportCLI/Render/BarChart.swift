/// One vertical bar per category (for example per grade), each labelled with its value.
///
/// Bars need no colour key: every bar carries its category below and its value above. A category
/// without a value shows `s. d.` (sin dato) instead of a bar.
struct BarChart: SVGChart {
    /// One category and its value.
    struct Bar: Sendable {
        /// Category name under the bar.
        var label: String
        /// The value (a proportion when the chart shows percentages), `nil` when unknown.
        var value: Double?
    }

    /// Accessible name of the chart.
    var title: String
    /// Accessible description: what is compared and the main finding.
    var description: String
    /// The bars, left to right.
    var bars: [Bar]
    /// Whether values are percentages or plain numbers.
    var valueStyle: ChartValueStyle
    /// Title of the horizontal axis (the categories).
    var xAxisTitle: String
    /// Title of the vertical axis.
    var yAxisTitle: String

    /// Creates a chart.
    init(title: String, description: String, bars: [Bar], valueStyle: ChartValueStyle = .percent,
         xAxisTitle: String = "Grado", yAxisTitle: String = "Porcentaje") {
        self.title = title
        self.description = description
        self.bars = bars
        self.valueStyle = valueStyle
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
    }

    /// Chart width in user units.
    private static let width: Double = 640
    /// The plot area inside the chart.
    private static let plot = (left: 72.0, top: 24.0, right: 624.0, bottom: 264.0)
    /// Bar colour.
    private static let fill = "#0072B2"

    /// The SVG markup.
    func svg(identifier: String) -> String {
        let plot = Self.plot
        var document = SVGDocument(width: Self.width, height: plot.bottom + 48, identifier: identifier,
                                   title: title, description: description)
        let maximum = bars.compactMap(\.value).max() ?? 0
        let axis = ValueAxis(maximum: maximum, style: valueStyle, top: plot.top, bottom: plot.bottom)
        axis.draw(in: &document, left: plot.left, right: plot.right, title: yAxisTitle)
        let band = (plot.right - plot.left) / Double(max(bars.count, 1))
        let barWidth = band * 0.64
        let fitting = max(1, Int(band / ChartLegend.characterWidth))
        for (index, bar) in bars.enumerated() {
            let center = plot.left + band * (Double(index) + 0.5)
            if let value = bar.value {
                let top = axis.y(of: max(0, value))
                document.add(SVGElement.rectangle(x: center - barWidth / 2, y: top, width: barWidth,
                                                  height: plot.bottom - top, fill: Self.fill, className: "barra"))
                document.add(SVGElement.text(valueStyle.valueLabel(value), x: center, y: top - 6, anchor: "middle"))
            } else {
                document.add(SVGElement.text("s. d.", x: center, y: plot.bottom - 6, anchor: "middle"))
            }
            let name = bar.label.count <= fitting ? bar.label : String(bar.label.prefix(max(1, fitting - 1))) + "…"
            document.add(SVGElement.text(name, x: center, y: plot.bottom + 18, anchor: "middle"))
        }
        document.add(SVGElement.line(from: (plot.left, plot.bottom), to: (plot.right, plot.bottom), stroke: "#000000"))
        document.add(SVGElement.text(xAxisTitle, x: (plot.left + plot.right) / 2, y: plot.bottom + 38, anchor: "middle"))
        return document.render()
    }
}
