/// The balance of the Ruta as a chart: for each group (a year, or a year and an indicator), the observed
/// change and the change expected with no effect as horizontal bars from zero, and the effect as a
/// diamond with its 95 % interval as a whisker, all on one axis of percentage points centred on zero.
///
/// Every line is named on its left (`Cambio observado`, `Cambio esperado sin efecto`, `Efecto: … (IC … a …)`)
/// and carries its value, so nothing depends on colour; the two bars also differ in fill and pattern
/// (solid and hatched outline).
struct EffectChart: SVGChart {
    /// One group of three lines.
    struct Group: Sendable {
        /// Heading of the group (`2023 · Deserción intraanual`).
        var label: String
        /// Observed and expected change, the effect and its interval (proportions).
        var observed: Double?, expected: Double?, effect: Double?, lower: Double?, upper: Double?
    }

    /// Accessible name of the chart.
    var title: String
    /// Accessible description: what is compared and the main finding.
    var description: String
    /// The groups, top to bottom.
    var groups: [Group]

    /// Chart width in user units.
    private static let width: Double = 640
    /// Left and right edges of the plot area; labels sit left of it.
    private static let left = 262.0, right = 620.0
    /// Heights of a group heading and of one line.
    private static let headingHeight = 22.0, lineHeight = 22.0
    /// Fills of the observed and expected bars (Okabe–Ito blue and orange).
    private static let observedFill = "#0072B2", expectedFill = "#E69F00"

    /// Half the axis span: a round value at least the largest magnitude drawn.
    private var extent: Double {
        let values = groups.flatMap { [$0.observed, $0.expected, $0.effect, $0.lower, $0.upper] }.compactMap { $0 }
        let largest = values.map(\.magnitude).filter(\.isFinite).max() ?? 0
        return ChartTicks.linear(upTo: largest, targetCount: 2, fallback: 0.01).last ?? 0.01
    }

    /// The SVG markup.
    func svg(identifier: String) -> String {
        let top = 16.0
        let bottom = top + Double(groups.count) * (Self.headingHeight + 3 * Self.lineHeight + 6)
        var document = SVGDocument(width: Self.width, height: bottom + 44, identifier: identifier,
                                   title: title, description: description)
        let span = extent
        func x(_ value: Double) -> Double {
            let clamped = min(span, max(-span, value))
            return Self.left + (clamped + span) / (2 * span) * (Self.right - Self.left)
        }
        let step = ChartTicks.linear(upTo: span, targetCount: 2, fallback: 0.01)
        let ticks = (step.reversed().map { -$0 } + step.dropFirst())
        let decimals = ChartTicks.decimals(for: (step.count > 1 ? step[1] : span) * 100)
        for tick in ticks {
            document.add(SVGElement.line(from: (x(tick), top), to: (x(tick), bottom), stroke: "#d0d0d0"))
            document.add(SVGElement.text(ChartValueStyle.percent.text(tick, decimals: decimals), x: x(tick),
                                         y: bottom + 16, anchor: "middle"))
        }
        document.add(SVGElement.line(from: (x(0), top), to: (x(0), bottom), stroke: "#000000"))
        document.add(SVGElement.text("Cambio en la tasa (negativo: baja)", x: (Self.left + Self.right) / 2, y: bottom + 36,
                                     anchor: "middle"))
        var y = top
        for group in groups {
            document.add(SVGElement.text(group.label, x: 8, y: y + 15, weight: "bold"))
            y += Self.headingHeight
            bar("Cambio observado", group.observed, fill: Self.observedFill, dash: nil, y: y, x: x, in: &document)
            y += Self.lineHeight
            bar("Cambio esperado sin efecto", group.expected, fill: "#ffffff", dash: Self.expectedFill, y: y, x: x,
                in: &document)
            y += Self.lineHeight
            effect(group, y: y, x: x, in: &document)
            y += Self.lineHeight + 6
        }
        return document.render()
    }

    /// One bar from zero to `value`, labelled on the left and at its end; `dash` draws a white bar with a
    /// thick dashed outline of that colour instead of a filled one.
    private func bar(_ label: String, _ value: Double?, fill: String, dash: String?, y: Double, x: (Double) -> Double,
                     in document: inout SVGDocument) {
        document.add(SVGElement.text(label, x: 20, y: y + 15))
        guard let value else {
            document.add(SVGElement.text("s. d.", x: x(0) + 6, y: y + 15))
            return
        }
        let start = min(x(0), x(value)), width = max(1, abs(x(value) - x(0)))
        if let dash {
            document.add("<rect class=\"barra-esperada\" x=\"\(SVGNumber.text(start))\" y=\"\(SVGNumber.text(y + 4))\" "
                + "width=\"\(SVGNumber.text(width))\" height=\"14.00\" fill=\"\(fill)\" stroke=\"\(dash)\" "
                + "stroke-width=\"3.00\" stroke-dasharray=\"4 2\"/>")
        } else {
            document.add(SVGElement.rectangle(x: start, y: y + 4, width: width, height: 14, fill: fill, className: "barra"))
        }
        valueLabel(HumanNumberFormat.percent(value), at: x(value), negative: value < 0, y: y, in: &document)
    }

    /// The effect's diamond and interval whisker; its values are written in the label column, so they never
    /// cover the whisker.
    private func effect(_ group: Group, y: Double, x: (Double) -> Double, in document: inout SVGDocument) {
        guard let value = group.effect else {
            document.add(SVGElement.text("Efecto: s. d.", x: 20, y: y + 15, weight: "bold"))
            return
        }
        var text = "Efecto: \(HumanNumberFormat.percent(value))"
        if let lower = group.lower, let upper = group.upper {
            let middle = y + 11
            document.add(SVGElement.line(from: (x(lower), middle), to: (x(upper), middle), stroke: "#000000", width: 2))
            for end in [lower, upper] {
                document.add(SVGElement.line(from: (x(end), middle - 5), to: (x(end), middle + 5), stroke: "#000000", width: 2))
            }
            text += " (IC \(HumanNumberFormat.percent(lower)) a \(HumanNumberFormat.percent(upper)))"
        } else {
            text += " (sin intervalo)"
        }
        document.add(SVGElement.text(text, x: 20, y: y + 15, weight: "bold"))
        document.add(MarkerShape.diamond.svg(x: x(value), y: y + 11, size: 6, color: "#000000", className: "efecto"))
    }

    /// A value written just beyond `position`, on the side away from zero when it fits, else inside.
    private func valueLabel(_ text: String, at position: Double, negative: Bool, y: Double,
                            in document: inout SVGDocument) {
        let room = Double(text.count) * ChartLegend.characterWidth + 6
        if negative, position - room >= Self.left {
            document.add(SVGElement.text(text, x: position - 6, y: y + 15, anchor: "end"))
        } else if !negative, position + room <= Self.width {
            document.add(SVGElement.text(text, x: position + 6, y: y + 15))
        } else if negative {
            document.add(SVGElement.text(text, x: position + 6, y: y + 15))
        } else {
            document.add(SVGElement.text(text, x: position - 6, y: y + 15, anchor: "end"))
        }
    }
}
