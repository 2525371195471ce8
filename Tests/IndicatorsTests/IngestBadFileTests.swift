import Foundation
import Testing
@testable import Indicators

/// SPEC §10: bad input never traps; each problem is an `IngestError` with a Spanish message naming
/// the file (and line when relevant), and the other inputs are still used.
@Suite("Ingest: bad files")
struct IngestBadFileTests {
    @Test("a missing path")
    func missingPath() throws {
        let path = "/no/existe/matricula_2019.csv"
        let result = Ingestor.load([path])
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1 && result.files.isEmpty)
        #expect(error.code == .fileNotFound && error.file == path && error.line == nil)
        #expect(error.description
                == "\(path): no existe el archivo o carpeta. Posibles soluciones: revise la ruta y los permisos")
    }

    @Test("a directory with no .csv, .txt, .tsv or .xlsx files")
    func directoryWithoutInputs() throws {
        let directory = IngestSupport.temporaryDirectory()
        try Data("x".utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent("libro.xls"))
        let result = Ingestor.load([directory])
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1 && result.files.isEmpty)
        #expect(error.code == .noInputs && error.file == directory)
        #expect(error.description.hasPrefix("\(directory): la carpeta no contiene archivos .csv, .txt, .tsv ni .xlsx"))
    }

    @Test("a directory is read recursively, in path order, for .csv, .txt, .tsv and .xlsx, without Excel lock files")
    func directoryRecursive() throws {
        let directory = IngestSupport.temporaryDirectory()
        let url = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("b"), withIntermediateDirectories: true)
        let header = "ANO,CODIGO_DANE,PER_ID,GRADO\n"
        try Data((header + "2019,1,1,5\n").utf8).write(to: url.appendingPathComponent("b/z.TXT"))
        try Data((header + "2019,1,2,5\n").utf8).write(to: url.appendingPathComponent("a.csv"))
        try Data("ignored".utf8).write(to: url.appendingPathComponent("notas.md"))
        try Data("PK".utf8).write(to: url.appendingPathComponent("b/libro.xlsx"))
        try Data("lock".utf8).write(to: url.appendingPathComponent("b/~$libro.xlsx"))
        let discovered = InputDiscovery.files(for: [directory])
        #expect(discovered.errors.isEmpty)
        #expect(discovered.files.map { ($0 as NSString).lastPathComponent } == ["a.csv", "libro.xlsx", "z.TXT"])
    }

    @Test("an empty file", arguments: ["empty.csv", nil])
    func emptyFile(_ fixture: String?) throws {
        // nil: a file of blank lines only, built here.
        let path = fixture.map { Fixture.path("ingest/\($0)") } ?? Fixture.temporary("blank.csv", "\n\r\n  \n")
        let result = Ingestor.load([path])
        let error = try #require(result.errors.first)
        #expect(result.files.isEmpty)
        #expect(error.code == .emptyFile && error.file == path)
        #expect(error.description.hasPrefix("\(path): el archivo está vacío"))
    }

    @Test("a file holding only a BOM is empty")
    func bomOnly() throws {
        let path = Fixture.temporary("bom.csv", [0xEF, 0xBB, 0xBF])
        let error = try #require(Ingestor.load([path]).errors.first)
        #expect(error.code == .emptyFile)
    }

    @Test("a binary file (an old .xls workbook saved as .csv)")
    func binaryFile() throws {
        // The OLE2 signature of an .xls workbook, then binary bytes.
        let path = Fixture.temporary("libro.csv", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 3, 0, 0xFE, 0xFF])
        let result = Ingestor.load([path])
        let error = try #require(result.errors.first)
        #expect(result.files.isEmpty)
        #expect(error.code == .binaryFile && error.file == path && error.line == 1)
        #expect(error.description.hasPrefix("\(path), línea 1: el archivo parece binario"))
        #expect(error.description.contains("guárdelo como .xlsx o CSV"))
    }

    @Test("an xlsx workbook cut short and saved as .csv is read as a workbook and refused as damaged")
    func truncatedWorkbook() throws {
        let path = Fixture.path("ingest/binary.csv")
        let result = Ingestor.load([path])
        let error = try #require(result.errors.first)
        #expect(result.files.isEmpty)
        #expect(error.code == .unreadableWorkbook && error.file == path)
        #expect(error.description.hasPrefix("\(path): no se pudo leer el libro de Excel (.xlsx); se encontró: no es un archivo ZIP completo"))
    }

    @Test("bad inputs do not stop the good ones")
    func goodInputsStillUsed() {
        let inputs = [
            Fixture.path("ingest/empty.csv"), "/no/existe.csv", Fixture.path("ingest/utf8_bom.csv"),
            Fixture.path("ingest/binary.csv"), Fixture.path("ingest/header_only_missing_columns.csv"),
            Fixture.path("ingest/one_column.csv"),
        ]
        let result = Ingestor.load(inputs)
        #expect(result.files.map(\.kind) == [.matricula])
        #expect(result.enrollment.count == 1)
        // Missing paths are found during discovery, before any file is read.
        #expect(result.errors.map(\.code) == [.fileNotFound, .emptyFile, .unreadableWorkbook, .missingColumns, .unknownKind])
    }

    @Test("every error code has a Spanish message with the file, line, found, expected and hint")
    func errorDescription() {
        let error = IngestError(.missingColumns, file: "m.csv", line: 1, column: "GRADO", found: "ANO",
                                expected: "GRADO", hint: "renombre la columna")
        #expect(error.description == "m.csv, línea 1, columna GRADO: al encabezado le faltan columnas obligatorias; "
                + "se encontró: ANO; se esperaba: GRADO. Posibles soluciones: renombre la columna")
    }

    @Test("a directory given where a file is expected is an error, not a trap")
    func directoryAsFile() {
        let directory = IngestSupport.temporaryDirectory()
        #expect(throws: IngestError.self) { try DelimitedFile(path: directory) }
    }
}
