import Foundation
import Testing
@testable import ReportCLI

@Suite("Atomic files")
struct RenderAtomicFileTests {
    /// A fresh, empty folder for one test.
    private func scratchFolder(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/render-atomic-\(getpid())-\(name)"
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The permission bits of `path`.
    private func permissions(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test("writes the bytes, replaces an older file, and leaves no temporary file behind")
    func writesAndReplaces() throws {
        let folder = try scratchFolder("replace")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/tabla.csv"
        try AtomicFile.write("viejo, más largo\n", to: path)
        try AtomicFile.write([0x61, 0x0A], to: path)
        #expect(FileManager.default.contents(atPath: path) == Data([0x61, 0x0A]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["tabla.csv"])
    }

    @Test("student files get mode 0600 and student folders 0700, even when the folder existed")
    func ownerOnlyPermissions() throws {
        let folder = try scratchFolder("permissions")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let students = folder + "/salida/estudiantes_riesgo"
        try AtomicFile.createDirectory(at: students, permissions: AtomicFile.ownerOnlyDirectory)
        #expect(try permissions(of: students) == 0o700)
        chmod(students, 0o755)
        try AtomicFile.createDirectory(at: students + "/", permissions: AtomicFile.ownerOnlyDirectory)
        #expect(try permissions(of: students) == 0o700)
        let file = students + "/111001000001.csv"
        try AtomicFile.write([0x31], to: file, permissions: AtomicFile.ownerOnlyFile)
        #expect(try permissions(of: file) == 0o600)
    }

    @Test("a missing folder fails with a Spanish message naming the path")
    func missingFolder() throws {
        let folder = try scratchFolder("missing")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/no/existe.csv"
        let error = #expect(throws: AtomicFileError.self) { try AtomicFile.write([0x31], to: path) }
        #expect(error?.step == .createTemporary)
        #expect(error?.description == "No se pudo crear el archivo temporal para escribir «\(path)»: la carpeta que lo contiene no existe.")
    }

    @Test("when the rename fails the destination and the folder are left as they were")
    func failedRenameCleansUp() throws {
        let folder = try scratchFolder("rename")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/ocupado"
        try FileManager.default.createDirectory(atPath: path + "/dentro", withIntermediateDirectories: true)
        let error = #expect(throws: AtomicFileError.self) { try AtomicFile.write([0x31], to: path) }
        #expect(error?.step == .rename)
        #expect(error?.description.contains("«\(path)»") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["ocupado"])
    }
}
