import Indicators

extension HTMLPage {
    /// `table` as a captioned `<table>` inside a keyboard-scrollable region; numbers right-aligned,
    /// rates as percentages, empty cells as `—`.
    static func tableMarkup(_ table: ResultTable, caption: String, identifier: String) -> String {
        var html = "<div class=\"tabla\" role=\"region\" aria-labelledby=\"\(identifier)\" tabindex=\"0\">\n"
        html += "<table>\n<caption id=\"\(identifier)\">\(MarkupEscaping.escaped(caption))</caption>\n"
        html += "<thead>\n<tr>"
        for column in table.columns {
            html += "<th scope=\"col\"\(alignment(column))>\(MarkupEscaping.escaped(column.name))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        let values = table.columns.map(\.values)
        let alignments = table.columns.map(alignment)
        for row in 0..<table.rowCount {
            html += "<tr>"
            for (column, alignment) in zip(values, alignments) {
                let text = column.humanText(at: row).map { cellMarkup($0, breakable: !column.isNumeric) }
                    ?? MarkdownTable.emptyCell
                html += "<td\(alignment)>\(text)</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>"
        return html
    }

    /// `text` escaped; in text columns with a line-break opportunity (`<wbr>`) after each slash, backslash and `_`,
    /// so that file paths and identifiers wrap inside the page instead of widening the table.
    static func cellMarkup(_ text: String, breakable: Bool) -> String {
        let escaped = MarkupEscaping.escaped(text)
        guard breakable, escaped.contains(where: { $0 == "/" || $0 == "\\" || $0 == "_" }) else { return escaped }
        var result = ""
        for character in escaped {
            result.append(character)
            if character == "/" || character == "\\" || character == "_" { result += "<wbr>" }
        }
        return result
    }

    /// The class attribute that right-aligns numeric columns.
    private static func alignment(_ column: ResultColumn) -> String {
        if case .texts = column.cells { return "" }
        return " class=\"num\""
    }
}
