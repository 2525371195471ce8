import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StagedFolder {
    /// The canonical absolute destination for `requested`, created (with its parents) when missing.
    static func resolve(_ requested: String) throws(CommandFailure) -> String {
        let path = requested.isEmpty ? "." : requested
        if let existing = DirectoryOperations.realPath(path) {
            guard DirectoryOperations.isDirectory(existing) else {
                throw CommandFailure("la salida «\(requested)» existe y no es una carpeta")
            }
            return existing
        }
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let parentPath = parent(of: trimmed.hasPrefix("/") ? trimmed : "./" + trimmed)
        try makeDirectories(parentPath, requested: requested)
        guard let parent = DirectoryOperations.realPath(parentPath) else {
            throw CommandFailure("no se pudo crear la carpeta de salida «\(requested)»: \(SystemErrorText.spanish(errno))")
        }
        let target = (parent == "/" ? "" : parent) + "/" + lastComponent(of: trimmed)
        if mkdir(target, 0o777) != 0 && errno != EEXIST {
            throw CommandFailure("no se pudo crear la carpeta de salida «\(requested)»: \(SystemErrorText.spanish(errno))")
        }
        return DirectoryOperations.realPath(target) ?? target
    }

    /// `mkdir -p`, with a Spanish message on failure.
    private static func makeDirectories(_ path: String, requested: String) throws(CommandFailure) {
        if DirectoryOperations.isDirectory(path) { return }
        let up = parent(of: path)
        if up != path { try makeDirectories(up, requested: requested) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST {
            throw CommandFailure("no se pudo crear la carpeta de salida «\(requested)»: \(SystemErrorText.spanish(errno))")
        }
    }

    /// Takes the exclusive lock of the folder `target` (an `flock` on the folder itself, released when
    /// the process ends, even by `kill -9`). When another run holds it, calls `waiting` and waits. A run
    /// that swapped the folder leaves the lock on the earlier folder, so after waiting the lock is
    /// taken again until it is on the folder now at `target`.
    static func lock(_ target: String, waiting: (String) -> Void) throws(CommandFailure) -> Int32 {
        var warned = false
        while true {
            if mkdir(target, 0o777) != 0 && errno != EEXIST {
                throw CommandFailure("no se pudo crear la carpeta de salida «\(target)»: \(SystemErrorText.spanish(errno))")
            }
            let descriptor = open(target, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw CommandFailure("no se puede abrir la carpeta de salida «\(target)»: \(SystemErrorText.spanish(errno))")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                if !warned {
                    waiting("Otra corrida de trayectorias está escribiendo en «\(target)»; se espera a que termine.\n")
                    warned = true
                }
                while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
            }
            var held = stat()
            if fstat(descriptor, &held) == 0, let current = DirectoryOperations.status(target),
               held.st_dev == current.st_dev, held.st_ino == current.st_ino {
                return descriptor
            }
            close(descriptor)
        }
    }

    /// Removes the entries of `folder` whose name starts with `prefix` and that no live run holds: staging
    /// folders of runs that were killed, or that failed to clean up.
    static func removeStale(in folder: String, prefix: String) {
        for name in DirectoryOperations.entries(folder) where name.hasPrefix(prefix) {
            let path = "\(folder)/\(name)"
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 {
                defer { close(descriptor) }
                guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }
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
