/// Escaping shared by the HTML, SVG and XLSX writers.
enum MarkupEscaping {
    /// `text` safe in HTML/XML content and quoted attributes: `& < > " '` become entities, CR becomes
    /// `&#13;` (XML parsers would turn a raw CR into LF), and control characters that XML 1.0 forbids
    /// (all below U+0020 except tab, LF, CR, plus U+FFFE/U+FFFF) are dropped.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\r": result += "&#13;"
            default: if !isForbidden(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether `scalar` must be replaced or dropped.
    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'", "\r": true
        default: isForbidden(scalar)
        }
    }

    /// Whether XML 1.0 forbids `scalar` in a document.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
