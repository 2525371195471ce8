import Indicators

/// Renders a `ResultTable` as a JSON array of objects, one per row (keys = column names, in order;
/// rates and decimals with 6 decimals as numbers, empty cells as `null`).
enum JSONTable {
    static func render(_ table: ResultTable) -> String {
        var out = "[\n"
        for row in 0..<table.rowCount {
            out += row == 0 ? "  {" : ",\n  {"
            for (k, column) in table.columns.enumerated() {
                if k > 0 { out += ", " }
                out += "\"\(column.name)\": "
                switch column.values {
                case .integers(let v): out += v[row].map(String.init) ?? "null"
                case .rates(let v), .decimals(let v):
                    out += v[row].map(sixDecimals) ?? "null"
                case .texts(let v): out += v[row].map(quoted) ?? "null"
                }
            }
            out += "}"
        }
        return out + "\n]\n"
    }

    static func sixDecimals(_ value: Double) -> String {
        var bytes: [UInt8] = []
        bytes.appendSixDecimals(value, separator: UInt8(ascii: "."))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
