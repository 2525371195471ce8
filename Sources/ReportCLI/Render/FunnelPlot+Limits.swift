import Foundation

extension FunnelPlot {
    /// A pair of control limits drawn around the reference.
    struct ControlLevel: Sendable {
        /// Label of the level, e.g. `95 %`.
        var name: String
        /// Two-sided standard-normal quantile.
        var z: Double
        /// Colour of its curves.
        var color: String
        /// Dash pattern of its curves.
        var dash: String
    }

    /// The 95 % (z = 1.96) and 99.8 % (z = 3.09) limits.
    static let controlLevels = [
        ControlLevel(name: "95 %", z: 1.96, color: "#0072B2", dash: "6 4"),
        ControlLevel(name: "99.8 %", z: 3.09, color: "#4d4d4d", dash: "2 3"),
    ]

    /// The control limits for a unit of size `size`: `p0 ± z·√(p0(1−p0)/n + τ²)`, clamped to 0…1.
    static func controlLimits(reference: Double, tau2: Double, size: Double, z: Double) -> ClosedRange<Double> {
        let spread = z * (reference * (1 - reference) / size + tau2).squareRoot()
        let lower = min(max(reference - spread, 0), 1)
        let upper = min(max(reference + spread, 0), 1)
        return lower...upper
    }

    /// `count` sizes spread evenly on a log scale from `smallest` to `largest`, both included.
    static func sampleSizes(from smallest: Double, to largest: Double, count: Int = 64) -> [Double] {
        guard largest > smallest else { return [smallest] }
        let start = log(smallest)
        let span = log(largest) - start
        return (0..<count).map { step in
            step == count - 1 ? largest : exp(start + span * Double(step) / Double(count - 1))
        }
    }
}
