/// A legend laid out in rows below a chart: for each entry a sample of its line and marker, then its name.
struct ChartLegend: Sendable {
    /// One legend entry.
    struct Entry: Sendable {
        /// The name shown.
        var label: String
        /// Colour of the sample.
        var color: String
        /// Dash pattern of the sample line, `nil` for solid.
        var dash: String?
        /// Marker drawn on the sample, if any.
        var marker: MarkerShape?
        /// Whether the sample shows a line (series and limits) or only the marker (points).
        var showsLine: Bool
    }

    /// Entries in reading order.
    var entries: [Entry]
    /// Width available for the rows.
    var width: Double

    /// Height of one row.
    static let rowHeight: Double = 20
    /// Width of the line sample.
    private static let sampleWidth: Double = 30
    /// Rough advance of one character at the 12-unit font size.
    static let characterWidth: Double = 6.6

    /// Left offset and row of each entry.
    private var placements: [(x: Double, row: Int)] {
        var result: [(x: Double, row: Int)] = []
        var x = 0.0
        var row = 0
        for entry in entries {
            let entryWidth = Self.sampleWidth + 6 + Double(entry.label.count) * Self.characterWidth + 18
            if x > 0, x + entryWidth > width {
                row += 1
                x = 0
            }
            result.append((x, row))
            x += entryWidth
        }
        return result
    }

    /// Total height of the legend.
    var height: Double {
        Double((placements.last?.row ?? -1) + 1) * Self.rowHeight
    }

    /// The legend's elements with its top-left corner at (`left`, `top`).
    func elements(left: Double, top: Double) -> [String] {
        zip(entries, placements).flatMap { entry, placement -> [String] in
            let x = left + placement.x
            let middle = top + Double(placement.row) * Self.rowHeight + Self.rowHeight / 2
            var parts: [String] = []
            if entry.showsLine {
                parts.append(SVGElement.line(
                    from: (x, middle), to: (x + Self.sampleWidth, middle),
                    stroke: entry.color, width: 2.5, dash: entry.dash))
            }
            if let marker = entry.marker {
                parts.append(marker.svg(x: x + Self.sampleWidth / 2, y: middle, size: 4.5,
                                        color: entry.color, className: "leyenda"))
            }
            parts.append(SVGElement.text(entry.label, x: x + Self.sampleWidth + 6, y: middle + 4))
            return parts
        }
    }
}
