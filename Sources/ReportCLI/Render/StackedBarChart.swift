/// Counts per category split into parts (for example prioritised schools per foro, split by their
/// principal problem): one vertical bar per category, one segment per part.
///
/// Segments are told apart by colour and by a text label inside each segment (its count), and the
/// key below the plot names each part with its colour and its position in the stack (bottom first),
/// so colour is never the only cue. Each bar carries its total above it.
struct StackedBarChart: SVGChart {
    /// One category and its count per part (in `parts` order).
    struct Bar: Sendable {
        /// Category name under the bar.
        var label: String
        /// Count of each part.
        var counts: [Int]
    }

    /// Accessible name and description.
    var title: String, description: String
    /// Part names, bottom of the stack first.
    var parts: [String]
    /// The bars, left to right.
    var bars: [Bar]
    /// Axis titles.
    var xAxisTitle: String, yAxisTitle: String

    /// Chart width in user units.
    private static let width: Double = 640
    /// The plot area.
    private static let plot = (left: 72.0, top: 24.0, right: 624.0, bottom: 264.0)
    /// Colours of the parts (Okabe–Ito, distinguishable with common colour-vision deficiencies).
    private static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]

    /// The SVG markup.
    func svg(identifier: String) -> String {
        let plot = Self.plot
        let keyTop = plot.bottom + 52
        var document = SVGDocument(width: Self.width, height: keyTop + Double(parts.count) * ChartLegend.rowHeight + 8,
                                   identifier: identifier, title: title, description: description)
        let totals = bars.map { $0.counts.reduce(0, +) }
        let axis = ValueAxis(maximum: Double(totals.max() ?? 0), style: .number, top: plot.top, bottom: plot.bottom)
        axis.draw(in: &document, left: plot.left, right: plot.right, title: yAxisTitle)
        let band = (plot.right - plot.left) / Double(max(bars.count, 1))
        let barWidth = band * 0.64
        let fitting = max(1, Int(band / ChartLegend.characterWidth))
        for (index, bar) in bars.enumerated() {
            let center = plot.left + band * (Double(index) + 0.5)
            var running = 0
            for (k, count) in bar.counts.enumerated() where count > 0 {
                let bottom = axis.y(of: Double(running)), top = axis.y(of: Double(running + count))
                document.add(SVGElement.rectangle(x: center - barWidth / 2, y: top, width: barWidth, height: bottom - top,
                                                  fill: Self.palette[k % Self.palette.count], className: "segmento"))
                if bottom - top >= 14 {
                    document.add(SVGElement.text(String(count), x: center, y: (top + bottom) / 2 + 4, anchor: "middle"))
                }
                running += count
            }
            document.add(SVGElement.text(String(totals[index]), x: center, y: axis.y(of: Double(running)) - 6,
                                         anchor: "middle", weight: "bold"))
            let name = bar.label.count <= fitting ? bar.label : String(bar.label.prefix(max(1, fitting - 1))) + "…"
            document.add(SVGElement.text(name, x: center, y: plot.bottom + 18, anchor: "middle"))
        }
        document.add(SVGElement.line(from: (plot.left, plot.bottom), to: (plot.right, plot.bottom), stroke: "#000000"))
        document.add(SVGElement.text(xAxisTitle, x: (plot.left + plot.right) / 2, y: plot.bottom + 38, anchor: "middle"))
        for (k, part) in parts.enumerated() {
            let y = keyTop + Double(k) * ChartLegend.rowHeight
            document.add(SVGElement.rectangle(x: plot.left, y: y - 10, width: 14, height: 14,
                                              fill: Self.palette[k % Self.palette.count], className: "clave"))
            document.add(SVGElement.text("\(k + 1). \(part)", x: plot.left + 22, y: y + 2))
        }
        return document.render()
    }
}
