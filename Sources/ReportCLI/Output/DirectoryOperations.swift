import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls the staged output folder needs, by path, with `errno` on failure.
enum DirectoryOperations {
    /// Linux's `renameat2(2)`, looked up at run time (the C library module does not export it).
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameAt2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()
    /// `RENAME_EXCHANGE` of `<linux/fs.h>`.
    private static let exchangeFlag: UInt32 = 2

    /// Swaps two existing paths in one atomic step; false with `errno` set when the system or the file
    /// system cannot (`EINVAL`, `ENOSYS`) or another error occurs.
    static func exchange(_ first: String, _ second: String) -> Bool {
        guard let renameAt2 else { errno = ENOSYS; return false }
        return renameAt2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0
    }

    /// `rename(2)`: true on success.
    static func move(_ source: String, to destination: String) -> Bool {
        rename(source, destination) == 0
    }

    /// Removes `path` and everything under it; missing paths are fine. Best effort: errors are ignored
    /// (the next run removes what is left).
    static func removeTree(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            // A few passes: a file may appear while the folder is emptied (a writer that was already
            // opening it when the folder was renamed away).
            for _ in 0..<5 {
                for name in entries(path) { removeTree(path + "/" + name) }
                if rmdir(path) == 0 || errno != ENOTEMPTY { return }
            }
        } else {
            unlink(path)
        }
    }

    /// The entries of folder `path` (not `.` and `..`), or empty when it cannot be listed.
    static func entries(_ path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }

    /// `stat` of `path` following links, or nil.
    static func status(_ path: String) -> stat? {
        var status = stat()
        return stat(path, &status) == 0 ? status : nil
    }

    /// Whether `path` names a folder (following links).
    static func isDirectory(_ path: String) -> Bool {
        status(path).map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false
    }

    /// The canonical absolute path of an existing `path`, or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The process's current directory, canonical.
    static func currentDirectory() -> String? { realPath(".") }
}
