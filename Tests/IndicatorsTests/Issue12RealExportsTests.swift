import Foundation
import Testing
@testable import Indicators

/// Issue 12: real exports as they come. Each fixture copies the shape (not the content) of a real
/// file: a Saber 11 sample and a SIMAT export that passed through Excel, the portal's MEN export with
/// thousands separators, two real directory layouts, two MEN files that disagree, a mostly-UTF-8 file
/// with a Windows-1252 byte.
@Suite("Issue 12: real exports")
struct Issue12RealExportsTests {
    func finding(_ findings: [QualityFinding], _ check: String, column: String? = nil) -> QualityFinding? {
        findings.first { $0.check == check && (column == nil || $0.column == column) }
    }

    // MARK: 1. Codes in scientific notation

    @Test("scientific notation is no code; `.0` is still repaired", arguments: [
        ("1,05001E+11", true), ("1.05E+15", true), ("1.05001E+11", true), ("1E11", true), ("2,5e-3", true),
        ("105001000123", false), ("105001000123.0", false), ("E11", false), ("1,05E", false), ("1.05E+1x", false),
        ("SB11201940000001", false),
    ])
    func scientificDetection(_ text: String, _ scientific: Bool) {
        #expect(CodeRepair.isScientific(text) == scientific)
        #expect(CodeRepair.code(text).isEmpty == scientific)
    }

    @Test("Saber 11 rows with a code in scientific notation leave the institution rows, counted with a hint")
    func saberScientific() throws {
        let result = IngestSupport.load("saber11_scientific_codes.csv")
        #expect(result.errors.isEmpty)
        // Lines 2 and 4 carry the code (line 4 repaired from `.0`); lines 3 and 5 are in scientific notation.
        #expect(result.saber.map(\.institution) == ["105001000123", "", "105001000123", ""])
        let findings = DataQuality.ingestFindings(result)
        let scientific = try #require(finding(findings, "codigo_notacion_cientifica"))
        #expect(scientific.column == "COLE_COD_DANE_ESTABLECIMIENTO" && scientific.cases == 2)
        #expect(scientific.example.hasPrefix("línea 3: '1,05001E+11'"))
        #expect(scientific.example.contains("formatee la columna como texto"))
        #expect(finding(findings, "saber11_sin_institucion")?.cases == 2)
    }

    @Test("matricula: rows repeating a place (institution, name, sede) count a scientific sede on every kept row, and a rejected row interns only its institution")
    func repeatedPlaces() throws {
        let text = """
            ANO,CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,CODIGO_DANE_SEDE,MUN_CODIGO,PER_ID,GRADO
            2020,111001000001,Solo Rechazada,1.11001E+13,11001,,5
            2020,111001000002,Colegio B,1.11001E+13,11001,2,5
            2020,111001000001,Solo Rechazada,1.11001E+13,11001,3,5
            2020,111001000002,Colegio B,1.11001E+13,11001,4,5

            """
        let result = Ingestor.load([Fixture.temporary("places.csv", text)])
        let summary = try #require(result.files.first)
        // Line 2 has no key: rejected after its institution was read (as row by row), before its name.
        #expect(result.rejects.map(\.line) == [2] && result.rejects.map(\.reason) == [.missingKey])
        let c = result.enrollment.columns, i = result.enrollment.interners
        #expect(c.institution == [2, 1, 2])
        #expect((1..<i.institution.count).map { i.institution.string(UInt32($0)) } == ["111001000001", "111001000002"])
        #expect(c.institutionName == [1, 2, 1])
        #expect((1..<i.institutionName.count).map { i.institutionName.string(UInt32($0)) } == ["Colegio B", "Solo Rechazada"])
        #expect(c.sede == [0, 0, 0])
        // The sede's scientific code: once per kept row (lines 3, 4, 5), the example from line 3.
        #expect(summary.checks.map(\.column) == ["CODIGO_DANE_SEDE"])
        #expect(summary.checks.map(\.cases) == [3])
        #expect(summary.checks.first?.example.hasPrefix("línea 3: '1.11001E+13'") == true)
    }

    @Test("matricula: a required code in scientific notation rejects the row; an optional one becomes null")
    func matriculaScientific() throws {
        let result = IngestSupport.load("matricula_scientific_codes.csv")
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == 5 && summary.rowsUsed == 3 && summary.rowsRejected == 2)
        // Line 3: institution in scientific notation; line 5: PER_ID in scientific notation and no document.
        #expect(result.rejects.map(\.line) == [3, 5])
        #expect(result.rejects.map(\.reason) == [.scientificCode, .scientificCode])
        #expect(result.rejects[0].detail.contains("'1,05001E+11'"))
        // Line 4: PER_ID lost, the document 77 keys the student; its sede becomes null.
        let c = result.enrollment.columns, i = result.enrollment.interners
        #expect(c.student.map { i.student.string($0) } == ["P1001", "D77", "P1005"])
        #expect(IngestSupport.strings(c.sede, i.sede) == ["105001000123", "", ""])
        #expect(IngestSupport.strings(c.institution, i.institution) == Array(repeating: "105001000123", count: 3))
        #expect(summary.checks.map(\.column) == ["CODIGO_DANE", "CODIGO_DANE_SEDE", "PER_ID"])
        #expect(summary.checks.map(\.cases) == [1, 1, 2])
        #expect(summary.checks[2].example.hasPrefix("línea 4: '1,003E+3'"))
        let findings = DataQuality.ingestFindings(result)
        #expect(finding(findings, "rechazo_codigo_notacion_cientifica")?.cases == 2)
    }

    // MARK: 2. Thousands separators

    @Test("integers with thousands separators: groups of exactly three digits after one kind of separator",
          arguments: [
            ("2,021", 2021), ("2.021", 2021), ("1.234.567", 1_234_567), ("12,345,678", 12_345_678), ("2021", 2021),
            ("-2", -2),
          ] as [(String, Int)])
    func groupedIntegers(_ text: String, _ value: Int) {
        #expect(CodeTables.parseInteger(text) == value)
    }

    @Test("ambiguous or malformed groupings are no integers", arguments: [
        "1,0", "12,34", "2,0210", "1,234.567", ",021", "1234,567", "2021.5", "2.021,5", "1.000,000",
    ])
    func notGroupedIntegers(_ text: String) {
        #expect(CodeTables.parseInteger(text) == nil)
    }

    @Test("the portal's MEN export: `2,021` and `5,001` read; a rejected year shows the value found")
    func menThousands() throws {
        let result = IngestSupport.load("men_thousands_separators.csv")
        let summary = try #require(result.files.first)
        #expect(summary.kind == .referenciaMEN)
        #expect(summary.rowsUsed == 2 && summary.rowsRejected == 1 && summary.years == [2021])
        #expect(result.menReference.map(\.municipality) == ["05001", "05002"])
        #expect(result.menReference.map(\.departmentName) == ["Antioquia", "Antioquia"])
        #expect(result.rejects.first?.detail == "columna AÑO: valor '2,0211', se esperaba un año entre 2000 y 2100")
    }

    @Test("matricula: year `2.021` accepted; grade `1,0` and year `2021.5` rejected with their values")
    func matriculaThousands() throws {
        let result = IngestSupport.load("matricula_thousands_separators.csv")
        #expect(result.enrollment.columns.year == [2021])
        #expect(result.rejects.map(\.reason) == [.invalidGrade, .invalidYear])
        #expect(result.rejects[0].detail.contains("valor '1,0'"))
        #expect(result.rejects[1].detail.contains("valor '2021.5'"))
    }

    // MARK: 4. Required columns of each kind

    @Test("--kind directorio on a file without an institution column is refused with the accepted names")
    func forcedKindRefused() throws {
        let result = IngestSupport.load("directorio_unknown_headers.csv", options: IngestOptions(kind: .directorio))
        #expect(result.files.isEmpty && result.rejects.isEmpty)
        let error = try #require(result.errors.first)
        #expect(error.code == .missingColumns)
        #expect(error.found == "ID, NOMBRE SEDE, MUNICIPIO, ZONA")
        let expected = try #require(error.expected)
        #expect(expected.hasPrefix("para un archivo de tipo directorio: código de institución (se acepta: CODIGO_DANE,"))
        #expect(expected.contains("CODIGO_DANE_INSTITUCION_EDUCATIVA") && expected.contains("CODIGO_ESTABLECIMIENTO"))
        #expect(error.description.contains("--kind"))
    }

    @Test("--kind saber11 and --kind referencia_men on a matricula file are refused, naming what is missing")
    func otherForcedKinds() throws {
        let saber = IngestSupport.load("matricula_scientific_codes.csv", options: IngestOptions(kind: .saber11))
        #expect(saber.errors.first?.code == .missingColumns)
        #expect(saber.errors.first?.expected
                == "para un archivo de tipo saber11: PERIODO (se acepta: PERIODO); PUNT_GLOBAL (se acepta: PUNT_GLOBAL)")
        let men = IngestSupport.load("matricula_scientific_codes.csv", options: IngestOptions(kind: .referenciaMEN))
        #expect(men.errors.first?.expected
                == "para un archivo de tipo referencia_men: código de municipio o de departamento (se acepta: CODIGO_MUNICIPIO, CODIGO_DEPARTAMENTO)")
    }

    // MARK: 5. Real directory headers

    @Test("a directory of sedes with `CODIGO DANE INSTITUCION EDUCATIVA`: one entry per institution, the principal sede's")
    func sedeDirectory() throws {
        for options in [IngestOptions(), IngestOptions(kind: .directorio)] {
            let result = IngestSupport.load("directorio_sedes_boyaca_shape.csv", options: options)
            let summary = try #require(result.files.first)
            #expect(summary.kind == .directorio)
            #expect(summary.rowsRead == 3 && summary.rowsUsed == 3 && summary.rowsRejected == 0)
            #expect(result.directory == [
                DirectoryEntry(code: "115001000011", name: "INSTITUCION EDUCATIVA SAN PEDRO", municipality: "15001",
                               zone: "URBANA", sector: "", municipalityName: "TUNJA", departmentName: "BOYACÁ"),
                DirectoryEntry(code: "215022000022", name: "INSTITUCION EDUCATIVA EL CARMEN", municipality: "15022",
                               zone: "RURAL", sector: "", municipalityName: "ALMEIDA", departmentName: "BOYACÁ"),
            ])
        }
    }

    @Test("MEN's directory of establishments: `CODIGO_ESTABLECIMIENTO`, `NOMBRE_MUNICIPIO`, `SECTOR`")
    func establishmentDirectory() throws {
        let result = IngestSupport.load("directorio_establecimientos_men_shape.csv")
        #expect(result.files.first?.kind == .directorio)
        #expect(result.directory.map(\.code) == ["152001000001", "452003000002"])
        #expect(result.directory.map(\.municipality) == ["52001", "52003"])
        #expect(result.directory.map(\.municipalityName) == ["PASTO", "ALBÁN"])
        #expect(result.directory.map(\.departmentName) == ["NARIÑO", "NARIÑO"])
        #expect(result.directory.map(\.sector) == ["OFICIAL", "NO OFICIAL"])
        #expect(result.directory.map(\.zone) == ["URBANA", "RURAL"])
    }

    // MARK: 6. Several MEN files

    @Test("MEN checks name their file; levels are summed too; two files that disagree are named both")
    func severalMENFiles() throws {
        let a = Fixture.path("ingest/men_levels_a.csv"), b = Fixture.path("ingest/men_levels_b.csv")
        let result = Ingestor.load([a, b])
        #expect(result.errors.isEmpty && result.menReference.count == 5)
        let findings = DataQuality.menFindings(result)
        #expect(findings.map(\.check) == ["men_suma_distinta_de_100", "men_suma_distinta_de_100", "men_valores_distintos"])
        // a: Albán's media sums 6 + 0.0018 + 4 = 10.0018; its totals and primaria sum 100.
        #expect(findings[0].file == a && findings[0].column == "APROBACION_MEDIA+REPROBACION_MEDIA+DESERCION_MEDIA")
        #expect(findings[0].cases == 1 && findings[0].example == "línea 3: 2022 52003 Albán: suma 10.0")
        // b: Aldana's totals sum 1 + 80 + 1 = 82.
        #expect(findings[1].file == b && findings[1].column == "APROBACION+REPROBACION+DESERCION")
        #expect(findings[1].cases == 1 && findings[1].example == "línea 4: 2022 52004 Aldana: suma 82.0")
        // Pasto 2022: APROBACION 95 vs 94.5 and DESERCION 3 vs 3.5 (REPROBACION equal; Albán equal).
        #expect(findings[2].file == "\(a) | \(b)" && findings[2].cases == 2 && findings[2].column == "APROBACION")
        #expect(findings[2].example == "2022 52001 Pasto, APROBACION: 95.0 en \(a) (línea 2) y 94.5 en \(b) (línea 2)")
    }

    // MARK: 7. Mixed encodings

    @Test("a mostly-UTF-8 file with one Windows-1252 byte keeps its UTF-8 and repairs only that byte")
    func mixedEncoding() throws {
        let result = IngestSupport.load("mixed_utf8_cp1252.csv")
        let summary = try #require(result.files.first)
        #expect(summary.encoding == .utf8 && summary.notes.isEmpty)
        let names = Set(IngestSupport.strings(result.enrollment.columns.institutionName,
                                              result.enrollment.interners.institutionName))
        #expect(names == ["Colegio Nariño", "Escuela Peñas", "Liceo Córdoba – Centro"])
        // Line 4 is "2021,152001000002,3,6,Escuela Pe" (32 bytes), then the byte F1.
        #expect(summary.checks == [FileCheck("codificacion_mixta", cases: 1,
            example: "línea 4, columna 33: archivo UTF-8 con bytes Windows-1252; esos bytes se leyeron como Windows-1252 y el resto como UTF-8")])
    }

    @Test("decoding: valid sequences stay UTF-8, invalid bytes become Windows-1252, mostly-invalid is Windows-1252")
    func mixedDecoding() throws {
        /// The institution names and the file summary of a one-column-of-names matricula file whose
        /// last name is `tail`.
        func read(_ name: String, _ tail: [UInt8]) throws -> (names: [String], summary: FileSummary) {
            let bytes = Array("ANO,CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,PER_ID,GRADO\n".utf8) + tail + Array(",1,5\n".utf8)
            let result = Ingestor.load([Fixture.temporary(name, bytes)])
            let names = IngestSupport.strings(result.enrollment.columns.institutionName, result.enrollment.interners.institutionName)
            return (names, try #require(result.files.first))
        }
        func row(_ name: String) -> [UInt8] { Array("2021,1,".utf8) + Array(name.utf8) }
        // Three valid ñ (C3 B1), then E9 (é) and 80 (€): two invalid bytes, mixed.
        let mixed = try read("mixed3.csv", row("ñ ñ ñ ") + [0xE9, 0x80])
        #expect(mixed.summary.encoding == .utf8 && mixed.names == ["ñ ñ ñ é€"])
        #expect(mixed.summary.checks.map(\.check) == ["codificacion_mixta"] && mixed.summary.checks.first?.cases == 2)
        // Two valid and two invalid: a tie is still mostly UTF-8.
        #expect(try read("tie.csv", row("ñ ñ ") + [0xE9, 0x80]).summary.encoding == .utf8)
        // One valid sequence and two invalid bytes: Windows-1252 throughout (C3 B1 → "Ã±").
        let latin = try read("latin.csv", row("ñ") + [0xE9, 0xF1])
        #expect(latin.summary.encoding == .windows1252 && latin.summary.checks.isEmpty)
        #expect(latin.names == ["Ã±éñ"])
    }

    // MARK: 3. Absent Saber columns are named

    @Test("a Saber 11 file without mathematics columns names them in calidad_datos")
    func saberMissingColumns() throws {
        let result = IngestSupport.load("saber11_without_mathematics.csv")
        #expect(result.saber.map(\.insufficientMathematics) == [nil, nil, nil])
        #expect(result.saber.map(\.insufficientReading) == [true, false, false])
        let checks = try #require(result.files.first).checks
        #expect(checks.map(\.column) == ["PUNT_MATEMATICAS", "PUNT_C_NATURALES", "PUNT_SOCIALES_CIUDADANAS", "PUNT_INGLES"])
        #expect(checks.allSatisfy { $0.check == "saber11_columna_ausente" && $0.cases == 3 })
        #expect(checks[0].example == "el archivo no tiene la columna PUNT_MATEMATICAS ni DESEMP_MATEMATICAS: promedio_matematicas y tasa_insuficiente_matematicas quedan vacíos, no en cero")
        #expect(checks[3].example == "el archivo no tiene la columna PUNT_INGLES: promedio_ingles queda vacío, no en cero")
    }
}
