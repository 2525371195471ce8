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
        for row in 0..<table.rowCount {
            html += "<tr>"
            for column in table.columns {
                let text = column.values.humanText(at: row).map(MarkupEscaping.escaped) ?? MarkdownTable.emptyCell
                html += "<td\(alignment(column))>\(text)</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>"
        return html
    }

    /// The class attribute that right-aligns numeric columns.
    private static func alignment(_ column: ResultColumn) -> String {
        column.values.isNumeric ? " class=\"num\"" : ""
    }
}
