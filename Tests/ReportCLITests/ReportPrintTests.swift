import Foundation
import Indicators
import Testing
@testable import ReportCLI

/// Issue 16: reports that print on A4 portrait. No browser runs here (`scripts/check-html.sh` measures
/// the printed pages in Chromium); these tests check the rules that keep tables inside the page.
@Suite("Printed reports (issue 16)")
struct ReportPrintTests {
    /// Every HTML page of the fixture's reports.
    static let pages = ["reporte_territorial.html", "index.html"]
        + [ReportFixtures.codeA, ReportFixtures.codeB, ReportFixtures.codeC].map { "instituciones/\($0).html" }

    @Test("issue 16: no report table has more columns than fit an A4 page", arguments: pages)
    func columnCounts(page: String) throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        let html = try output.text(page)
        for header in try PrintedPage.tableHeaders(html) {
            #expect(header.columns <= ReportDocument.maximumColumns, "«\(header.caption)» has \(header.columns) columns")
        }
    }

    @Test("issue 16: the territory's 13 indicator columns are split into three tables of related columns")
    func territorySplit() throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        let headers = try PrintedPage.tableHeaders(output.text("reporte_territorial.html"))
        let split = headers.filter { $0.caption.hasPrefix("Indicadores del territorio por año y nivel") }
        // The fixture has MEN's dropout only: Año, Nivel, Matrícula, intra-year dropout, MEN's, interannual
        // dropout; Año, Nivel, approval, failure; Año, Nivel, repetition, over-age.
        #expect(split.map(\.caption) == ["Indicadores del territorio por año y nivel: permanencia",
                                         "Indicadores del territorio por año y nivel: aprobación y reprobación",
                                         "Indicadores del territorio por año y nivel: repitencia y extraedad"])
        #expect(split.map(\.columns) == [6, 4, 4])
    }

    @Test("issue 16: the print rules cap tables and charts at the page width and let headers wrap")
    func printRules() throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        for page in Self.pages {
            let html = try output.text(page)
            let print = try #require(PrintedPage.block(after: "@media print", in: html), "\(page) has no print rules")
            let rules = PrintedPage.rules(print)
            #expect(rules[".tabla"]?.contains("overflow: visible") == true)
            #expect(rules[".tabla"]?.contains("max-width: 100%") == true)
            #expect(rules["table"]?.contains("max-width: 100%") == true)
            #expect(rules["figure svg"]?.contains("max-width: 100%") == true)
            #expect(rules["th, th.num"]?.contains("white-space: normal") == true)
            #expect(rules["th, td"]?.contains("overflow-wrap: break-word") == true)
            #expect(rules["table, figure"]?.contains("break-inside: avoid") == true)
            #expect(rules["h1, h2, h3, h4, caption"]?.contains("break-after: avoid") == true)
            #expect(!print.contains("nowrap"), "\(page): nothing may refuse to wrap on paper")
            let pageRule = try #require(PrintedPage.block(after: "@page", in: html))
            #expect(pageRule.contains("size: A4 portrait"))
            #expect(pageRule.contains("counter(page)") && pageRule.contains("counter(pages)"))
        }
    }

    @Test("issue 16: paths in table cells can wrap after / and _")
    func breakablePaths() {
        #expect(HTMLPage.cellMarkup("datos/matricula_2019.csv", breakable: true)
                == "datos/<wbr>matricula_<wbr>2019.csv")
        #expect(HTMLPage.cellMarkup("a<b", breakable: true) == "a&lt;b")
        #expect(HTMLPage.cellMarkup("1/2", breakable: false) == "1/2")
    }

    @Test("issue 16: every printed page carries the institution or territory and the data's years")
    func runningHeader() throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        let institution = try output.text("instituciones/\(ReportFixtures.codeA).html")
        #expect(institution.contains(
            "@top-left { content: \"Diagnóstico institucional · Colegio La Esperanza (111001000001)\";"))
        #expect(institution.contains("@top-right { content: \"Datos SIMAT 2021 a 2023\";"))
        let territory = try output.text("reporte_territorial.html")
        // Institutions of municipalities 11001 (A, B) and 25001 (C).
        #expect(territory.contains("@top-left { content: \"Reporte territorial · 11001 y 25001\";"))
    }

    @Test("issue 16: running-header text from the data is a safe CSS string")
    func cssString() {
        #expect(CSSString.quoted("Colegio \"Sol\"") == "\"Colegio \\\"Sol\\\"\"")
        #expect(CSSString.quoted("a\\b</style>") == "\"a\\\\b\\3C /style\\3E \"")
        #expect(CSSString.quoted("uno\ndos") == "\"uno dos\"")
    }

    @Test("issue 16: the first page stands alone: rates beside the territory's, alerts in words, the Ruta")
    func firstPage() throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        let html = try output.text("instituciones/\(ReportFixtures.codeA).html")
        let first = try #require(PrintedPage.firstPage(html))
        #expect(first.contains("<h2 id=\"seccion-1\">Resumen para la reunión del PMI</h2>"))
        #expect(!first.contains("<h2 id=\"seccion-2\""))
        // Dropout 2023: A 20 / (190 − 10) = 11.1 %, territory 24 / 499 = 4.8 %, flagged high.
        #expect(first.contains("<tr><td>Deserción intraanual</td><td class=\"num\">2023</td>"
            + "<td class=\"num\">11.1 %</td><td class=\"num\">4.8 %</td><td>alta</td></tr>"))
        #expect(first.contains("<li>Alta, deserción intraanual: 11.1 % frente a 4.8 % del territorio "
            + "(exceso estadístico).</li>"))
        #expect(first.contains("<h3>Lugar en la Ruta de Trayectorias</h3>"))
        #expect(first.contains("<li>Modalidad: acompañamiento en grupo con otras instituciones.</li>"))
        #expect(first.contains("<li>Padrinos: Escuela Nueva Sol (111001000003).</li>"))
        #expect(!first.contains("IE pares"), "without ruta_plan there are no pares to show")
    }

    @Test("issue 16: with the Ruta plan loaded the first page also names the IE pares and the foro")
    func rutaPlanHook() throws {
        var inputs = ReportFixtures.inputs()
        inputs.tables[ReportTableName.rutaPlan] = ResultTable(name: ReportTableName.rutaPlan, columns: [
            ResultColumn("anio_base", .integers([2023])),
            ResultColumn("institucion", .texts([ReportFixtures.codeA])),
            ResultColumn("par_1", .texts([ReportFixtures.codeB])),
            ResultColumn("par_2", .texts([nil])),
            ResultColumn("par_3", .texts([nil])),
            ResultColumn("foro", .texts(["Sabana Centro"])),
        ])
        let output = try ReportOutput(inputs)
        defer { output.remove() }
        let first = try #require(PrintedPage.firstPage(output.text("instituciones/\(ReportFixtures.codeA).html")))
        #expect(first.contains("<li>IE pares (mismo indicador principal, contexto parecido): "
            + "IE Rural El Roble (111001000002).</li>"))
        #expect(first.contains("<li>Foro: Sabana Centro.</li>"))
    }
}

/// Reading rendered pages: table headers, CSS blocks, the first printed page.
enum PrintedPage {
    /// Each table's caption and number of header cells.
    static func tableHeaders(_ html: String) throws -> [(caption: String, columns: Int)] {
        let pattern = try Regex(#"<caption[^>]*>(.*?)</caption>\s*<thead>\s*<tr>(.*?)</tr>"#)
        return html.matches(of: pattern).map { match in
            let caption = match.output[1].substring.map(String.init) ?? ""
            let row = match.output[2].substring.map(String.init) ?? ""
            return (caption, row.components(separatedBy: "<th").count - 1)
        }
    }

    /// The text between the braces of the first block opened after `marker`.
    static func block(after marker: String, in text: String) -> String? {
        guard let start = text.range(of: marker), let open = text[start.upperBound...].firstIndex(of: "{") else {
            return nil
        }
        var depth = 0
        var index = open
        while index < text.endIndex {
            if text[index] == "{" { depth += 1 }
            if text[index] == "}" {
                depth -= 1
                if depth == 0 { return String(text[text.index(after: open)..<index]) }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// Rules of a flat CSS block by selector list: `table` → `max-width: 100%; font-size: 8.5pt;`.
    static func rules(_ block: String) -> [String: String] {
        var rules: [String: String] = [:]
        for piece in block.split(separator: "}") {
            let parts = piece.split(separator: "{", maxSplits: 1)
            guard parts.count == 2 else { continue }
            rules[parts[0].trimmingCharacters(in: .whitespacesAndNewlines), default: ""] += String(parts[1])
        }
        return rules
    }

    /// The body of `<main>` up to the page break after the first section.
    static func firstPage(_ html: String) -> String? {
        guard let main = html.range(of: "<main"),
              let pageBreak = html.range(of: "<div class=\"salto-pagina\"", range: main.upperBound..<html.endIndex)
        else { return nil }
        return String(html[main.upperBound..<pageBreak.lowerBound])
    }
}
