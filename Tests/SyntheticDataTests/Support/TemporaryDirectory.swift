import Foundation

/// A fresh directory under the system's temporary folder, removed by `remove()`.
struct TemporaryDirectory {
    /// Its location.
    let url: URL

    /// Creates an empty directory with a unique name.
    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("trayectorias-sample-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Deletes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
