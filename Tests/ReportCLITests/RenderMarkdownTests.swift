import Indicators
import Testing
@testable import ReportCLI

@Suite("Markdown tables")
struct RenderMarkdownTests {
    @Test("exact snapshot of a three-row table: percentages, one decimal, — for empty, escaped |")
    func snapshot() {
        // 12.25 is exact in binary, so printf's half-to-even gives 12.2; -0.04 prints 0.0, not -0.0.
        #expect(MarkdownTable.render(RenderFixtures.threeRows) == """
            | anio | municipio | matricula | tasa_desercion_intraanual | edad_media |
            | ---: | --- | ---: | ---: | ---: |
            | 2019 | Pasto | 1234 | 3.5 % | 12.2 |
            | 2020 | San Juan \\| Sur | — | — | — |
            | 2021 | — | 0 | 0.0 % | 0.0 |

            """)
    }

    @Test("line breaks inside a cell become spaces so the row stays on one line")
    func lineBreaks() {
        let table = ResultTable(name: "t", columns: [ResultColumn("nota", .texts(["uno\ndos\r\ntres"]))])
        #expect(MarkdownTable.render(table) == "| nota |\n| --- |\n| uno dos tres |\n")
    }
}
