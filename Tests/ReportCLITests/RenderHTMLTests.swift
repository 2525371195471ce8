import Testing
@testable import ReportCLI

@Suite("HTML pages")
struct RenderHTMLTests {
    /// A page with every kind of block.
    private var page: String {
        var page = HTMLPage(title: "Informe <Pasto> & 'co'")
        page.addHeading("Indicadores \"2019\"")
        page.addParagraph("Deserción < 5 % & estable")
        page.addList(["Primera alerta", "Segunda <b>"])
        page.addTable(RenderFixtures.threeRows, caption: "Municipios")
        page.addTable(RenderFixtures.threeRows, caption: "Otra")
        page.addFigure(svg: "<svg role=\"img\"></svg>", caption: "Tendencia & límites")
        return page.render()
    }

    @Test("a Spanish HTML5 document with viewport, embedded CSS and no scripts or external resources")
    func selfContained() {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"es\">"))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(page.contains("<style>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("src="))
        #expect(!page.contains("@import"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test("CSS for phones and for A4 printing")
    func styleSheet() {
        #expect(page.contains("@page { size: A4 portrait; margin: 16mm 14mm 15mm 14mm;"))
        #expect(page.contains("overflow-x: auto"))
        #expect(page.contains("break-inside: avoid"))
        #expect(page.contains("@media (max-width: 600px)"))
    }

    @Test("& < > \" ' are escaped in title, headings, paragraphs, lists and captions")
    func escaping() {
        #expect(page.contains("<title>Informe &lt;Pasto&gt; &amp; &#39;co&#39;</title>"))
        #expect(page.contains("<h1>Informe &lt;Pasto&gt; &amp; &#39;co&#39;</h1>"))
        #expect(page.contains("<h2>Indicadores &quot;2019&quot;</h2>"))
        #expect(page.contains("<p>Deserción &lt; 5 % &amp; estable</p>"))
        #expect(page.contains("<li>Segunda &lt;b&gt;</li>"))
        #expect(page.contains("<figcaption>Tendencia &amp; límites</figcaption>"))
    }

    @Test("tables have a caption, column headers with scope, right-aligned numbers and percentages")
    func tables() {
        #expect(page.contains("<caption id=\"tabla-1\">Municipios</caption>"))
        #expect(page.contains("<caption id=\"tabla-2\">Otra</caption>"))
        #expect(page.contains("<th scope=\"col\" class=\"num\">anio</th><th scope=\"col\">municipio</th>"))
        #expect(page.contains(
            "<tr><td class=\"num\">2019</td><td>Pasto</td><td class=\"num\">1234</td>"
                + "<td class=\"num\">3.5 %</td><td class=\"num\">12.2</td></tr>"))
        #expect(page.contains("<td>San Juan | Sur</td><td class=\"num\">—</td>"))
    }

    @Test("figures wrap the chart with a caption")
    func figures() {
        #expect(page.contains("<figure>\n<svg role=\"img\"></svg>\n<figcaption>"))
    }

    @Test("charts added to a page get ids unique within it")
    func chartIdentifiers() {
        var page = HTMLPage(title: "Gráficos")
        let chart = BarChart(title: "Barras", description: "Una barra.", bars: [.init(label: "1°", value: 0.1)])
        page.addChart(chart, caption: "Primero")
        page.addChart(chart, caption: "Segundo")
        let html = page.render()
        #expect(html.contains("aria-labelledby=\"grafico-1-titulo grafico-1-desc\""))
        #expect(html.contains("aria-labelledby=\"grafico-2-titulo grafico-2-desc\""))
        #expect(html.contains("<figcaption>Segundo</figcaption>"))
    }

    @Test("characters XML forbids are dropped when escaping")
    func controlCharacters() {
        #expect(MarkupEscaping.escaped("a\u{01}b\tc") == "ab\tc")
    }
}
