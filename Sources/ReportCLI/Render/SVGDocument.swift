/// Assembles an `<svg>` element: fixed view box, accessible name and description, then the drawing.
struct SVGDocument: Sendable {
    /// Width of the view box, in user units.
    let width: Double
    /// Height of the view box, in user units.
    let height: Double
    /// Prefix of every id in the chart.
    let identifier: String
    /// Short accessible name, read first by screen readers.
    let title: String
    /// Longer accessible description of what the chart shows.
    let description: String
    /// Drawing elements in painting order.
    private var elements: [String] = []

    /// Starts an empty drawing; `identifier` must be a valid XML id (letters, digits, `-`, `_`).
    init(width: Double, height: Double, identifier: String, title: String, description: String) {
        precondition(Self.isValidIdentifier(identifier), "invalid SVG identifier \(identifier)")
        self.width = width
        self.height = height
        self.identifier = identifier
        self.title = title
        self.description = description
    }

    /// Appends one element (already escaped markup).
    mutating func add(_ element: String) {
        elements.append(element)
    }

    /// The complete `<svg>` element.
    func render() -> String {
        let size = "width=\"\(SVGNumber.text(width))\" height=\"\(SVGNumber.text(height))\""
        let box = "viewBox=\"0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))\""
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" \(box) \(size) role=\"img\" "
        svg += "aria-labelledby=\"\(identifier)-titulo \(identifier)-desc\" "
        svg += "font-family=\"Arial, Helvetica, sans-serif\" font-size=\"12\" fill=\"#111111\">\n"
        svg += "<title id=\"\(identifier)-titulo\">\(MarkupEscaping.escaped(title))</title>\n"
        svg += "<desc id=\"\(identifier)-desc\">\(MarkupEscaping.escaped(description))</desc>\n"
        svg += "<rect x=\"0\" y=\"0\" \(size) fill=\"#ffffff\"/>\n"
        for element in elements {
            svg += element
            svg += "\n"
        }
        svg += "</svg>"
        return svg
    }

    /// Whether `identifier` starts with a letter and holds only ASCII letters, digits, `-` and `_`.
    private static func isValidIdentifier(_ identifier: String) -> Bool {
        guard let first = identifier.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else {
            return false
        }
        return identifier.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
    }
}
