/// One vertical bar per category (for example per grade), each labelled with its value when it fits.
///
/// Bars need no colour key: every bar carries its category below and, when the value's text fits in
/// the bar's band, its value above. Labels never overlap: category names too long for their band are
/// slanted at 45° (and cut at `longestLabel` characters); values that do not fit are left out for every
/// bar (the axis and the table beside the chart give them). A category without a value shows `s. d.`
/// (sin dato) when it fits.
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
    /// The plot area inside the chart (its bottom is the zero line).
    private static let plot = (left: 72.0, top: 24.0, right: 624.0, bottom: 264.0)
    /// Bar colour.
    private static let fill = "#0072B2"
    /// Longest category label drawn, in characters (longer ones end in `…`).
    static let longestLabel = 14
    /// Space kept free between two neighbouring labels, in user units.
    private static let gap: Double = 4

    /// Width of the band of each bar.
    var band: Double { (Self.plot.right - Self.plot.left) / Double(max(bars.count, 1)) }

    /// The category labels as drawn.
    var drawnLabels: [String] {
        bars.map { $0.label.count <= Self.longestLabel ? $0.label : String($0.label.prefix(Self.longestLabel - 1)) + "…" }
    }

    /// Whether the category labels are slanted: some label is wider than its band.
    var slantsLabels: Bool {
        drawnLabels.contains { Self.textWidth($0) > band - Self.gap }
    }

    /// Whether the value labels are drawn: every one fits in its band.
    var showsValues: Bool {
        bars.allSatisfy { bar in Self.textWidth(bar.value.map(valueStyle.valueLabel) ?? "s. d.") <= band - Self.gap }
    }

    /// Every how many bars a category label is drawn: 1, unless even slanted labels would touch
    /// (slanted baselines lie `band · sin 45°` apart and a line of text needs about 13 units).
    var labelStride: Int {
        slantsLabels ? max(1, Int((13 / (band * 0.71)).rounded(.up))) : 1
    }

    /// Approximate width of `text` at the chart's 12-unit font.
    static func textWidth(_ text: String) -> Double {
        Double(text.count) * ChartLegend.characterWidth
    }

    /// The SVG markup.
    func svg(identifier: String) -> String {
        let plot = Self.plot
        let labels = drawnLabels
        let slanted = slantsLabels
        let labelDepth = slanted ? (labels.map(Self.textWidth).max() ?? 0) * 0.71 + 14 : 18
        var document = SVGDocument(width: Self.width, height: plot.bottom + labelDepth + 30, identifier: identifier,
                                   title: title, description: description)
        let maximum = bars.compactMap(\.value).max() ?? 0
        let axis = ValueAxis(maximum: maximum, style: valueStyle, top: plot.top, bottom: plot.bottom)
        axis.draw(in: &document, left: plot.left, right: plot.right, title: yAxisTitle)
        let barWidth = band * 0.64
        let values = showsValues
        for (index, bar) in bars.enumerated() {
            let center = plot.left + band * (Double(index) + 0.5)
            if let value = bar.value {
                let top = axis.y(of: max(0, value))
                document.add(SVGElement.rectangle(x: center - barWidth / 2, y: top, width: barWidth,
                                                  height: plot.bottom - top, fill: Self.fill, className: "barra"))
                if values {
                    document.add(SVGElement.text(valueStyle.valueLabel(value), x: center, y: top - 6, anchor: "middle"))
                }
            } else if values {
                document.add(SVGElement.text("s. d.", x: center, y: plot.bottom - 6, anchor: "middle"))
            }
            guard index % labelStride == 0 else { continue }
            document.add(slanted
                ? SVGElement.slantedText(labels[index], x: center + 4, y: plot.bottom + 14)
                : SVGElement.text(labels[index], x: center, y: plot.bottom + 18, anchor: "middle"))
        }
        document.add(SVGElement.line(from: (plot.left, plot.bottom), to: (plot.right, plot.bottom), stroke: "#000000"))
        document.add(SVGElement.text(xAxisTitle, x: (plot.left + plot.right) / 2, y: plot.bottom + labelDepth + 20,
                                     anchor: "middle"))
        return document.render()
    }
}
