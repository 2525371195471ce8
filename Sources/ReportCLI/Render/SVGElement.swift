/// Markup for the few SVG elements the charts draw; every number goes through `SVGNumber`.
enum SVGElement {
    /// A straight line.
    static func line(
        from start: (x: Double, y: Double), to end: (x: Double, y: Double),
        stroke: String, width: Double = 1, dash: String? = nil
    ) -> String {
        "<line x1=\"\(SVGNumber.text(start.x))\" y1=\"\(SVGNumber.text(start.y))\" "
            + "x2=\"\(SVGNumber.text(end.x))\" y2=\"\(SVGNumber.text(end.y))\" "
            + "stroke=\"\(stroke)\" stroke-width=\"\(SVGNumber.text(width))\"\(dashAttribute(dash))/>"
    }

    /// An unfilled polyline through `points`; `nil` points break it into separate runs.
    static func polyline(
        _ points: [(x: Double, y: Double)?], stroke: String, width: Double, dash: String?, className: String
    ) -> String {
        var commands: [String] = []
        var startsRun = true
        for point in points {
            guard let point else {
                startsRun = true
                continue
            }
            commands.append("\(startsRun ? "M" : "L")\(SVGNumber.text(point.x)) \(SVGNumber.text(point.y))")
            startsRun = false
        }
        return "<path class=\"\(className)\" d=\"\(commands.joined(separator: " "))\" fill=\"none\" "
            + "stroke=\"\(stroke)\" stroke-width=\"\(SVGNumber.text(width))\" stroke-linejoin=\"round\""
            + "\(dashAttribute(dash))/>"
    }

    /// A filled rectangle.
    static func rectangle(
        x: Double, y: Double, width: Double, height: Double, fill: String, className: String
    ) -> String {
        "<rect class=\"\(className)\" x=\"\(SVGNumber.text(x))\" y=\"\(SVGNumber.text(y))\" "
            + "width=\"\(SVGNumber.text(width))\" height=\"\(SVGNumber.text(height))\" fill=\"\(fill)\" "
            + "stroke=\"#000000\" stroke-width=\"1.00\"/>"
    }

    /// Text anchored at (`x`, `y`); `anchor` is `start`, `middle` or `end`. A white halo keeps it
    /// readable over lines.
    static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", weight: String? = nil,
        rotated: Bool = false
    ) -> String {
        let position = rotated
            ? "transform=\"translate(\(SVGNumber.text(x)) \(SVGNumber.text(y))) rotate(-90)\""
            : "x=\"\(SVGNumber.text(x))\" y=\"\(SVGNumber.text(y))\""
        let bold = weight.map { " font-weight=\"\($0)\"" } ?? ""
        return "<text \(position) text-anchor=\"\(anchor)\"\(bold) stroke=\"#ffffff\" stroke-width=\"3.00\" "
            + "paint-order=\"stroke\">\(MarkupEscaping.escaped(content))</text>"
    }

    /// Text rotated 45° counter-clockwise, ending at (`x`, `y`): category labels too long to sit
    /// side by side under their bars.
    static func slantedText(_ content: String, x: Double, y: Double) -> String {
        "<text transform=\"translate(\(SVGNumber.text(x)) \(SVGNumber.text(y))) rotate(-45)\" text-anchor=\"end\" "
            + "stroke=\"#ffffff\" stroke-width=\"3.00\" paint-order=\"stroke\">\(MarkupEscaping.escaped(content))</text>"
    }

    /// The `stroke-dasharray` attribute, or nothing for a solid stroke.
    private static func dashAttribute(_ dash: String?) -> String {
        dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
    }
}
