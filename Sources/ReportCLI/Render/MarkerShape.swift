/// The shapes that mark data points, so series differ by form as well as colour.
enum MarkerShape: Sendable, CaseIterable {
    /// A filled circle.
    case circle
    /// A filled square.
    case square
    /// A filled triangle pointing up.
    case triangle
    /// A filled diamond.
    case diamond
    /// A filled triangle pointing down.
    case triangleDown
    /// A white circle with a coloured ring.
    case ring

    /// The marker centred at (`x`, `y`), about `2·size` across, with class `className`.
    func svg(x: Double, y: Double, size: Double, color: String, className: String) -> String {
        let paint = self == .ring
            ? "fill=\"#ffffff\" stroke=\"\(color)\" stroke-width=\"2.00\""
            : "fill=\"\(color)\" stroke=\"#ffffff\" stroke-width=\"1.00\""
        switch self {
        case .circle, .ring:
            return "<circle class=\"\(className)\" cx=\"\(SVGNumber.text(x))\" cy=\"\(SVGNumber.text(y))\" "
                + "r=\"\(SVGNumber.text(size))\" \(paint)/>"
        case .square:
            return polygon([(x - size, y - size), (x + size, y - size), (x + size, y + size), (x - size, y + size)],
                           paint: paint, className: className)
        case .triangle:
            let side = size * 1.2
            return polygon([(x, y - side), (x + side, y + side * 0.8), (x - side, y + side * 0.8)],
                           paint: paint, className: className)
        case .triangleDown:
            let side = size * 1.2
            return polygon([(x, y + side), (x + side, y - side * 0.8), (x - side, y - side * 0.8)],
                           paint: paint, className: className)
        case .diamond:
            let side = size * 1.35
            return polygon([(x, y - side), (x + side, y), (x, y + side), (x - side, y)],
                           paint: paint, className: className)
        }
    }

    /// A closed path through `corners`.
    private func polygon(_ corners: [(Double, Double)], paint: String, className: String) -> String {
        let commands = corners.enumerated().map { index, corner in
            "\(index == 0 ? "M" : "L")\(SVGNumber.text(corner.0)) \(SVGNumber.text(corner.1))"
        }
        return "<path class=\"\(className)\" d=\"\(commands.joined(separator: " ")) Z\" \(paint)/>"
    }
}
