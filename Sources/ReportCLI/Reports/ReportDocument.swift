import Indicators

/// One report written twice from the same calls: as Markdown and as a self-contained HTML page.
///
/// Sections, paragraphs, lists and tables go to both; charts are inline SVG in the HTML and a one-line
/// mention in the Markdown. Links name their target without extension (`instituciones/123`) and each
/// format adds its own (`.html`, `.md`).
struct ReportDocument: Sendable {
    /// A link to another report.
    struct Link: Sendable {
        /// Visible text.
        var label: String
        /// Target path relative to the page, without extension.
        var target: String
        /// Whether the target also exists as Markdown (the index page does not).
        var hasMarkdown = true
    }

    /// The most columns of a report table: with headers wrapping between words at 8.5 pt, nine short
    /// columns fit the 182 mm of an A4 page in portrait. Wider tables are split into related columns;
    /// the CSV files and the workbook keep every column.
    static let maximumColumns = 9

    /// The page title (the `<h1>` and the Markdown `#` line).
    let title: String
    /// Links shown above the title (back to the index, to the territorial report).
    var navigation: [Link] = []
    /// The running header of every printed page: who the report is about (left) and the data's
    /// years (right). Empty parts are left out.
    var runningHeader: (subject: String, data: String) = ("", "")
    /// The Markdown text written so far, after the title.
    private(set) var markdownBody = ""
    /// HTML blocks of `<main>`, in order.
    private(set) var htmlBlocks: [String] = []
    /// Section headings (level 2), for the HTML table of contents.
    private(set) var sections: [String] = []
    /// Tables so far, for unique table ids.
    private var tableCount = 0
    /// Charts so far, for unique chart ids.
    private var chartCount = 0

    /// Starts an empty report.
    init(title: String, navigation: [Link] = []) {
        self.title = title
        self.navigation = navigation
    }

    /// Starts a numbered section (level 2), listed in the HTML table of contents.
    mutating func section(_ heading: String) {
        sections.append(heading)
        let anchor = "seccion-\(sections.count)"
        markdownBody += "\n## \(MarkdownText.escaped(heading))\n"
        htmlBlocks.append("<h2 id=\"\(anchor)\">\(MarkupEscaping.escaped(heading))</h2>")
    }

    /// A level-3 heading inside the current section.
    mutating func subheading(_ heading: String) {
        markdownBody += "\n### \(MarkdownText.escaped(heading))\n"
        htmlBlocks.append("<h3>\(MarkupEscaping.escaped(heading))</h3>")
    }

    /// A paragraph of plain text.
    mutating func paragraph(_ text: String) {
        markdownBody += "\n\(MarkdownText.escaped(text))\n"
        htmlBlocks.append("<p>\(MarkupEscaping.escaped(text))</p>")
    }

    /// A boxed note (what is missing, privacy, cautions), marked as a note for assistive technology.
    mutating func note(_ text: String) {
        markdownBody += "\n> \(MarkdownText.escaped(text))\n"
        htmlBlocks.append("<p class=\"nota\" role=\"note\">\(MarkupEscaping.escaped(text))</p>")
    }

    /// A bulleted list; nothing is written when `items` is empty.
    mutating func list(_ items: [String]) {
        guard !items.isEmpty else { return }
        markdownBody += "\n" + items.map { "- \(MarkdownText.escaped($0))\n" }.joined()
        htmlBlocks.append("<ul>\n" + items.map { "<li>\(MarkupEscaping.escaped($0))</li>\n" }.joined() + "</ul>")
    }

    /// A list of links, each followed by a plain-text detail.
    mutating func links(_ items: [(link: Link, detail: String)]) {
        guard !items.isEmpty else { return }
        markdownBody += "\n" + items.map { item in
            "- " + Self.markdownLink(item.link) + (item.detail.isEmpty ? "" : ": \(MarkdownText.escaped(item.detail))") + "\n"
        }.joined()
        htmlBlocks.append("<ul class=\"enlaces\">\n" + items.map { item in
            "<li>" + Self.htmlLink(item.link)
                + (item.detail.isEmpty ? "" : ": \(MarkupEscaping.escaped(item.detail))") + "</li>\n"
        }.joined() + "</ul>")
    }

    /// A captioned table; an empty table becomes the sentence `emptyText`.
    mutating func table(_ table: ResultTable, caption: String,
                        emptyText: String = "No hay filas para mostrar.") {
        guard table.rowCount > 0, !table.columns.isEmpty else {
            paragraph("\(caption): \(emptyText)")
            return
        }
        tableCount += 1
        markdownBody += "\n**\(MarkdownText.escaped(caption))**\n\n" + MarkdownTable.render(table)
        htmlBlocks.append(HTMLPage.tableMarkup(table, caption: caption, identifier: "tabla-\(tableCount)"))
    }

    /// Ends the printed page here (the next block starts a new A4 page); nothing on screen or in Markdown.
    mutating func pageBreak() {
        htmlBlocks.append("<div class=\"salto-pagina\" aria-hidden=\"true\"></div>")
    }

    /// An inline SVG chart with a visible caption; the Markdown names it and points to the HTML.
    mutating func chart(_ chart: some SVGChart, caption: String) {
        chartCount += 1
        markdownBody += "\n*Gráfico en la versión HTML: \(MarkdownText.escaped(caption))*\n"
        htmlBlocks.append("<figure>\n\(chart.svg(identifier: "grafico-\(chartCount)"))\n"
            + "<figcaption>\(MarkupEscaping.escaped(caption))</figcaption>\n</figure>")
    }

    /// The Markdown link to `link`.
    static func markdownLink(_ link: Link) -> String {
        let target = link.target + (link.hasMarkdown ? ".md" : ".html")
        return "[\(MarkdownText.escaped(link.label))](\(target))"
    }

    /// The HTML anchor to `link`.
    static func htmlLink(_ link: Link) -> String {
        "<a href=\"\(MarkupEscaping.escaped(link.target)).html\">\(MarkupEscaping.escaped(link.label))</a>"
    }
}
