import Foundation

/// A horizontal logarithmic axis, for sizes that span orders of magnitude.
struct LogScale: Sendable {
    /// Smallest value on the axis (positive).
    let lower: Double
    /// Largest value on the axis.
    let upper: Double
    /// Position of `lower`.
    let left: Double
    /// Position of `upper`.
    let right: Double

    /// Horizontal position of `value` (positive).
    func x(of value: Double) -> Double {
        guard upper > lower else { return (left + right) / 2 }
        return left + (log(value) - log(lower)) / (log(upper) - log(lower)) * (right - left)
    }

    /// The axis line, 1–2–5 ticks with grid lines and labels, and the axis title.
    func draw(in document: inout SVGDocument, top: Double, bottom: Double, title: String) {
        document.add(SVGElement.line(from: (left, bottom), to: (right, bottom), stroke: "#000000"))
        for tick in ChartTicks.logarithmic(from: lower, to: upper) {
            let position = x(of: tick)
            document.add(SVGElement.line(from: (position, top), to: (position, bottom), stroke: "#e3e3e3"))
            document.add(SVGElement.line(from: (position, bottom), to: (position, bottom + 5), stroke: "#000000"))
            document.add(SVGElement.text(HumanNumberFormat.fixed(tick, decimals: 0), x: position, y: bottom + 18,
                                         anchor: "middle"))
        }
        document.add(SVGElement.text(title, x: (left + right) / 2, y: bottom + 36, anchor: "middle"))
    }
}
