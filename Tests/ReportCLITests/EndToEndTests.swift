import Foundation
import Testing

/// The built binary on the bundled `sample-data/` and on bad input (STYLE: AssertExecuteCommand).
@Suite("End to end: the trayectorias binary", .serialized)
struct EndToEndTests {
    /// `resumen.json`'s `entradas` as (archivo → leidas, usadas, rechazadas, duplicadas).
    func counts(_ folder: String) throws -> [String: [Int]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/resumen.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let inputs = try #require(json["entradas"] as? [[String: Any]])
        var result: [String: [Int]] = [:]
        for input in inputs {
            let rows = try #require(input["filas"] as? [String: Int])
            result[(input["archivo"] as! NSString).lastPathComponent] =
                [rows["leidas"]!, rows["usadas"]!, rows["rechazadas"]!, rows["duplicadas"]!]
        }
        return result
    }

    @Test("run on sample-data reconciles every file and writes the SPEC tables")
    func runSample() throws {
        let out = Binary.temporaryFolder()
        let outcome = try Binary.run(["run", "sample-data", "--out", out, "--sin-reportes"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let files = try counts(out)
        #expect(files.count == 9)
        for (name, c) in files {
            #expect(c[0] == c[1] + c[2] + c[3], "\(name): \(c)")
        }
        // The generator injected two rows of each rejected reason and two exact duplicates per
        // matricula file (sample-data was written with --messy): 5 reasons × 2 = 10 rejected.
        for year in 2019...2022 {
            let c = try #require(files["matricula_\(year).csv"])
            #expect(c[2] == 10 && c[3] == 2, "matricula_\(year).csv: \(c)")
        }
        #expect(files["referencia_men_municipios.csv"] == [11_219, 11_219, 0, 0])
        for table in ["indicadores_territorio", "indicadores_municipio", "indicadores_institucion", "indicadores_sede",
                      "indicadores_grado", "indicadores_grupos", "trayectorias_cohorte", "saber11_institucion",
                      "alertas_institucion", "funnel_parametros", "priorizacion", "calidad_datos", "rechazos"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/\(table).csv"), "\(table)")
        }
        let rejects = try String(contentsOfFile: out + "/rechazos.csv", encoding: .utf8)
        #expect(rejects.split(separator: "\n").count == 1 + 40)
    }

    @Test("two runs write identical bytes (except timings)")
    func deterministic() throws {
        let first = Binary.temporaryFolder(), second = Binary.temporaryFolder()
        #expect(try Binary.run(["run", "sample-data", "--out", first, "--sin-reportes"]).status == 0)
        #expect(try Binary.run(["run", "sample-data", "--out", second, "--sin-reportes"]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: first).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(names.count >= 13)
        for name in names {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(first)/\(name)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(second)/\(name)"))
            #expect(a == b, "\(name)")
        }
    }

    @Test("detail tables: the same bytes when dropped once written as when kept for the workbook")
    func detailTablesWrittenAsComputed() throws {
        let dropped = Binary.temporaryFolder(), kept = Binary.temporaryFolder()
        #expect(try Binary.run(["run", "sample-data", "--out", dropped, "--sin-reportes"]).status == 0)
        #expect(try Binary.run(["run", "sample-data", "--out", kept, "--sin-reportes", "--excel"]).status == 0)
        for name in ["indicadores_sede", "indicadores_grado", "indicadores_grupos", "trayectorias_cohorte"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(dropped)/\(name).csv"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(kept)/\(name).csv"))
            #expect(!a.isEmpty && a == b, "\(name)")
            #expect(FileManager.default.fileExists(atPath: "\(kept)/excel/\(name).csv"), "\(name)")
        }
    }

    @Test("help and version go to stdout with exit 0")
    func help() throws {
        let help = try Binary.run(["run", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("OVERVIEW:") && help.stdout.contains("--out"))
        let version = try Binary.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
    }

    @Test("bad usage is an error on stderr with exit 64")
    func badUsage() throws {
        let outcome = try Binary.run(["run", "sample-data", "--nope"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.hasPrefix("Error: "))
        #expect(outcome.stdout.isEmpty)
        let cutoff = try Binary.run(["run", "sample-data", "--out", Binary.temporaryFolder(), "--fecha-corte", "13-40"])
        #expect(cutoff.status == 64)
    }

    @Test("a missing input fails with a Spanish message naming it and exit 1")
    func missingInput() throws {
        let outcome = try Binary.run(["run", "no/existe.csv", "--out", Binary.temporaryFolder()])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("no/existe.csv"))
        #expect(outcome.stderr.contains("no existe"))
    }

    @Test("validate exits 1 when nothing is usable and names the binary file")
    func validateBinary() throws {
        let folder = Binary.temporaryFolder()
        let path = folder + "/libro.csv"
        // An old .xls workbook (OLE2 signature) saved as .csv; a cut .xlsx is read as a workbook instead.
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00]).write(to: URL(fileURLWithPath: path))
        let outcome = try Binary.run(["validate", path, "--out", folder])
        #expect(outcome.status == 1)
        #expect((outcome.stdout + outcome.stderr).contains("libro.csv"))
        #expect((outcome.stdout + outcome.stderr).contains("binario"))
    }
}

/// `--publico` and `--excel` on the bundled sample.
@Suite("End to end: public mode and Excel output", .serialized)
struct EndToEndPublicTests {
    /// Integer columns that are not counts of people (codes, ranks, scores, counts of flags).
    static let notCounts: Set<String> = ["anio", "rango", "grado", "puntaje", "anio_cohorte", "grado_cohorte",
                                         "instituciones", "alertas_altas", "alertas_medias", "linea",
                                         "anio_base", "instituciones_con_alerta", "acompanadas", "comparacion"]

    @Test("--publico: no count from 1 to 4 in any table, no rejects file with raw rows")
    func publicMode() throws {
        let out = Binary.temporaryFolder()
        let outcome = try Binary.run(["run", "sample-data", "--out", out, "--publico", "--sin-reportes"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/rechazos.csv"))
        let tables = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".csv") }
        #expect(tables.count >= 12)
        var checkedCells = 0
        for name in tables {
            let text = try String(contentsOfFile: "\(out)/\(name)", encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
            let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            for line in lines.dropFirst() where !line.contains("\"") {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                for (column, cell) in zip(header, cells) where !Self.notCounts.contains(column) {
                    #expect(!["1", "2", "3", "4"].contains(cell), "\(name) \(column)")
                    checkedCells += 1
                }
            }
        }
        #expect(checkedCells > 1000)
    }

    @Test("--excel writes diagnostico.xlsx (a ZIP with one sheet per table) and ';' CSV copies with BOM")
    func excel() throws {
        let out = Binary.temporaryFolder()
        #expect(try Binary.run(["run", "sample-data", "--out", out, "--excel", "--sin-reportes"]).status == 0)
        let workbook = try Data(contentsOf: URL(fileURLWithPath: out + "/diagnostico.xlsx"))
        #expect(Array(workbook.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
        let copy = try Data(contentsOf: URL(fileURLWithPath: out + "/excel/indicadores_territorio.csv"))
        #expect(Array(copy.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: copy.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("anio;nivel;matricula"))
        #expect(text.contains(",") && !text.contains("0.0"))
    }
}

/// `--estudiantes`: opt-in student lists, one per institution, readable by the owner only.
@Suite("End to end: student lists", .serialized)
struct EndToEndStudentListTests {
    @Test("one 0600 file per institution in a 0700 folder, each holding only its institution")
    func studentLists() throws {
        let out = Binary.temporaryFolder()
        #expect(try Binary.run(["run", "sample-data", "--out", out, "--estudiantes", "--sin-reportes"]).status == 0)
        let folder = out + "/estudiantes_riesgo"
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(!files.isEmpty)
        for file in files {
            let mode = try FileManager.default.attributesOfItem(atPath: "\(folder)/\(file)")[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
            let code = String(file.dropLast(4))
            let lines = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8).split(separator: "\n").dropFirst()
            #expect(!lines.isEmpty)
            for line in lines { #expect(line.split(separator: ",")[1] == code, "\(file)") }
        }
    }

    @Test("no student lists without --estudiantes, nor with --publico")
    func optIn() throws {
        let plain = Binary.temporaryFolder(), publico = Binary.temporaryFolder()
        #expect(try Binary.run(["run", "sample-data", "--out", plain, "--sin-reportes"]).status == 0)
        #expect(try Binary.run(["run", "sample-data", "--out", publico, "--estudiantes", "--publico", "--sin-reportes"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: plain + "/estudiantes_riesgo"))
        #expect(!FileManager.default.fileExists(atPath: publico + "/estudiantes_riesgo"))
    }

    @Test("--publico into a folder of an earlier run removes its rejects and student lists")
    func publicCleansEarlierPersonalData() throws {
        let out = Binary.temporaryFolder()
        #expect(try Binary.run(["run", "sample-data", "--out", out, "--estudiantes", "--sin-reportes"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/estudiantes_riesgo"))
        let outcome = try Binary.run(["run", "sample-data", "--out", out, "--publico", "--sin-reportes"])
        #expect(outcome.status == 0)
        #expect(!FileManager.default.fileExists(atPath: out + "/estudiantes_riesgo"))
        #expect(!FileManager.default.fileExists(atPath: out + "/rechazos.csv"))
    }

    @Test("--sin-modelo skips the early warning: no modelo_validacion, no risk counts")
    func withoutModel() throws {
        let out = Binary.temporaryFolder()
        #expect(try Binary.run(["run", "sample-data", "--out", out, "--sin-modelo", "--sin-reportes"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: out + "/modelo_validacion.csv"))
        let header = try String(contentsOfFile: out + "/indicadores_institucion.csv", encoding: .utf8)
            .prefix { $0 != "\n" }
        #expect(!header.contains("riesgo_alto"))
    }
}

/// Issue 12: names of places in the tables the binary writes.
@Suite("End to end: names of places (issue 12)", .serialized)
struct EndToEndPlaceNamesTests {
    @Test("indicadores_municipio and indicadores_institucion end with nombre_municipio")
    func municipalityNames() throws {
        let out = Binary.temporaryFolder()
        let outcome = try Binary.run(["run", "Tests/Fixtures/ingest/places_matricula.csv",
                                      "Tests/Fixtures/ingest/places_directorio.csv", "--out", out, "--sin-reportes",
                                      "--sin-modelo"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for table in ["indicadores_municipio", "indicadores_institucion"] {
            let text = try String(contentsOfFile: "\(out)/\(table).csv", encoding: .utf8)
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasSuffix(",nombre_municipio") == true, "\(table)")
            // Medellín from the built-in table; 99999 from the directory.
            #expect(lines.contains { $0.contains(",05001,") && $0.hasSuffix(",Medellín (Antioquia)") }, "\(table)")
            #expect(lines.contains { $0.contains(",99999,") && $0.hasSuffix(",Pueblo Nuevo (Departamento Nuevo)") },
                    "\(table)")
        }
    }
}
