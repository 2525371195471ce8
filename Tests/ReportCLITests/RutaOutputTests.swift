import Foundation
import Indicators
import Risk
import Testing
@testable import ReportCLI

@Suite("Ruta de Trayectorias: workbook sheet and round trip")
struct RutaOutputTests {
    @Test("the ruta_plan sheet has a drop-down list for estado over its whole column; other sheets have none")
    func estadoDropDown() throws {
        let plan = RutaPlan(entries: [], forums: [], hasSubregions: false, unlistedMunicipalities: [])
        let other = ResultTable(name: "foros", columns: [ResultColumn("estado", .texts(["x"]))])
        let reader = try RenderZIPReader(try XLSXWriter.bytes(for: [plan.planTable, other]))
        let sheet = try #require(reader.text(of: "xl/worksheets/sheet1.xml"))
        // estado is the 29th column: AC.
        #expect(sheet.contains("<dataValidations count=\"1\"><dataValidation type=\"list\" allowBlank=\"1\" "
            + "showErrorMessage=\"1\" errorTitle=\"Valor no válido\" "
            + "error=\"Elija uno de: PLANEADO, EN_CURSO, CERRADO, SUSPENDIDO\" sqref=\"AC2:AC1048576\">"
            + "<formula1>\"PLANEADO,EN_CURSO,CERRADO,SUSPENDIDO\"</formula1></dataValidation></dataValidations>"
            + "</worksheet>"))
        let second = try #require(reader.text(of: "xl/worksheets/sheet2.xml"))
        #expect(!second.contains("dataValidation"))
    }

    @Test("the plan written with --excel (';', BOM, decimal comma) is accepted back as a ruta input without rejects")
    func planAcceptedBack() throws {
        let folder = Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/in", first = folder + "/out1", second = folder + "/out2"
        #expect(try Binary.run(["sample", "--out", input, "--students", "3000", "--years", "3", "--seed", "11"]).status == 0)
        let subregions = folder + "/subregiones.csv"
        try Data("Código Municipio;Municipio;Subregión\n5001;Medellín;Valle de Aburrá\n5088;Bello;Valle de Aburrá\n".utf8)
            .write(to: URL(fileURLWithPath: subregions))
        let run = try Binary.run(["run", input, subregions, "--out", first, "--excel", "--sin-modelo"])
        #expect(run.status == 0)
        let plan = try String(contentsOfFile: first + "/ruta_plan.csv", encoding: .utf8)
        #expect(plan.hasPrefix("anio_base,rango,institucion,nombre,municipio,subregion,zona,"))
        let report = try String(contentsOfFile: first + "/reporte_territorial.md", encoding: .utf8)
        #expect(report.contains("## Ruta de Trayectorias"))
        let rerun = try Binary.run(["run", input, subregions, first + "/excel/ruta_plan.csv", "--out", second,
                                    "--sin-modelo", "--sin-reportes"])
        #expect(rerun.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: second + "/resumen.json")))
        let entries = try #require((json as? [String: Any])?["entradas"] as? [[String: Any]])
        let ruta = try #require(entries.first { $0["tipo"] as? String == "ruta" })
        let rows = try #require(ruta["filas"] as? [String: Int])
        let rejects = try String(contentsOfFile: second + "/rechazos.csv", encoding: .utf8)
        #expect(!rejects.contains("ruta_plan.csv"))
        let planRows = plan.split(separator: "\n").count - 1
        #expect(planRows > 0)
        #expect(rows["usadas"] == planRows && rows["rechazadas"] == 0)
    }
}
