import Foundation
import Testing
@testable import ReportCLI

@Suite("Public reports (--publico)")
struct ReportPublicTests {
    /// Table headers whose small integers are not counts of students (years, ranks, scores, flags).
    static let exemptHeaders: Set<String> = ["Año", "Puesto", "Puntaje", "Alertas altas", "Alertas medias"]

    /// Every page written in public mode.
    static let pages = ["reporte_territorial.md", "reporte_territorial.html", "index.html"]
        + [ReportFixtures.codeA, ReportFixtures.codeB, ReportFixtures.codeC].flatMap {
            ["instituciones/\($0).md", "instituciones/\($0).html"]
        }

    @Test("no table cell of a public report holds a count from 1 to 4", arguments: pages)
    func tableCells(page: String) throws {
        let output = try ReportOutput(ReportFixtures.inputs(isPublic: true))
        defer { output.remove() }
        let text = try output.text(page)
        let cells = page.hasSuffix(".md") ? Self.markdownCells(text) : try Self.htmlCells(text)
        #expect(!cells.isEmpty || page == "index.html")
        for cell in cells where !Self.exemptHeaders.contains(cell.header) {
            #expect(!["1", "2", "3", "4"].contains(cell.value), "\(page): \(cell.header) = \(cell.value)")
        }
    }

    @Test("no sentence of a public report states a count from 1 to 4", arguments: pages.filter { $0.hasSuffix(".md") })
    func prose(page: String) throws {
        let output = try ReportOutput(ReportFixtures.inputs(isPublic: true))
        defer { output.remove() }
        let text = try output.text(page)
        // A lone digit 1–4: not part of a longer number, a decimal, a code, a grade (`4°`) or a percentage.
        let lone = try Regex(#"(^|[^\w.,°\-])[1-4](?![\w.,°%])"#)
        for line in text.split(separator: "\n") where !line.hasPrefix("|") {
            let withoutRanks = line.replacing(try Regex(#"[Pp]uesto [0-9]+"#), with: "puesto N")
            #expect(withoutRanks.firstMatch(of: lone) == nil, "\(page): \(line)")
        }
    }

    @Test("the small institution's counts are hidden while the large one's stay")
    func suppressedFigures() throws {
        let output = try ReportOutput(ReportFixtures.inputs(isPublic: true))
        defer { output.remove() }
        let small = try output.text("instituciones/\(ReportFixtures.codeB).md")
        #expect(small.contains(ReportWording.publicNote))
        #expect(small.contains("Estudiantes por riesgo de deserción: sin dato o menos de 5 en riesgo alto, 6 en riesgo medio"))
        let large = try output.text("instituciones/\(ReportFixtures.codeA).md")
        #expect(large.contains("En 2023 hubo 20 desertores de 180 estudiantes sin contar traslados (11.1 %)"))
    }

    @Test("a public territorial report drops small validation subgroups and the quality examples")
    func territory() throws {
        let output = try ReportOutput(ReportFixtures.inputs(isPublic: true))
        defer { output.remove() }
        let report = try output.text("reporte_territorial.md")
        #expect(report.contains("| Zona: rural | — | — | — | — | — | — |"))
        #expect(!report.contains("línea 17"))
        #expect(!report.contains("| Ejemplo |"))
    }

    /// (header, value) of every body cell of every Markdown table.
    static func markdownCells(_ text: String) -> [(header: String, value: String)] {
        var cells: [(String, String)] = []
        var header: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("| ") else { header = []; continue }
            let values = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            if header.isEmpty { header = values; continue }
            if values.allSatisfy({ $0.hasPrefix("---") }) { continue }
            cells += zip(header, values).map { ($0, $1) }
        }
        return cells
    }

    /// (header, value) of every body cell of every HTML table.
    static func htmlCells(_ html: String) throws -> [(header: String, value: String)] {
        let headerCell = try Regex(#"<th scope="col"[^>]*>(.*?)</th>"#)
        let bodyCell = try Regex(#"<td[^>]*>(.*?)</td>"#)
        var cells: [(String, String)] = []
        for table in html.components(separatedBy: "<table>").dropFirst() {
            let body = table.components(separatedBy: "</table>")[0]
            let header = body.matches(of: headerCell).map { String($0.output[1].substring!) }
            for row in body.components(separatedBy: "<tr>").dropFirst() {
                let values = row.matches(of: bodyCell).map { String($0.output[1].substring!) }
                if !values.isEmpty { cells += zip(header, values).map { ($0, $1) } }
            }
        }
        return cells
    }
}
