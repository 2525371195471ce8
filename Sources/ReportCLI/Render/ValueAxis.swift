/// A vertical axis from 0 to a round value above the data, with grid lines and labels.
struct ValueAxis: Sendable {
    /// Tick values, from 0 up.
    let ticks: [Double]
    /// How labels print the ticks.
    let style: ChartValueStyle
    /// Vertical position of the top tick.
    let top: Double
    /// Vertical position of 0.
    let bottom: Double

    /// An axis covering 0…`maximum`; percentages stop at 100 % and show at least 0…10 % without data.
    init(maximum: Double, style: ChartValueStyle, top: Double, bottom: Double) {
        ticks = style == .percent
            ? ChartTicks.linear(upTo: min(maximum, 1), fallback: 0.1)
            : ChartTicks.linear(upTo: maximum, fallback: 1)
        self.style = style
        self.top = top
        self.bottom = bottom
    }

    /// Vertical position of `value`.
    func y(of value: Double) -> Double {
        let highest = ticks.last ?? 1
        return bottom - value / highest * (bottom - top)
    }

    /// Grid lines, the axis line, tick labels and the rotated axis title.
    func draw(in document: inout SVGDocument, left: Double, right: Double, title: String) {
        let step = ticks.count > 1 ? ticks[1] : 1
        let decimals = ChartTicks.decimals(for: style == .percent ? step * 100 : step)
        for tick in ticks {
            let position = y(of: tick)
            document.add(SVGElement.line(from: (left, position), to: (right, position), stroke: "#d0d0d0"))
            document.add(SVGElement.text(style.text(tick, decimals: decimals), x: left - 8, y: position + 4, anchor: "end"))
        }
        document.add(SVGElement.line(from: (left, top), to: (left, bottom), stroke: "#000000"))
        document.add(SVGElement.text(title, x: 14, y: (top + bottom) / 2, anchor: "middle", rotated: true))
    }
}
