import Indicators
import Testing
@testable import ReportCLI

@Suite("XLSX workbook")
struct RenderXLSXTests {
    /// Two sheets: the three-row fixture and a table whose name is too long and has forbidden characters.
    private let tables = [
        RenderFixtures.threeRows,
        ResultTable(name: "alertas/institucion [resumen]: todas las reglas", columns: RenderFixtures.awkwardTexts.columns),
    ]

    @Test("CRC-32 check values", arguments: [
        ("123456789", UInt32(0xCBF4_3926)),
        ("", 0),
        ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
    func checksum(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
        #expect(RenderZIPReader.bitwiseCRC32(Array(text.utf8)) == expected)
    }

    @Test("the ZIP archive reads back: stored entries, verified CRC-32, 1980-01-01 00:00 timestamps")
    func archiveRoundTrip() throws {
        var archive = ZIPArchive()
        archive.add(name: "a.txt", bytes: Array("hola".utf8))
        archive.add(name: "carpeta/vacio", bytes: [])
        let bytes = archive.bytes()
        #expect(bytes.count == archive.size)
        let reader = try RenderZIPReader(bytes)
        #expect(reader.entries.map(\.name) == ["a.txt", "carpeta/vacio"])
        #expect(reader.text(of: "a.txt") == "hola")
        #expect(reader.entries.allSatisfy { $0.dosDate == 0x0021 && $0.dosTime == 0 })
    }

    @Test("the workbook holds every part, and [Content_Types].xml lists each sheet")
    func parts() throws {
        let reader = try RenderZIPReader(try XLSXWriter.bytes(for: tables))
        #expect(reader.entries.map(\.name) == [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        ])
        let types = try #require(reader.text(of: "[Content_Types].xml"))
        for sheet in 1...2 {
            #expect(types.contains("<Override PartName=\"/xl/worksheets/sheet\(sheet).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
        }
        let styles = try #require(reader.text(of: "xl/styles.xml"))
        #expect(styles.contains("<xf numFmtId=\"10\""))
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"0.000000\"/>"))
    }

    @Test("sheet names are cut to 31 characters without [ ] : * ? / \\")
    func workbookNames() throws {
        let reader = try RenderZIPReader(try XLSXWriter.bytes(for: tables))
        let workbook = try #require(reader.text(of: "xl/workbook.xml"))
        #expect(workbook.contains("<sheet name=\"indicadores_municipio\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(workbook.contains("<sheet name=\"alertas_institucion _resumen__\" sheetId=\"2\" r:id=\"rId2\"/>"))
        let relationships = try #require(reader.text(of: "xl/_rels/workbook.xml.rels"))
        #expect(relationships.contains("Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""))
    }

    @Test("a sheet has the frozen header, typed cells with styles and CSV values, and no cell for empty values")
    func sheetCells() throws {
        let reader = try RenderZIPReader(try XLSXWriter.bytes(for: tables))
        let sheet = try #require(reader.text(of: "xl/worksheets/sheet1.xml"))
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<dimension ref=\"A1:E4\"/>"))
        #expect(sheet.contains("<row r=\"1\"><c r=\"A1\" s=\"3\" t=\"inlineStr\"><is><t>anio</t></is></c>"))
        #expect(sheet.contains(
            "<row r=\"2\"><c r=\"A2\" t=\"n\"><v>2019</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Pasto</t></is></c>"
                + "<c r=\"C2\" t=\"n\"><v>1234</v></c><c r=\"D2\" s=\"1\" t=\"n\"><v>0.034512</v></c>"
                + "<c r=\"E2\" s=\"2\" t=\"n\"><v>12.250000</v></c></row>"))
        #expect(sheet.contains(
            "<row r=\"3\"><c r=\"A3\" t=\"n\"><v>2020</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>San Juan | Sur</t></is></c></row>"))
        #expect(sheet.contains("<c r=\"E4\" s=\"2\" t=\"n\"><v>-0.040000</v></c></row></sheetData></worksheet>"))
    }

    @Test("texts are escaped, CR kept as a character reference, end spaces preserved")
    func textCells() throws {
        let table = ResultTable(name: "t", columns: [ResultColumn("x", .texts(["dice \"a<b\" & c", "retorno\rx", " borde "]))])
        let reader = try RenderZIPReader(try XLSXWriter.bytes(for: [table]))
        let sheet = try #require(reader.text(of: "xl/worksheets/sheet1.xml"))
        #expect(sheet.contains("<t>dice &quot;a&lt;b&quot; &amp; c</t>"))
        #expect(sheet.contains("<t>retorno&#13;x</t>"))
        #expect(sheet.contains("<t xml:space=\"preserve\"> borde </t>"))
    }

    @Test("the same tables give the same bytes")
    func deterministic() throws {
        #expect(try XLSXWriter.bytes(for: tables) == XLSXWriter.bytes(for: tables))
    }

    @Test("column letters", arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func columnLetters(index: Int, letters: String) {
        #expect(XLSXWriter.columnLetters(index) == letters)
    }

    @Test("sheet names are unique regardless of case, never empty, never History, never quoted at the ends")
    func uniqueNames() {
        let long = String(repeating: "x", count: 40)
        #expect(XLSXSheetName.uniqueNames(for: ["a", "A", "x[1]:y", long, long, "History", "'q'", ""]) == [
            "a", "A~2", "x_1__y", String(repeating: "x", count: 31), String(repeating: "x", count: 29) + "~2",
            "History_", "q", "Hoja",
        ])
    }

    @Test("a table with more rows than a sheet holds is refused with a Spanish message")
    func tooManyRows() {
        let table = ResultTable(name: "enorme", columns: [ResultColumn("n", .integers(Array(repeating: 1, count: 1_048_576)))])
        let error = #expect(throws: XLSXWriterError.self) { try XLSXWriter.bytes(for: [table]) }
        #expect(error?.code == .tooManyRows)
        #expect(error?.description == "La tabla «enorme» tiene 1048577 filas y una hoja de cálculo admite 1048576; use el archivo CSV de esa tabla.")
    }
}
