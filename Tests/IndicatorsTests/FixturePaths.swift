import Foundation

/// Paths of the named fixtures under `Tests/Fixtures`.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Writes `bytes` to a fresh temporary file named `name` and returns its path.
    static func temporary(_ name: String, _ bytes: [UInt8]) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("trayectorias-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try! Data(bytes).write(to: url)
        return url.path
    }

    /// Writes UTF-8 `text` to a temporary file.
    static func temporary(_ name: String, _ text: String) -> String { temporary(name, Array(text.utf8)) }
}
