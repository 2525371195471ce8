import Foundation
import Indicators

/// The folder operations the staged output folder needs, by path, on top of `Platform`.
enum DirectoryOperations {
    /// Removes `path` and everything under it; missing paths are fine. Best effort: errors are ignored
    /// (the next run removes what is left).
    static func removeTree(_ path: String) {
        guard let status = try? Platform.linkStatus(of: path) else { return }
        if status.kind == .directory {
            // A few passes: a file may appear while the folder is emptied (a writer that was already
            // opening it when the folder was renamed away).
            for _ in 0..<5 {
                for name in entries(path) { removeTree(path + "/" + name) }
                do throws(SystemError) {
                    try Platform.removeDirectory(path)
                    return
                } catch {
                    if error.kind != .directoryNotEmpty { return }
                }
            }
        } else {
            try? Platform.removeFile(path)
        }
    }

    /// The entries of folder `path` (not `.` and `..`), or empty when it cannot be listed.
    static func entries(_ path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }

    /// The status of `path` following links, or nil.
    static func status(_ path: String) -> FileStatus? {
        try? Platform.status(of: path)
    }

    /// Whether `path` names a folder (following links).
    static func isDirectory(_ path: String) -> Bool {
        status(path)?.kind == .directory
    }

    /// The process's current directory, canonical.
    static func currentDirectory() -> String? { Platform.realPath(".") }
}
