import Foundation
import Indicators

extension StagedFolder {
    /// The canonical absolute destination for `requested`, created (with its parents) when missing.
    static func resolve(_ requested: String) throws(CommandFailure) -> String {
        let path = requested.isEmpty ? "." : requested
        if let existing = Platform.realPath(path) {
            guard DirectoryOperations.isDirectory(existing) else {
                throw CommandFailure("la salida «\(requested)» existe y no es una carpeta")
            }
            return existing
        }
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let parentPath = parent(of: trimmed.hasPrefix("/") ? trimmed : "./" + trimmed)
        try makeDirectories(parentPath, requested: requested)
        guard let parent = Platform.realPath(parentPath) else {
            throw CommandFailure("no se pudo crear la carpeta de salida «\(requested)»: \(SystemErrorText.spanish(.last))")
        }
        let target = (parent == "/" ? "" : parent) + "/" + lastComponent(of: trimmed)
        try makeFolder(target, requested: requested)
        return Platform.realPath(target) ?? target
    }

    /// `mkdir -p`, with a Spanish message on failure.
    private static func makeDirectories(_ path: String, requested: String) throws(CommandFailure) {
        if DirectoryOperations.isDirectory(path) { return }
        let up = parent(of: path)
        if up != path { try makeDirectories(up, requested: requested) }
        try makeFolder(path, requested: requested)
    }

    /// Creates the folder `path` (`0777` minus the umask) unless something already has that name.
    private static func makeFolder(_ path: String, requested: String) throws(CommandFailure) {
        do throws(SystemError) {
            try Platform.makeDirectory(path, permissions: 0o777)
        } catch {
            guard error.kind == .alreadyExists else {
                throw CommandFailure("no se pudo crear la carpeta de salida «\(requested)»: \(SystemErrorText.spanish(error))")
            }
        }
    }

    /// Takes the exclusive lock of the folder `target` (an `flock` on the folder itself, released when
    /// the process ends, even by `kill -9`). When another run holds it, calls `waiting` and waits. A run
    /// that swapped the folder leaves the lock on the earlier folder, so after waiting the lock is
    /// taken again until it is on the folder now at `target`.
    static func lock(_ target: String, waiting: (String) -> Void) throws(CommandFailure) -> PlatformFile {
        var warned = false
        while true {
            try makeFolder(target, requested: target)
            let folder: PlatformFile
            do throws(SystemError) {
                folder = try PlatformFile.openFolder(target)
            } catch {
                throw CommandFailure("no se puede abrir la carpeta de salida «\(target)»: \(SystemErrorText.spanish(error))")
            }
            if !folder.tryLock() {
                if !warned {
                    waiting("Otra corrida de trayectorias está escribiendo en «\(target)»; se espera a que termine.\n")
                    warned = true
                }
                folder.lock()
            }
            if let held = try? folder.status(), let current = DirectoryOperations.status(target),
               held.identity == current.identity {
                return folder
            }
            try? folder.close()
        }
    }

    /// Removes the entries of `folder` whose name starts with `prefix` and that no live run holds: staging
    /// folders of runs that were killed, or that failed to clean up.
    static func removeStale(in folder: String, prefix: String) {
        for name in DirectoryOperations.entries(folder) where name.hasPrefix(prefix) {
            let path = "\(folder)/\(name)"
            if let folder = try? PlatformFile.openFolder(path) {
                defer { try? folder.close() }
                guard folder.tryLock() else { continue }
            }
            DirectoryOperations.removeTree(path)
        }
    }

    /// The folder holding `path` (`/` for top-level paths).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
