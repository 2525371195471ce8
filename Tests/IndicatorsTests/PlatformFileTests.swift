import Foundation
import Testing
@testable import Indicators

/// The Platform layer's file and folder calls, on a scratch folder.
@Suite("Platform files")
struct PlatformFileTests {
    /// A new empty folder for one test.
    static func scratch(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/trayectorias-platform-\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("a new file: written, its status (regular, 5 bytes), read at an offset; a second createNew fails")
    func createWriteRead() throws {
        let folder = try Self.scratch("file")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/a.txt"
        let file = try PlatformFile.createNew(path)
        try Array("abcde".utf8).withUnsafeBytes { buffer in try file.write(buffer) }
        try file.setPermissions(0o600)
        try file.synchronize()
        try file.close()
        let status = try Platform.status(of: path)
        #expect(status.kind == .regularFile)
        #expect(status.size == 5)
        #expect(status.permissions == 0o600)
        #expect(throws: SystemError(code: EEXIST)) { try PlatformFile.createNew(path) }

        let reader = try PlatformFile.openForReading(path)
        defer { try? reader.close() }
        reader.makeBlocking()
        var bytes = [UInt8](repeating: 0, count: 8)
        let n = bytes.withUnsafeMutableBytes { reader.read(at: 1, into: $0.baseAddress!, count: 8) }
        #expect(n == 4)
        #expect(Array(bytes[0..<4]) == Array("bcde".utf8))
        #expect(try reader.status().identity == status.identity)
    }

    @Test("errors come back with their kind: missing, existing, not empty")
    func errorKinds() throws {
        let folder = try Self.scratch("errors")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Platform.makeDirectory(folder + "/sub", permissions: 0o755)
        FileManager.default.createFile(atPath: folder + "/sub/x", contents: Data([1]))
        #expect(throws: SystemError(code: ENOENT)) { try Platform.status(of: folder + "/falta") }
        #expect((try? Platform.status(of: folder + "/falta")) == nil)
        do throws(SystemError) {
            try Platform.makeDirectory(folder + "/sub", permissions: 0o755)
            Issue.record("a second mkdir succeeded")
        } catch {
            #expect(error.kind == .alreadyExists)
        }
        do throws(SystemError) {
            try Platform.removeDirectory(folder + "/sub")
            Issue.record("rmdir of a folder with a file succeeded")
        } catch {
            #expect(error.kind == .directoryNotEmpty)
        }
        #expect(SystemError(code: EACCES).isPermissionDenied)
        #expect(SystemError(code: EPERM).isPermissionDenied)
        #expect(SystemError(code: ENOSPC) == .diskFull)
    }

    @Test("a folder's entries are listed without . and ..; a link is a link only to linkStatus")
    func entriesAndLinks() throws {
        let folder = try Self.scratch("entries")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/b.csv", contents: Data())
        try Platform.makeDirectory(folder + "/a", permissions: 0o755)
        try FileManager.default.createSymbolicLink(atPath: folder + "/c", withDestinationPath: folder + "/a")
        let names = try Platform.entryNames(ofDirectory: folder).map { String(decoding: $0, as: UTF8.self) }.sorted()
        #expect(names == ["a", "b.csv", "c"])
        #expect(try Platform.linkStatus(of: folder + "/c").kind == .symbolicLink)
        #expect(try Platform.status(of: folder + "/c").kind == .directory)
        #expect(try Platform.status(ofPathBytes: Array((folder + "/c").utf8)).identity
                == Platform.status(of: folder + "/a").identity)
        #expect(Platform.realPath(folder + "/c") == Platform.realPath(folder + "/a"))
    }

    @Test("the folder lock: a second open of the folder cannot take it until the first is closed")
    func folderLock() throws {
        let folder = try Self.scratch("lock")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try PlatformFile.openFolder(folder)
        let second = try PlatformFile.openFolder(folder)
        defer { try? second.close() }
        #expect(first.tryLock())
        #expect(!second.tryLock())
        try first.close()
        #expect(second.tryLock())
    }

    @Test("exchange swaps two folders in one step, or says it cannot and changes nothing; rename moves")
    func exchangeAndRename() throws {
        let folder = try Self.scratch("swap")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Platform.makeDirectory(folder + "/uno", permissions: 0o755)
        try Platform.makeDirectory(folder + "/dos", permissions: 0o755)
        FileManager.default.createFile(atPath: folder + "/uno/1", contents: Data())
        FileManager.default.createFile(atPath: folder + "/dos/2", contents: Data())
        let swapped = try Platform.exchange(folder + "/uno", folder + "/dos")
        let inUno = try FileManager.default.contentsOfDirectory(atPath: folder + "/uno")
        #expect(inUno == (swapped ? ["2"] : ["1"]))
        try Platform.rename(folder + "/uno", to: folder + "/tres")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["dos", "tres"])
        try Platform.removeFile(folder + "/dos/" + (swapped ? "1" : "2"))
        try Platform.removeDirectory(folder + "/dos")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["tres"])
    }

    @Test("the C library helpers: byte order, the first NUL, a leading number, 15 significant digits")
    func cLibrary() {
        let a: [UInt8] = [1, 2, 3], b: [UInt8] = [1, 2, 200]
        let order = a.withUnsafeBytes { x in b.withUnsafeBytes { y in Platform.compareBytes(x.baseAddress!, y.baseAddress!, count: 3) } }
        #expect(order < 0)
        let text: [UInt8] = [65, 66, 0, 67]
        let offset = text.withUnsafeBytes { p in Platform.firstByte(0, in: p.baseAddress!, count: 4).map { $0 - p.baseAddress! } }
        #expect(offset == 2)
        let parsed = "1.5E-5x".withCString { Platform.leadingDouble($0) }
        #expect(parsed.value == 1.5e-5 && parsed.length == 6)
        #expect(Platform.fifteenSignificantDigits(0.1 + 0.2) == Array("0.3".utf8))
        #expect(Platform.fifteenSignificantDigits(1.0 / 3.0) == Array("0.333333333333333".utf8))
    }
}
