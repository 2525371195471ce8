import Foundation
import Testing

/// The built binary on xlsx inputs written by other programs (LibreOffice, openpyxl) and on the CSV
/// they were made from (`Tests/Fixtures/xlsx/`, see `bench/xlsx_fixtures.py`).
@Suite("End to end: xlsx inputs", .serialized)
struct EndToEndXLSXTests {
    static func fixture(_ name: String) -> String { "Tests/Fixtures/xlsx/\(name)" }

    /// Every `.csv` table of an output folder, with the input's path replaced by `INPUT`.
    static func tables(_ folder: String, input: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".csv") {
            let text = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
            result[name] = text.replacingOccurrences(of: input, with: "INPUT")
        }
        return result
    }

    @Test("an xlsx written by another program and its CSV give identical tables",
          arguments: ["matricula_libreoffice.xlsx", "matricula_openpyxl.xlsx"])
    func identicalTables(_ workbook: String) throws {
        let fromCSV = Binary.temporaryFolder(), fromXLSX = Binary.temporaryFolder()
        let csvRun = try Binary.run(["run", Self.fixture("matricula.csv"), "--out", fromCSV, "--sin-reportes"])
        let xlsxRun = try Binary.run(["run", Self.fixture(workbook), "--out", fromXLSX, "--sin-reportes"])
        #expect(csvRun.status == 0 && xlsxRun.status == 0, "\(csvRun.stderr)\(xlsxRun.stderr)")
        let a = try Self.tables(fromCSV, input: Self.fixture("matricula.csv"))
        let b = try Self.tables(fromXLSX, input: Self.fixture(workbook))
        #expect(a.count >= 10 && a.keys.sorted() == b.keys.sorted())
        for (name, text) in a { #expect(text == b[name], "\(name)") }
        let summary = try String(contentsOfFile: fromXLSX + "/resumen.json", encoding: .utf8)
        let sheet = workbook.hasPrefix("matricula_libreoffice") ? "matricula_libreoffice" : "Matricula"
        #expect(summary.contains("\"delimitador\": \",\", \"codificacion\": \"xlsx\", \"hoja\": \"\(sheet)\""))
    }

    @Test("validate --hoja reads the named sheet and says so")
    func sheetOption() throws {
        let out = Binary.temporaryFolder()
        let outcome = try Binary.run(["validate", Self.fixture("matricula_openpyxl.xlsx"), "--hoja", "Directorio 2022", "--out", out])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("tipo directorio, libro de Excel (.xlsx), hoja 'Directorio 2022'"))
        #expect(outcome.stdout.contains("filas leídas 2 = usadas 2"))
    }

    @Test("a sheet that is not in the workbook: exit 1 and a Spanish message listing the sheets")
    func missingSheet() throws {
        let out = Binary.temporaryFolder()
        let outcome = try Binary.run(["validate", Self.fixture("matricula_openpyxl.xlsx"), "--hoja", "Hoja1", "--out", out])
        #expect(outcome.status == 1)
        #expect((outcome.stdout + outcome.stderr).contains("el libro de Excel no tiene la hoja indicada con --hoja; se encontró: Hoja1; se esperaba: Matricula, Directorio 2022"))
    }

    @Test("issue 13: the plan's own sheet of diagnostico.xlsx is accepted back as a ruta input, no row rejected")
    func planAcceptedBack() throws {
        let out = Binary.temporaryFolder(), check = Binary.temporaryFolder()
        let run = try Binary.run(["run", "sample-data", "--out", out, "--excel", "--sin-reportes", "--sin-modelo"])
        #expect(run.status == 0, "\(run.stderr)")
        let plan = try String(contentsOfFile: out + "/ruta_plan.csv", encoding: .utf8)
        let rows = plan.split(separator: "\n").count - 1
        #expect(rows > 0)
        // Read back beside the enrollment it refers to (a plan alone names institutions no file loads).
        let outcome = try Binary.run(["run", "sample-data", out + "/diagnostico.xlsx", "--hoja", "ruta_plan",
                                      "--out", check, "--sin-reportes", "--sin-modelo"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("tipo ruta, libro de Excel (.xlsx), hoja 'ruta_plan'"))
        #expect(outcome.stdout.contains("filas leídas \(rows) = usadas \(rows) + rechazadas 0"))
    }
}
