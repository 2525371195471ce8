import Indicators

/// Builds a self-contained HTML5 report page: Spanish `lang`, embedded CSS, no scripts, no network.
///
/// Blocks (headings, paragraphs, lists, tables, figures) are appended in reading order and `render()`
/// returns the whole document. All text is escaped; only chart SVG passed to `addFigure` goes in as is.
struct HTMLPage: Sendable {
    /// The document title, shown in the browser tab and as the page's `<h1>`.
    let title: String
    /// Rendered blocks of the body, in order.
    private var blocks: [String] = []
    /// Tables added so far, used to give each table region a unique id.
    private var tableCount = 0
    /// Charts added with `addChart`, used to give each chart unique ids.
    private var chartCount = 0

    /// Starts an empty page titled `title`.
    init(title: String) {
        self.title = title
    }

    /// Appends a heading; `level` 2…6 (level 1 is the page title).
    mutating func addHeading(_ text: String, level: Int = 2) {
        precondition((2...6).contains(level), "heading level \(level) outside 2…6")
        blocks.append("<h\(level)>\(MarkupEscaping.escaped(text))</h\(level)>")
    }

    /// Appends a paragraph of plain text.
    mutating func addParagraph(_ text: String) {
        blocks.append("<p>\(MarkupEscaping.escaped(text))</p>")
    }

    /// Appends a bulleted list of plain-text items.
    mutating func addList(_ items: [String]) {
        let entries = items.map { "<li>\(MarkupEscaping.escaped($0))</li>\n" }.joined()
        blocks.append("<ul>\n\(entries)</ul>")
    }

    /// Appends `table` under `caption`, in a region that scrolls sideways on narrow screens.
    mutating func addTable(_ table: ResultTable, caption: String) {
        tableCount += 1
        blocks.append(Self.tableMarkup(table, caption: caption, identifier: "tabla-\(tableCount)"))
    }

    /// Appends already rendered SVG markup in a `<figure>` with a visible `<figcaption>`.
    mutating func addFigure(svg: String, caption: String) {
        blocks.append("<figure>\n\(svg)\n<figcaption>\(MarkupEscaping.escaped(caption))</figcaption>\n</figure>")
    }

    /// Renders `chart` with ids unique in this page (`grafico-1`, `grafico-2`, …) and appends it as a figure.
    mutating func addChart(_ chart: some SVGChart, caption: String) {
        chartCount += 1
        addFigure(svg: chart.svg(identifier: "grafico-\(chartCount)"), caption: caption)
    }

    /// The complete document.
    func render() -> String {
        let escapedTitle = MarkupEscaping.escaped(title)
        return """
            <!DOCTYPE html>
            <html lang="es">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escapedTitle)</title>
            <style>
            \(Self.styleSheet)</style>
            </head>
            <body>
            <main>
            <h1>\(escapedTitle)</h1>
            \(blocks.map { $0 + "\n" }.joined())</main>
            </body>
            </html>

            """
    }
}
