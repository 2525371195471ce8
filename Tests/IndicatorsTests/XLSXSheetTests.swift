import Foundation
import Testing
@testable import Indicators

/// A sheet of an xlsx workbook becomes the CSV the loaders read: values as Excel stores them, cells
/// in their columns, rows on their sheet line numbers. Expected CSVs are worked out by hand from the
/// XML written in `bench/xlsx_fixtures.py`.
@Suite("XLSX: sheet to CSV")
struct XLSXSheetTests {
    static func workbook(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixture.path("xlsx/\(name)"))))
    }

    static func csv(_ name: String, sheet: String? = nil) throws -> (text: String, sheet: String) {
        let result = try XLSXSheetCSV.csv(workbook: workbook(name), sheet: sheet)
        return (String(decoding: result.csv, as: UTF8.self), result.sheet)
    }

    @Test("hand-written parts: shared, inline and rich strings, codes, dates, sparse and missing cells")
    func handmadeParts() throws {
        let result = try Self.csv("handmade_parts.xlsx")
        #expect(result.sheet == "Datos")
        let expected = [
            "CODIGO,TEXTO,FECHA,VALOR",
            // 1.05001000123E+11 keeps its digits; serial 40315 (built-in format 14) is a date; 0.032 in a 0.00% cell
            "105001000123,\"  con espacios  \",2010-05-17,3.2%",
            "",  // row 3 is not in the XML
            // sparse cells B and D; rich-text runs joined without the phonetic run; serial 59 in dd/mm/yyyy
            ",Rico,,1900-02-28",
            // a styled empty cell, a formula's cached string, an error, a boolean
            ",CODIGOx,#N/A,TRUE",
            // entities, &#10; and _x000D_; a date-time serial with half a day; 0.30000000000000004
            "-12.5,\"línea 1\nlínea 2 & <3>\r\",2021-01-01 12:00:00,0.3",
            // cells without r; Excel's 1900-02-29 (serial 60) and the day after; 1.5E-5 without exponent
            "7,1900-02-29,1900-03-01,0.000015",
            "",  // only empty values
            // column E, beyond the header: the format 0.00" d" is a plain number; 5001 in a 00000 cell
            ",,,,2.5,05001",
        ].joined(separator: "\n") + "\n"
        #expect(result.text == expected)
    }

    @Test("--hoja picks a sheet by its tab name, exactly or ignoring case and spaces")
    func secondSheet() throws {
        #expect(try Self.csv("handmade_parts.xlsx", sheet: "Segunda").text == "HOJA\n2\n")
        #expect(try Self.csv("handmade_parts.xlsx", sheet: " segunda ").sheet == "Segunda")
        #expect(try Self.csv("matricula_openpyxl.xlsx", sheet: "Directorio 2022").text == """
            CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,CODIGO_MUNICIPIO,ZONA,SECTOR
            105001000123,I.E. LA ESPERANZA,05001,URBANA,OFICIAL
            205002000228,I.E. LEÓN DE GREIFF,05002,RURAL,OFICIAL

            """)
    }

    @Test("a sheet that is not there names the sheets there are")
    func missingSheet() throws {
        let bytes = try Self.workbook("handmade_parts.xlsx")
        do throws(XLSXError) {
            _ = try XLSXSheetCSV.csv(workbook: bytes, sheet: "Matrícula")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .sheetNotFound && error.detail == "Matrícula" && error.sheets == ["Datos", "Segunda"])
        }
    }

    @Test("the 1904 date system")
    func date1904() throws {
        // Serial 0 is 1904-01-01; 38853 days later is 2010-05-17 (= serial 40315 in the 1900 system).
        #expect(try Self.csv("date1904.xlsx").text == "FECHA\n1904-01-01\n2010-05-17\n")
    }

    @Test("workbooks written by openpyxl and by LibreOffice give the CSV they were made from",
          arguments: ["matricula_openpyxl.xlsx", "matricula_libreoffice.xlsx"])
    func otherPrograms(_ name: String) throws {
        let expected = try String(contentsOfFile: Fixture.path("xlsx/matricula.csv"), encoding: .utf8)
        let result = try Self.csv(name)
        #expect(result.text == expected)
    }

    @Test("damaged workbooks throw a reader error, never trap")
    func damaged() throws {
        let good = try Self.workbook("handmade_parts.xlsx")
        #expect(throws: XLSXError.self) { _ = try XLSXSheetCSV.csv(workbook: Array(good.prefix(good.count - 30))) }
        // Corrupt the deflated bytes of the sheet part: from 8 bytes after its name in the local header.
        let name = Array("xl/worksheets/datos.xml".utf8)
        let at = try #require((0..<(good.count - name.count)).first { Array(good[$0..<($0 + name.count)]) == name })
        var flipped = good
        for k in (at + name.count + 8)..<(at + name.count + 40) { flipped[k] ^= 0x5A }
        #expect(throws: XLSXError.self) { _ = try XLSXSheetCSV.csv(workbook: flipped) }
        #expect(throws: XLSXError.self) { _ = try XLSXSheetCSV.csv(workbook: Array("PK\u{3}\u{4} no zip".utf8)) }
    }
}

/// An xlsx input goes through `Ingestor.load` like its CSV.
@Suite("XLSX: ingest")
struct XLSXIngestTests {
    @Test("an xlsx and its CSV load the same records; the summary says xlsx and the sheet")
    func sameRecords() throws {
        let csv = Ingestor.load([Fixture.path("xlsx/matricula.csv")])
        let xlsx = Ingestor.load([Fixture.path("xlsx/matricula_openpyxl.xlsx")])
        #expect(csv.errors.isEmpty && xlsx.errors.isEmpty)
        let file = try #require(xlsx.files.first)
        #expect(file.kind == .matricula && file.encoding == .xlsx && file.sheet == "Matricula" && file.delimiter == ",")
        #expect(file.rowsRead == 30 && file.rowsRead == csv.files.first?.rowsRead)
        #expect(file.rowsUsed == csv.files.first?.rowsUsed && file.years == [2021, 2022])
        #expect(xlsx.enrollment.count == csv.enrollment.count)
    }

    @Test("--hoja reads another kind from the same workbook")
    func sheetOption() throws {
        let result = Ingestor.load([Fixture.path("xlsx/matricula_openpyxl.xlsx")], options: IngestOptions(sheet: "Directorio 2022"))
        #expect(result.errors.isEmpty)
        #expect(result.files.first?.kind == .directorio && result.directory.count == 2)
    }

    @Test("a missing sheet is a Spanish error naming the file, the sheet and the sheets there are")
    func missingSheet() throws {
        let path = Fixture.path("xlsx/handmade_parts.xlsx")
        let result = Ingestor.load([path], options: IngestOptions(sheet: "Hoja1"))
        let error = try #require(result.errors.first)
        #expect(error.code == .sheetNotFound)
        #expect(error.description == "\(path): el libro de Excel no tiene la hoja indicada con --hoja; se encontró: Hoja1; se esperaba: Datos, Segunda. Posibles soluciones: escriba en --hoja el nombre de la hoja tal como aparece en su pestaña")
    }

    @Test("a damaged workbook is a Spanish error, and the other inputs still load")
    func damagedWorkbook() throws {
        let good = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixture.path("xlsx/matricula_openpyxl.xlsx"))))
        let path = Fixture.temporary("cortado.xlsx", Array(good.prefix(good.count / 2)))
        let result = Ingestor.load([path, Fixture.path("xlsx/matricula.csv")])
        let error = try #require(result.errors.first)
        #expect(error.code == .unreadableWorkbook && error.file == path)
        #expect(error.description.hasPrefix("\(path): no se pudo leer el libro de Excel (.xlsx); se encontró: no es un archivo ZIP completo"))
        #expect(result.files.count == 1)
    }
}
