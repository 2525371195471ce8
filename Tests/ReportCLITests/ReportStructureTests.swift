import Foundation
import Testing
@testable import ReportCLI

@Suite("Report files and HTML")
struct ReportStructureTests {
    @Test("writes one diagnostic per institution (Markdown and HTML), the territorial report and the index")
    func files() throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        let codes = [ReportFixtures.codeA, ReportFixtures.codeB, ReportFixtures.codeC]
        let expected = ["index.html", "instituciones", "reporte_territorial.html", "reporte_territorial.md"]
            + codes.flatMap { ["instituciones/\($0).html", "instituciones/\($0).md"] }
        #expect(try output.files() == expected.sorted())
    }

    @Test("the index links the territorial report and every institution's diagnostic")
    func indexLinks() throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        let index = try output.text("index.html")
        #expect(index.contains("<a href=\"reporte_territorial.html\">Reporte territorial</a>"))
        for code in [ReportFixtures.codeA, ReportFixtures.codeB, ReportFixtures.codeC] {
            #expect(index.contains("<a href=\"instituciones/\(code).html\">"))
        }
        #expect(index.contains("Colegio La Esperanza (111001000001)</a>: puesto 1; alertas: una alta y dos medias"))
    }

    @Test("pages are self-contained: Spanish, no scripts, no external resources, unique ids",
          arguments: ["index.html", "reporte_territorial.html", "instituciones/\(ReportFixtures.codeA).html"])
    func selfContained(page: String) throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        let html = try output.text(page)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"es\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http") == false)
        let ids = html.matches(of: try Regex(#" id="([^"]+)""#)).map { String($0.output[1].substring!) }
        #expect(Set(ids).count == ids.count)
        #expect(html.contains("@page { size: A4"))
    }

    @Test("an institution page draws trend lines, bars by grade, a funnel plot and the Saber bars")
    func institutionCharts() throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        let html = try output.text("instituciones/\(ReportFixtures.codeA).html")
        let svgs = html.matches(of: try Regex("<svg ")).count
        // Trends of both dropout rates (intra-year is also the flagged one), dropout and over-age by grade,
        // one funnel, the Saber 11 bars.
        #expect(svgs == 2 + 2 + 1 + 1)
        #expect(html.components(separatedBy: "class=\"destacado\"").count == 2)
        #expect(html.contains("<title id=\"grafico-5-titulo\">Deserción intraanual 2023: embudo de instituciones</title>"))
    }

    @Test("the flag is explained with its evidence and the count the territory's rate predicts")
    func flagEvidence() throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        let page = try output.text("instituciones/\(ReportFixtures.codeA).md")
        // 180 × 24/499 = 8.66, written rounded.
        #expect(page.contains("En 2023 hubo 20 desertores de 180 estudiantes sin contar traslados (11.1 %), frente a "
            + "4.8 % en el territorio. Con la tasa del territorio, lo esperado serían 9."))
        #expect(page.contains("(2.1 % en 2021, 3.2 % en 2022 y 11.1 % en 2023)"))
    }

    @Test("the same inputs give byte-identical files")
    func deterministic() throws {
        let first = try ReportOutput(ReportFixtures.inputs())
        let second = try ReportOutput(ReportFixtures.inputs())
        defer { first.remove(); second.remove() }
        let files = try first.files().filter { $0.contains(".") }
        #expect(try second.files().filter { $0.contains(".") } == files)
        for file in files {
            #expect(try first.text(file) == second.text(file), "\(file) differs between runs")
        }
    }

    @Test("with only the indicator tables every page is written and says what is not available")
    func missingTables() throws {
        let output = try ReportOutput(ReportFixtures.indicatorsOnly)
        defer { output.remove() }
        let page = try output.text("instituciones/\(ReportFixtures.codeA).md")
        #expect(page.contains("No se cargó la tabla de alertas (alertas\\_institucion)"))
        #expect(page.contains("No se cargaron resultados de Saber 11"))
        #expect(page.contains("No hay tabla de trayectorias por cohorte para esta institución."))
        #expect(page.contains("No se cargó la priorización (priorizacion)."))
        #expect(page.contains("No hay conteos de estudiantes por nivel de riesgo") == false)
        #expect(page.contains("Sin parámetros de sobredispersión: límites binomiales con la tasa del territorio."))
        let territory = try output.text("reporte_territorial.md")
        #expect(territory.contains("No hay validación del modelo (modelo\\_validacion)."))
        #expect(territory.contains("No se cargó la tabla de calidad de los datos (calidad\\_datos)."))
    }

    @Test("without any table the index and the territorial report are still written and say so")
    func noTables() throws {
        let output = try ReportOutput(ReportInputs(tables: [:]))
        defer { output.remove() }
        #expect(try output.files() == ["index.html", "instituciones", "reporte_territorial.html", "reporte_territorial.md"])
        #expect(try output.text("reporte_territorial.md").contains("No hay indicadores para resumir."))
        #expect(try output.text("index.html").contains("No hay instituciones con indicadores."))
    }

    @Test("the early-warning note appears where risk levels and validation are reported")
    func modelNote() throws {
        let note = "Hay pocos datos para ajustar el modelo: se usa la regla."
        let output = try ReportOutput(ReportFixtures.inputs(modelNote: note))
        defer { output.remove() }
        #expect(try output.text("reporte_territorial.md").contains("> \(note)"))
        #expect(try output.text("instituciones/\(ReportFixtures.codeA).html").contains("<p class=\"nota\" role=\"note\">\(note)</p>"))
    }
}
