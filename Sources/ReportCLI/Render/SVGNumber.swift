/// Coordinates and lengths in SVG output: fixed two decimals, never `-0.00`, so output is byte-stable.
enum SVGNumber {
    /// `value` with two decimals (`12.5` → `12.50`); non-finite values give `0.00`.
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0.00" }
        let hundredths = Int64((value * 100).rounded())
        let magnitude = hundredths.magnitude
        let fraction = magnitude % 100
        let sign = hundredths < 0 ? "-" : ""
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
