/// Vertical placement of labels written beside the ends of lines, so that they never overlap.
enum DirectLabels {
    /// Positions as close as possible to `wanted`, at least `spacing` apart and inside `top...bottom`,
    /// returned in the order of `wanted`.
    static func separated(_ wanted: [Double], spacing: Double, top: Double, bottom: Double) -> [Double] {
        let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }
        var placed: [Double] = []
        for index in order {
            placed.append(max(wanted[index], (placed.last ?? -Double.infinity) + spacing))
        }
        let overflow = max(0, (placed.last ?? bottom) - bottom)
        var positions = Array(repeating: 0.0, count: wanted.count)
        for (index, position) in zip(order, placed) {
            positions[index] = max(top, position - overflow)
        }
        return positions
    }
}
