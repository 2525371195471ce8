import Foundation
import Testing
@testable import Indicators

/// The real MEN file shared with the project (`../shared/data` beside the repository).
@Suite("Ingest: MEN reference data")
struct IngestMENReferenceTests {
    /// `<repository>/../shared/data/men_estadisticas_municipio.csv`, located from this source file.
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()      // IndicatorsTests
        .deletingLastPathComponent()      // Tests
        .deletingLastPathComponent()      // repository root
        .deletingLastPathComponent()      // its parent
        .appendingPathComponent("shared/data/men_estadisticas_municipio.csv").path

    static let present = FileManager.default.fileExists(atPath: path)

    @Test("men_estadisticas_municipio.csv loads as referencia_men with 11,219 rows, all used",
          .enabled(if: present, "no se encontró ../shared/data/men_estadisticas_municipio.csv junto al repositorio"))
    func loadsWholeFile() throws {
        let result = Ingestor.load([Self.path])
        #expect(result.errors.isEmpty)
        let summary = try #require(result.files.first)
        #expect(summary.kind == .referenciaMEN)
        #expect(summary.encoding == .utf8 && summary.delimiter == ",")
        #expect(summary.rowsRead == 11_219 && summary.rowsUsed == 11_219 && summary.rowsRejected == 0)
        #expect(summary.reconciles)
        #expect(result.menReference.count == 11_219)
        // First data row: 2011, Medellín (05001), DESERCIÓN 3.69, APROBACIÓN 96.28.
        let first = try #require(result.menReference.first)
        #expect(first.year == 2011 && first.municipality == "05001" && first.name == "Medellín")
        #expect(first.department == "5")
        #expect(abs((first.values["DESERCION"] ?? 0) - 3.69) <= 1e-12 * 3.69)
        #expect(abs((first.values["APROBACION"] ?? 0) - 96.28) <= 1e-12 * 96.28)
        #expect(first.values["CODIGO_ETC"] == nil)
        #expect(result.menReference.allSatisfy { $0.municipality.utf8.count == 5 })
    }
}
