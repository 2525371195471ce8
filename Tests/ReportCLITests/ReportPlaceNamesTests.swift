import Foundation
import Indicators
import Testing
@testable import ReportCLI

/// Issue 12, item 9: reports show `11001 Bogotá D.C.` where the tables carry `nombre_municipio`.
@Suite("Reports: names of places (issue 12)")
struct ReportPlaceNamesTests {
    /// The fixture's tables with `nombre_municipio` appended, as `run` writes them.
    static func namedInputs() -> ReportInputs {
        var inputs = ReportFixtures.inputs()
        for name in ["indicadores_institucion", "priorizacion"] {
            if let table = inputs.tables[name] { inputs.tables[name] = PlaceNames().addingMunicipalityNames(to: table) }
        }
        return inputs
    }

    @Test("the diagnostic, the territorial priority table and the index show code and name")
    func labels() throws {
        let output = try ReportOutput(Self.namedInputs())
        defer { output.remove() }
        let institution = try output.text("instituciones/\(ReportFixtures.codeA).md")
        #expect(institution.contains("municipio 11001 Bogotá D.C., zona"))
        let territorial = try output.text("reporte_territorial.md")
        #expect(territorial.contains("11001 Bogotá D.C."))
        let index = try output.text("index.html")
        #expect(index.contains("Municipio 11001 Bogotá D.C.") || index.contains("Municipio 11001 Bogot&aacute; D.C."))
    }

    @Test("without nombre_municipio the reports show the code alone, as before")
    func codesOnly() throws {
        let output = try ReportOutput(ReportFixtures.inputs())
        defer { output.remove() }
        let institution = try output.text("instituciones/\(ReportFixtures.codeA).md")
        #expect(institution.contains("municipio 11001, zona"))
        #expect(!institution.contains("Bogotá"))
    }
}
