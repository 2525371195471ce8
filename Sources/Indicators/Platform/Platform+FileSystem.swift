#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files and folders by path.
extension Platform {
    /// The status of `path`, following links.
    public static func status(of path: String) throws(SystemError) -> FileStatus {
        var info = stat()
        guard stat(path, &info) == 0 else { throw SystemError.last }
        return FileStatus(info)
    }

    /// The status of the path given as bytes (names that are not valid UTF-8 included), following links.
    public static func status(ofPathBytes path: [UInt8]) throws(SystemError) -> FileStatus {
        var info = stat()
        let result = (path + [0]).withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) }
        }
        guard result == 0 else { throw SystemError.last }
        return FileStatus(info)
    }

    /// The status of `path` itself: a link is `symbolicLink`, not what it points to.
    public static func linkStatus(of path: String) throws(SystemError) -> FileStatus {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw SystemError.last }
        return FileStatus(info)
    }

    /// The status of the path given as bytes, not following a link.
    public static func linkStatus(ofPathBytes path: [UInt8]) throws(SystemError) -> FileStatus {
        var info = stat()
        let result = (path + [0]).withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { lstat($0.baseAddress!, &info) }
        }
        guard result == 0 else { throw SystemError.last }
        return FileStatus(info)
    }

    /// The names in folder `path` as bytes, in the order the system gives them, without `.` and `..`.
    public static func entryNames(ofDirectory path: String) throws(SystemError) -> [[UInt8]] {
        guard let handle = opendir(path) else { throw SystemError.last }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            names.append(bytes)
        }
        return names
    }

    /// Creates the folder `path` with `permissions` minus the umask; its parent must exist.
    public static func makeDirectory(_ path: String, permissions: FilePermissions) throws(SystemError) {
        guard mkdir(path, mode_t(permissions)) == 0 else { throw SystemError.last }
    }

    /// Gives `path` exactly `permissions` (the umask does not apply).
    public static func setPermissions(of path: String, to permissions: FilePermissions) throws(SystemError) {
        guard chmod(path, mode_t(permissions)) == 0 else { throw SystemError.last }
    }

    /// Whether this process may create entries in (or write to) `path`.
    public static func isWritable(_ path: String) -> Bool {
        access(path, W_OK) == 0
    }

    /// Renames `source` to `destination` in one atomic step, replacing a file (or an empty folder) there.
    public static func rename(_ source: String, to destination: String) throws(SystemError) {
        #if canImport(Glibc)
        let result = Glibc.rename(source, destination)
        #else
        let result = Darwin.rename(source, destination)
        #endif
        guard result == 0 else { throw SystemError.last }
    }

    /// Swaps two existing paths in one atomic step; false when the system or the file system cannot
    /// (then nothing changed and the caller falls back to two renames).
    public static func exchange(_ first: String, _ second: String) throws(SystemError) -> Bool {
        #if os(Linux)
        guard let renameAt2 else { return false }
        if renameAt2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0 { return true }
        let failure = SystemError.last
        if failure.code == EINVAL || failure.code == ENOSYS { return false }
        throw failure
        #elseif canImport(Darwin)
        if renamex_np(first, second, UInt32(RENAME_SWAP)) == 0 { return true }
        let failure = SystemError.last
        if failure.code == EINVAL || failure.code == ENOTSUP { return false }
        throw failure
        #else
        return false
        #endif
    }

    /// Removes the file (or link) `path`.
    public static func removeFile(_ path: String) throws(SystemError) {
        guard unlink(path) == 0 else { throw SystemError.last }
    }

    /// Removes the empty folder `path`.
    public static func removeDirectory(_ path: String) throws(SystemError) {
        guard rmdir(path) == 0 else { throw SystemError.last }
    }

    /// The canonical absolute path of an existing `path` (links and `..` resolved), or nil.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    #if os(Linux)
    /// Linux's `renameat2(2)`, looked up at run time (the C library module does not export it).
    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameAt2: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    /// `RENAME_EXCHANGE` of `<linux/fs.h>`.
    private static let exchangeFlag: UInt32 = 2
    #endif
}
