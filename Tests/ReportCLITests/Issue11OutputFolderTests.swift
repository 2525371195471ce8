import Foundation
import Testing

/// Issue 11 end to end, with the built binary: the output folder is all or nothing (SPEC §10, version
/// 2), a 20-digit score never traps, `rechazos.csv` is 0600, odd institution codes do not fail the run.
@Suite("Issue 11: the output folder is all or nothing", .serialized)
struct Issue11OutputFolderTests {
    /// The appendix fixture: two years, two institutions (a run takes a moment even in debug builds).
    static let matricula = "Tests/Fixtures/appendix/matricula.csv"

    /// Every file under `folder` (relative path → bytes), folders included as empty entries.
    static func tree(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = walker.nextObject() as? String {
            files[relative] = (try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(relative)"))) ?? Data()
        }
        return files
    }

    /// Staging folders and temporary files left beside or inside `folder`.
    static func leftovers(_ folder: String) -> [String] {
        let parent = (folder as NSString).deletingLastPathComponent
        let base = (folder as NSString).lastPathComponent
        let beside = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [])
            .filter { $0.hasPrefix(".\(base).trayectorias-") }
        let inside = tree(folder).keys.filter { $0.contains(".trayectorias-") || $0.contains(".tmp-") }
        return beside + inside
    }

    /// A folder holding a fake earlier run with every kind of output a later run may not write.
    static func earlierRun() throws -> String {
        let folder = Binary.temporaryFolder() + "/salida"
        for sub in ["excel", "estudiantes_riesgo", "instituciones"] {
            try FileManager.default.createDirectory(atPath: "\(folder)/\(sub)", withIntermediateDirectories: true)
        }
        let files = ["resumen.json": "{\"version\": \"anterior\"}", "indicadores_territorio.csv": "anio,nivel\n",
                     "modelo_validacion.csv": "scorer,subgrupo,metrica,valor\n", "diagnostico.xlsx": "PK",
                     "index.html": "<html></html>", "excel/indicadores_territorio.csv": "anio;nivel\n",
                     "estudiantes_riesgo/111001000001.csv": "clave\n1\n", "instituciones/111001000001.md": "# A\n",
                     "rechazos.csv": "archivo,linea,motivo,contenido\n"]
        for (name, text) in files { try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8) }
        return folder
    }

    /// Starts the binary without waiting; `environment` is added to the test's own.
    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe) {
        guard let path = Binary.path else { throw BinaryMissing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = Binary.repository
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        return (process, errors)
    }

    /// Waits until `condition` holds (at most about 60 s).
    static func wait(until condition: () -> Bool) {
        for _ in 0..<6_000 where !condition() { usleep(10_000) }
    }

    /// Whether `folder`'s staging folder beside it holds a complete run (its `resumen.json`).
    static func stagedWhole(_ folder: String) -> Bool {
        let parent = (folder as NSString).deletingLastPathComponent
        let base = (folder as NSString).lastPathComponent
        return ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).contains {
            $0.hasPrefix(".\(base).trayectorias-") && FileManager.default.fileExists(atPath: "\(parent)/\($0)/resumen.json")
        }
    }

    @Test("a 20-digit score: validate, run, indicators and student finish without a trap")
    func longScore() throws {
        let folder = Binary.temporaryFolder()
        let saber = folder + "/saber.csv"
        try "PERIODO,COLE_COD_DANE_ESTABLECIMIENTO,PUNT_GLOBAL\n20194,111001000001,9999999999999999999\n20194,111001000001,250\n"
            .write(toFile: saber, atomically: true, encoding: .utf8)
        let validate = try Binary.run(["validate", saber, "--out", folder + "/v"])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains("PUNT_GLOBAL"))
        let run = try Binary.run(["run", Self.matricula, saber, "--out", folder + "/r", "--sin-reportes"])
        #expect(run.status == 0, "\(run.stderr)")
        // The absurd score is null: both examinees count, the mean is over the one valid score.
        let saberTable = try String(contentsOfFile: folder + "/r/saber11_institucion.csv", encoding: .utf8)
        #expect(saberTable.contains("2019,111001000001,2,250.000000"))
        let indicators = try Binary.run(["indicators", Self.matricula, saber, "--by", "institucion"])
        #expect(indicators.status == 0, "\(indicators.stderr)")
        let student = try Binary.run(["student", Self.matricula, saber, "--id", "1"])
        #expect(student.status == 0, "\(student.stderr)")
        for outcome in [validate, run, indicators, student] { #expect(!outcome.stderr.contains("overflow")) }
    }

    @Test("outputs of an earlier run that this run does not write are gone; rechazos.csv is 0600")
    func staleFilesGo() throws {
        let folder = try Self.earlierRun()
        let outcome = try Binary.run(["run", Self.matricula, "--out", folder, "--sin-modelo", "--sin-reportes"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let names = Set(Self.tree(folder).keys)
        for gone in ["excel", "estudiantes_riesgo", "instituciones", "diagnostico.xlsx", "index.html", "modelo_validacion.csv"] {
            #expect(!names.contains(gone), "\(gone)")
        }
        #expect(names.contains("resumen.json") && names.contains("indicadores_territorio.csv"))
        #expect(Self.leftovers(folder).isEmpty)
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/rechazos.csv")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let publico = try Binary.run(["run", Self.matricula, "--out", folder, "--publico", "--sin-reportes"])
        #expect(publico.status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder + "/rechazos.csv"))
    }

    @Test("disk full after N bytes: exit 1 with a Spanish message, the earlier run whole, nothing left behind")
    func writeFailure() throws {
        let folder = try Self.earlierRun()
        let before = Self.tree(folder)
        let (process, errors) = try Self.start(["run", Self.matricula, "--out", folder, "--excel"],
                                               environment: ["TRAYECTORIAS_PRUEBA_FALLO_BYTES": "3000"])
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("no queda espacio en el disco"), "\(message)")
        #expect(!message.contains(".trayectorias-"), "the message names the folder asked for: \(message)")
        #expect(Self.tree(folder) == before)
        #expect(Self.leftovers(folder).isEmpty)
    }

    @Test("Ctrl-C with every file staged: exit 130, the earlier run whole, no staging folder")
    func interrupted() throws {
        let folder = try Self.earlierRun()
        let before = Self.tree(folder)
        let (process, errors) = try Self.start(["run", Self.matricula, "--out", folder, "--excel"],
                                               environment: ["TRAYECTORIAS_PRUEBA_PAUSA_S": "30"])
        Self.wait { Self.stagedWhole(folder) }
        #expect(Self.stagedWhole(folder))
        kill(process.processIdentifier, SIGINT)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 130)
        #expect(message.contains("Interrumpido"))
        #expect(Self.tree(folder) == before)
        #expect(Self.leftovers(folder).isEmpty)
    }

    @Test("kill -9 with every file staged leaves the earlier run; the next run removes the stale staging")
    func killed() throws {
        let folder = try Self.earlierRun()
        let before = Self.tree(folder)
        let (process, _) = try Self.start(["run", Self.matricula, "--out", folder],
                                          environment: ["TRAYECTORIAS_PRUEBA_PAUSA_S": "30"])
        Self.wait { Self.stagedWhole(folder) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(Self.tree(folder) == before)
        #expect(!Self.leftovers(folder).isEmpty)
        let next = try Binary.run(["run", Self.matricula, "--out", folder, "--sin-reportes"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(Self.leftovers(folder).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/index.html"))
    }

    @Test("a second run into a locked folder waits, then the folder holds the second run alone")
    func twoRuns() throws {
        let folder = try Self.earlierRun()
        let (first, _) = try Self.start(["run", Self.matricula, "--out", folder, "--excel"],
                                        environment: ["TRAYECTORIAS_PRUEBA_PAUSA_S": "3"])
        Self.wait { Self.stagedWhole(folder) }
        let second = try Binary.run(["run", Self.matricula, "--out", folder, "--publico", "--sin-reportes"])
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("se espera a que termine"))
        let names = Set(Self.tree(folder).keys)
        for absent in ["excel", "diagnostico.xlsx", "rechazos.csv", "index.html", "estudiantes_riesgo"] {
            #expect(!names.contains(absent), "\(absent)")
        }
        let summary = try String(contentsOfFile: folder + "/resumen.json", encoding: .utf8)
        #expect(summary.contains("\"publico\": true") || summary.contains("\"publico\":true"))
        #expect(Self.leftovers(folder).isEmpty)
    }

    @Test("in a folder that also holds other files, those stay and only outputs are replaced")
    func foreignFiles() throws {
        let folder = try Self.earlierRun()
        try "mis notas".write(toFile: folder + "/notas.txt", atomically: true, encoding: .utf8)
        let outcome = try Binary.run(["run", Self.matricula, "--out", folder, "--sin-modelo", "--sin-reportes"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect((try? String(contentsOfFile: folder + "/notas.txt", encoding: .utf8)) == "mis notas")
        #expect(!FileManager.default.fileExists(atPath: folder + "/excel"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/modelo_validacion.csv"))
        #expect(Self.leftovers(folder).isEmpty)
    }

    @Test("a 300-character code and the codes X/1 and X_1: the run succeeds with one report each")
    func oddCodes() throws {
        let folder = Binary.temporaryFolder()
        let long = String(repeating: "9", count: 300)
        var rows = "ANO,CODIGO_DANE,PER_ID,NRO_DOCUMENTO,GRADO,ESTADO\n"
        for (k, code) in [long, "X/1", "X_1"].enumerated() {
            for student in 0..<6 { rows += "2020,\(code),\(k * 10 + student),,5,MATRICULADO\n" }
        }
        try rows.write(toFile: folder + "/matricula.csv", atomically: true, encoding: .utf8)
        let outcome = try Binary.run(["run", folder + "/matricula.csv", "--out", folder + "/salida"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder + "/salida/instituciones")
            .filter { $0.hasSuffix(".html") }
        #expect(reports.count == 3)
        #expect(reports.allSatisfy { $0.utf8.count <= 101 })
        #expect(Set(reports).isSuperset(of: ["X_2F1.html", "X_5F1.html"]))
    }
}
