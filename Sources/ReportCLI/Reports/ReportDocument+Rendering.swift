import Indicators

extension ReportDocument {
    /// The whole Markdown document.
    func markdown() -> String {
        var text = "# \(MarkdownText.escaped(title))\n"
        let markdownLinks = navigation.filter(\.hasMarkdown)
        if !markdownLinks.isEmpty {
            text += "\n" + markdownLinks.map(Self.markdownLink).joined(separator: " · ") + "\n"
        }
        return text + markdownBody + "\n---\n\n\(Self.footer)\n"
    }

    /// The whole HTML page: embedded style, no scripts, no external resources.
    func html() -> String {
        let escapedTitle = MarkupEscaping.escaped(title)
        var page = """
            <!DOCTYPE html>
            <html lang="es">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escapedTitle)</title>
            <style>
            \(HTMLPage.styleSheet)\(Self.reportStyleSheet)\(pageHeaderStyle)</style>
            </head>
            <body>
            <a class="saltar" href="#contenido">Ir al contenido</a>

            """
        if !navigation.isEmpty {
            page += "<nav class=\"ruta\" aria-label=\"Otros reportes\">"
                + navigation.map(Self.htmlLink).joined(separator: " · ") + "</nav>\n"
        }
        page += "<main id=\"contenido\">\n<h1>\(escapedTitle)</h1>\n"
        if sections.count > 1 {
            page += "<nav class=\"secciones\" aria-label=\"Secciones\">\n<ol>\n"
            for (index, heading) in sections.enumerated() {
                page += "<li><a href=\"#seccion-\(index + 1)\">\(MarkupEscaping.escaped(heading))</a></li>\n"
            }
            page += "</ol>\n</nav>\n"
        }
        page += htmlBlocks.map { $0 + "\n" }.joined()
        page += "</main>\n<footer>\(MarkupEscaping.escaped(Self.footer))</footer>\n</body>\n</html>\n"
        return page
    }

    /// The `@page` rule that prints `runningHeader` in the top margin boxes of every page.
    var pageHeaderStyle: String {
        let font = "font: 8pt Arial, Helvetica, sans-serif; color: #333333;"
        var boxes: [String] = []
        if !runningHeader.subject.isEmpty {
            boxes.append("  @top-left { content: \(CSSString.quoted(runningHeader.subject)); \(font) width: 135mm; }\n")
        }
        if !runningHeader.data.isEmpty {
            boxes.append("  @top-right { content: \(CSSString.quoted(runningHeader.data)); \(font) width: 45mm; text-align: right; }\n")
        }
        return boxes.isEmpty ? "" : "@page {\n" + boxes.joined() + "}\n"
    }

    /// The closing line of every report.
    static let footer = "Generado por Trayectorias \(trayectoriasVersion) a partir de SIMAT, Saber 11 y "
        + "la referencia del MEN cargados. Las cifras describen registros administrativos, no personas evaluadas."

    /// Rules added to `HTMLPage.styleSheet`: skip link, navigation, notes, footer, print.
    static let reportStyleSheet = """
        a { color: #0b4f9c; text-decoration: underline; }
        a:focus { outline: 3px solid #0b4f9c; outline-offset: 2px; }
        .saltar { position: absolute; left: -999rem; top: 0; background: #ffffff; padding: 0.5rem; }
        .saltar:focus { left: 0.5rem; }
        .ruta { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1rem 0; font-size: 0.95rem; }
        .secciones ol { columns: 2 16rem; padding-left: 1.5rem; margin: 0.5rem 0 1rem; }
        .secciones li { max-width: none; }
        .nota { border-left: 4px solid #7A5C00; background: #fff8e1; padding: 0.5rem 0.75rem; }
        .enlaces li { margin: 0.2rem 0; }
        footer { max-width: 60rem; margin: 2rem auto 1rem; padding: 0 1rem; font-size: 0.85rem; color: #333333; }
        @media print {
          .saltar, .ruta, .secciones { display: none; }
          a { color: #000000; text-decoration: none; }
          .nota { background: none; }
        }

        """
}
