import Foundation

/// Runs the built `trayectorias` binary, as a user would.
enum Binary {
    /// The repository root (three levels above this file).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle (`.build/<configuration>/trayectorias`).
    static var path: String? {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("trayectorias").path,
                          repository.appendingPathComponent(".build/debug/trayectorias").path]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Exit status, stdout and stderr of one run.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary with `arguments` in the repository folder.
    static func run(_ arguments: [String]) throws -> Outcome {
        guard let path else { throw BinaryMissing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("trayectorias-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}

/// The binary was not built (run `swift build` first).
struct BinaryMissing: Error, CustomStringConvertible {
    var description: String { "no se encontró el ejecutable trayectorias junto a las pruebas; ejecute swift build" }
}
