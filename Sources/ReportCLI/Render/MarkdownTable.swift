import Indicators

/// Renders a `ResultTable` as a GitHub-flavoured Markdown table for human reading.
///
/// Numeric columns are right-aligned; rates show as `3.5 %`, decimals with one decimal, empty cells as
/// `—`. A `|` inside a cell is escaped and line breaks become spaces, so every row stays one line.
enum MarkdownTable {
    /// The mark written in an empty cell.
    static let emptyCell = "—"

    /// The table as Markdown lines, each ending in `\n`.
    static func render(_ table: ResultTable) -> String {
        var lines: [String] = []
        lines.append(row(table.columns.map { escaped($0.name) }))
        lines.append(row(table.columns.map { $0.values.isNumeric ? "---:" : "---" }))
        let values = table.columns.map(\.values)
        for index in 0..<table.rowCount {
            lines.append(row(values.map { column in
                column.humanText(at: index).map(escaped) ?? emptyCell
            }))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// One table line from its cells.
    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// `text` safe inside a cell: `|` and `\` escaped, line breaks as spaces, empty text as `—`.
    private static func escaped(_ text: String) -> String {
        if text.isEmpty { return emptyCell }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\\": result += "\\\\"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
