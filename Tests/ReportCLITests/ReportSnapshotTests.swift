import Foundation
import Testing
@testable import ReportCLI

@Suite("Report snapshots")
struct ReportSnapshotTests {
    /// The pages of the fixture whose Markdown is kept as a golden file.
    static let markdownPages = ["instituciones/\(ReportFixtures.codeA).md", "instituciones/\(ReportFixtures.codeB).md",
                                "reporte_territorial.md"]

    /// The pages whose HTML outline is kept as a golden file.
    static let htmlPages = ["instituciones/\(ReportFixtures.codeA).html", "reporte_territorial.html", "index.html"]

    @Test("the Markdown of the diagnostics and of the territorial report matches its snapshot",
          arguments: markdownPages)
    func markdown(page: String) throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        try ReportSnapshots.expect(try output.text(page), matches: Self.snapshotName(page))
    }

    @Test("the HTML structure (headings, captions, charts, links) matches its snapshot", arguments: htmlPages)
    func htmlOutline(page: String) throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        try ReportSnapshots.expect(try HTMLOutline.lines(of: output.text(page)).joined(separator: "\n") + "\n",
                                   matches: Self.snapshotName(page) + ".outline")
    }

    /// `instituciones/123.md` → `instituciones_123.md`.
    private static func snapshotName(_ page: String) -> String {
        page.replacingOccurrences(of: "/", with: "_")
    }
}

/// The skeleton of an HTML page: headings, landmarks, table captions, charts with their titles, links.
enum HTMLOutline {
    /// One line per structural element, in document order.
    static func lines(of html: String) throws -> [String] {
        let pattern = try Regex(
            #"<(h[1-3])[^>]*>(.*?)</h[1-3]>|<caption[^>]*>(.*?)</caption>|<svg[^>]*>\s*<title[^>]*>(.*?)</title>"#
                + #"|<figcaption>(.*?)</figcaption>|<a [^>]*href="([^"]*)"|<(nav|main|footer|table)\b|class="(nota)""#)
        return html.matches(of: pattern).map { match in
            let groups = match.output.dropFirst().map { $0.substring.map(String.init) }
            if let level = groups[0] { return "\(level) \(groups[1] ?? "")" }
            if let caption = groups[2] { return "  caption \(caption)" }
            if let title = groups[3] { return "  svg \(title)" }
            if let caption = groups[4] { return "    figcaption \(caption)" }
            if let target = groups[5] { return "  a \(target)" }
            if let landmark = groups[6] { return "<\(landmark)>" }
            return "  note"
        }
    }
}
