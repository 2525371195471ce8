import Foundation
import Testing
@testable import Indicators

/// Issue 11 items 7 and 8: no input is skipped silently, a pipe is read as a stream, a FIFO nobody
/// writes to is refused instead of hanging, and a huge sparse or NUL file is refused from its first
/// block without taking memory.
@Suite("Ingest: special and skipped inputs")
struct IngestSpecialInputTests {
    static let csv = "ANO,CODIGO_DANE,PER_ID,GRADO\n2019,111001000001,1,5\n2019,111001000001,2,6\n"

    static func students(_ result: IngestResult) -> [String] {
        result.enrollment.columns.student.map { result.enrollment.interners.student.string($0) }
    }

    @Test("a FIFO fed by a child process is read as a stream")
    func fifoWithWriter() throws {
        let directory = IngestSupport.temporaryDirectory()
        let fifo = directory + "/tubo.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let source = Fixture.temporary("origen.csv", Self.csv)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat '\(source)' > '\(fifo)'"]
        try writer.run()
        let result = Ingestor.load([fifo])
        writer.waitUntilExit()
        #expect(result.errors.isEmpty)
        #expect(result.files.map(\.rowsUsed) == [2])
        #expect(Self.students(result) == ["P1", "P2"])
    }

    @Test("a FIFO with no writer is refused after the wait, with a Spanish message")
    func fifoWithoutWriter() {
        let directory = IngestSupport.temporaryDirectory()
        let fifo = directory + "/nadie.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        var options = IngestOptions()
        options.streamWaitSeconds = 1
        let result = Ingestor.load([fifo], options: options)
        #expect(result.files.isEmpty)
        #expect(result.errors.map(\.code) == [.streamIdle])
        #expect(result.errors.first?.description.contains("tubería") == true)
    }

    @Test("a 32 GB sparse file is refused as binary from its first block")
    func sparseHugeFile() throws {
        let path = Fixture.temporary("z.csv", Array("ANO,CODIGO_DANE,PER_ID,GRADO\n".utf8))
        #expect(truncate(path, 32 << 30) == 0)
        let result = Ingestor.load([path])
        #expect(result.files.isEmpty)
        #expect(result.errors.map(\.code) == [.binaryFile])
        #expect(result.errors.first?.description.contains("binario") == true)
    }

    @Test("a table followed by a long run of NUL bytes is read up to the NULs, with a note")
    func nulTail() throws {
        // 2 MiB of rows, so the NULs start after the first block of 1 MiB.
        var text = Array("ANO,CODIGO_DANE,PER_ID,GRADO\n".utf8)
        var rows = 0
        while text.count < 2 << 20 {
            rows += 1
            text += Array("2019,111001000001,\(rows),5\n".utf8)
        }
        let path = Fixture.temporary("nul.csv", text)
        #expect(truncate(path, off_t(text.count + (64 << 20))) == 0)
        var options = IngestOptions()
        options.blockSize = 1 << 20
        let result = Ingestor.load([path], options: options)
        #expect(result.errors.isEmpty)
        #expect(result.files.first?.rowsUsed == rows)
        #expect(result.files.first?.notes == ["desde el byte \(text.count) el archivo solo tiene bytes nulos (NUL): se leyó hasta ahí"])
    }

    @Test("a row longer than the limit (an unclosed quote) stops the file there, rows before it are kept")
    func unclosedQuoteInBigFile() throws {
        var text = Array("ANO,CODIGO_DANE,PER_ID,GRADO\n2019,111001000001,1,5\n2019,\"111".utf8)
        text += [UInt8](repeating: 0x41, count: 3 << 20)
        text += Array("\n2019,111001000001,3,5\n".utf8)
        let path = Fixture.temporary("quote.csv", text)
        var options = IngestOptions()
        options.blockSize = 1 << 16
        let result = Ingestor.load([path], options: options)
        #expect(Self.students(result) == ["P1"])
        #expect(result.rejects.map { "\($0.line) \($0.reason)" } == ["3 unterminatedQuote"])
        #expect(result.files.first?.notes == ["la fila de la línea 3 supera 1 MB (¿comillas sin cerrar?): se dejó de leer ahí"])
    }

    @Test("a folder's skipped entries are named: a name that is not UTF-8, a broken link, a link loop")
    func folderSkips() throws {
        let root = IngestSupport.temporaryDirectory()
        try Self.csv.write(toFile: root + "/a.csv", atomically: true, encoding: .utf8)
        // A file named "b\u{E9}.csv" in Latin-1: not valid UTF-8.
        let bad = Array((root + "/b").utf8) + [0xE9] + Array(".csv".utf8) + [0]
        let fd = bad.withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o600) }
        }
        #expect(fd >= 0)
        close(fd)
        try FileManager.default.createDirectory(atPath: root + "/real", withIntermediateDirectories: true)
        try Self.csv.write(toFile: root + "/real/c.csv", atomically: true, encoding: .utf8)
        #expect(symlink(root + "/real", root + "/enlace") == 0)          // followed: c.csv is found once
        #expect(symlink(root, root + "/real/bucle") == 0)                // loops back: named, skipped
        #expect(symlink(root + "/no-existe.csv", root + "/roto.csv") == 0)
        let found = InputDiscovery.files(for: [root])
        #expect(found.files == [root + "/a.csv", root + "/real/c.csv"])
        let skipped = found.errors.map { "\($0.code.rawValue) \($0.file) \($0.found ?? "")" }.sorted()
        #expect(skipped == [
            "entrada_omitida \(root)/b\u{FFFD}.csv el nombre no es UTF-8 válido",
            "entrada_omitida \(root)/enlace el enlace lleva a una carpeta ya leída",
            "entrada_omitida \(root)/real/bucle el enlace lleva a una carpeta ya leída",
            "entrada_omitida \(root)/roto.csv el enlace apunta a un archivo que no existe",
        ])
    }
}
