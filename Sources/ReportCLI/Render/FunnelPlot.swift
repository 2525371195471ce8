import Foundation

/// Rate against size for every institution, with the reference rate and funnel-shaped control limits
/// at 95 % and 99.8 % (SPEC §6), on a logarithmic size axis.
///
/// Institutions are small grey circles; the highlighted one is a larger orange diamond with its name
/// beside it. Limits differ by dash pattern and carry direct labels at the right.
struct FunnelPlot: SVGChart {
    /// One institution: its denominator and its rate.
    struct Point: Sendable {
        /// Denominator of the rate (number of students); points under 1 are not drawn.
        var size: Int
        /// The observed proportion.
        var rate: Double
    }

    /// The institution to single out.
    struct Highlight: Sendable {
        /// Its position in `points`.
        var index: Int
        /// Its name, written beside it.
        var label: String
    }

    /// Accessible name of the chart.
    var title: String
    /// Accessible description: what is compared and where the highlighted institution falls.
    var description: String
    /// All institutions.
    var points: [Point]
    /// The reference proportion p0.
    var reference: Double
    /// Between-institution variance τ² added to the binomial variance (0 for none).
    var tau2: Double
    /// The institution drawn apart, if any.
    var highlight: Highlight?
    /// Title of the size axis.
    var xAxisTitle: String
    /// Title of the rate axis.
    var yAxisTitle: String

    /// Creates a plot; `highlight`, when given, must index into `points`.
    init(title: String, description: String, points: [Point], reference: Double, tau2: Double,
         highlight: Highlight? = nil, xAxisTitle: String, yAxisTitle: String) {
        precondition(highlight.map { points.indices.contains($0.index) } ?? true, "highlight outside points")
        self.title = title
        self.description = description
        self.points = points
        self.reference = reference
        self.tau2 = tau2
        self.highlight = highlight
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
    }

    /// Chart width in user units.
    static let width: Double = 640
    /// The plot area inside the chart.
    static let plot = (left: 72.0, top: 16.0, right: 552.0, bottom: 276.0)
    /// Colour of the highlighted institution.
    static let highlightColor = "#B84A00"

    /// The SVG markup.
    func svg(identifier: String) -> String {
        let plot = Self.plot
        let drawable = points.indices.filter { points[$0].size >= 1 && points[$0].rate.isFinite }
        let sizes = drawable.map { Double(points[$0].size) }
        let smallest = sizes.min() ?? 1
        let largest = sizes.max() ?? 100
        let scale = LogScale(lower: smallest / 1.25, upper: largest * 1.25, left: plot.left, right: plot.right)
        let curveSizes = Self.sampleSizes(from: smallest, to: largest)
        let highestLimit = Self.controlLevels.map {
            Self.controlLimits(reference: reference, tau2: tau2, size: largest, z: $0.z).upperBound
        }.max() ?? reference
        let highestRate = drawable.map { points[$0].rate }.max() ?? 0
        let axis = ValueAxis(maximum: max(highestRate, highestLimit, reference) * 1.05, style: .percent,
                             top: plot.top, bottom: plot.bottom)
        let legend = ChartLegend(entries: legendEntries, width: Self.width - plot.left - 16)
        let legendTop = plot.bottom + 48
        var document = SVGDocument(width: Self.width, height: legendTop + legend.height + 8,
                                   identifier: identifier, title: title, description: description)
        axis.draw(in: &document, left: plot.left, right: plot.right, title: yAxisTitle)
        scale.draw(in: &document, top: plot.top, bottom: plot.bottom, title: xAxisTitle)
        drawCurves(in: &document, identifier: identifier, sizes: curveSizes, scale: scale, axis: axis)
        for index in drawable where index != highlight?.index {
            let point = points[index]
            document.add(MarkerShape.circle.svg(x: scale.x(of: Double(point.size)), y: axis.y(of: point.rate),
                                                size: 3, color: "#4d4d4d", className: "punto"))
        }
        if let highlight, drawable.contains(highlight.index) {
            drawHighlight(highlight, in: &document, scale: scale, axis: axis)
        }
        drawDirectLabels(in: &document, largest: largest, axis: axis)
        legend.elements(left: plot.left, top: legendTop).forEach { document.add($0) }
        return document.render()
    }

    /// The reference line and the limit curves, clipped to the plot area.
    private func drawCurves(in document: inout SVGDocument, identifier: String, sizes: [Double],
                            scale: LogScale, axis: ValueAxis) {
        let plot = Self.plot
        let clip = "\(identifier)-area"
        let area = "x=\"\(SVGNumber.text(plot.left))\" y=\"\(SVGNumber.text(plot.top))\" "
            + "width=\"\(SVGNumber.text(plot.right - plot.left))\" height=\"\(SVGNumber.text(plot.bottom - plot.top))\""
        document.add("<clipPath id=\"\(clip)\"><rect \(area)/></clipPath>")
        document.add("<g clip-path=\"url(#\(clip))\">")
        let ends = (scale.x(of: sizes.first ?? 1), scale.x(of: sizes.last ?? 1))
        document.add("<g class=\"referencia\">" + SVGElement.line(
            from: (ends.0, axis.y(of: reference)), to: (ends.1, axis.y(of: reference)),
            stroke: "#000000", width: 1.5) + "</g>")
        for level in Self.controlLevels {
            let limits = sizes.map { Self.controlLimits(reference: reference, tau2: tau2, size: $0, z: level.z) }
            for bound in [\ClosedRange<Double>.lowerBound, \ClosedRange<Double>.upperBound] {
                let curve = zip(sizes, limits).map { size, limit in
                    Optional((x: scale.x(of: size), y: axis.y(of: limit[keyPath: bound])))
                }
                document.add(SVGElement.polyline(
                    curve, stroke: level.color, width: 2, dash: level.dash, className: "limite"))
            }
        }
        document.add("</g>")
    }

    /// The highlighted institution: a large diamond and its name, kept inside the plot.
    private func drawHighlight(
        _ highlight: Highlight, in document: inout SVGDocument, scale: LogScale, axis: ValueAxis
    ) {
        let point = points[highlight.index]
        let x = scale.x(of: Double(point.size))
        let y = axis.y(of: point.rate)
        document.add(MarkerShape.diamond.svg(x: x, y: y, size: 7, color: Self.highlightColor, className: "destacado"))
        let leftHalf = x < (Self.plot.left + Self.plot.right) / 2
        document.add(SVGElement.text(highlight.label, x: leftHalf ? x + 12 : x - 12, y: max(Self.plot.top + 10, y - 10),
                                     anchor: leftHalf ? "start" : "end", weight: "bold"))
    }

    /// Labels at the right end of the reference line and of each limit curve.
    private func drawDirectLabels(in document: inout SVGDocument, largest: Double, axis: ValueAxis) {
        var labels = [(text: "Ref. \(HumanNumberFormat.percent(reference))", value: reference)]
        for level in Self.controlLevels {
            let limits = Self.controlLimits(reference: reference, tau2: tau2, size: largest, z: level.z)
            labels.append((level.name, limits.upperBound))
            labels.append((level.name, limits.lowerBound))
        }
        let positions = DirectLabels.separated(labels.map { axis.y(of: $0.value) + 4 }, spacing: 14,
                                               top: Self.plot.top + 4, bottom: Self.plot.bottom + 4)
        for (label, y) in zip(labels, positions) {
            document.add(SVGElement.text(label.text, x: Self.plot.right + 6, y: y))
        }
    }

    /// Legend: institutions, the highlighted one, the reference and each pair of limits.
    private var legendEntries: [ChartLegend.Entry] {
        var entries = [ChartLegend.Entry(label: "Instituciones", color: "#4d4d4d", marker: .circle, showsLine: false)]
        if let highlight {
            entries.append(.init(label: highlight.label, color: Self.highlightColor, marker: .diamond, showsLine: false))
        }
        entries.append(.init(label: "Referencia \(HumanNumberFormat.percent(reference))", color: "#000000", showsLine: true))
        for level in Self.controlLevels {
            entries.append(.init(label: "Límites \(level.name)", color: level.color, dash: level.dash, showsLine: true))
        }
        return entries
    }
}
