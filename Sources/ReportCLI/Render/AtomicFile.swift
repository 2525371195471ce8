#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files atomically: the bytes go to a temporary file in the destination's folder, which is
/// then renamed onto the destination, so readers see either the old file or the complete new one.
enum AtomicFile {
    /// Permissions for files that hold student-level data: readable and writable by the owner only.
    static let ownerOnlyFile: mode_t = 0o600
    /// Permissions for folders that hold student-level data: accessible by the owner only.
    static let ownerOnlyDirectory: mode_t = 0o700

    /// Writes `bytes` to `path` atomically.
    ///
    /// With `permissions` the file gets exactly those bits (the umask does not apply); without them it
    /// gets the usual `0666` minus the umask. On failure the temporary file is removed and the
    /// destination is left untouched.
    static func write(_ bytes: [UInt8], to path: String, permissions: mode_t? = nil) throws(AtomicFileError) {
        try write(to: path, permissions: permissions) { (sink: AtomicFileSink) throws(AtomicFileError) in
            try sink.write(bytes)
        }
    }

    /// Streams a file to `path` atomically: `produce` writes it piece by piece through the sink, so a
    /// large table never has to sit whole in memory. Same guarantees as `write(_:to:permissions:)`.
    static func write(to path: String, permissions: mode_t? = nil,
                      produce: (AtomicFileSink) throws(AtomicFileError) -> Void) throws(AtomicFileError) {
        let (descriptor, temporaryPath) = try createTemporaryFile(for: path)
        do throws(AtomicFileError) {
            try produce(AtomicFileSink(descriptor: descriptor, path: path))
            if let permissions, fchmod(descriptor, permissions) != 0 {
                throw AtomicFileError(step: .setPermissions, path: path, systemError: errno)
            }
            if fsync(descriptor) != 0 {
                throw AtomicFileError(step: .sync, path: path, systemError: errno)
            }
        } catch {
            close(descriptor)
            unlink(temporaryPath)
            throw error
        }
        // A failed close still releases the descriptor, so it is never closed twice.
        if close(descriptor) != 0 {
            let failure = AtomicFileError(step: .write, path: path, systemError: errno)
            unlink(temporaryPath)
            throw failure
        }
        if rename(temporaryPath, path) != 0 {
            let failure = AtomicFileError(step: .rename, path: path, systemError: errno)
            unlink(temporaryPath)
            throw failure
        }
    }

    /// Writes the UTF-8 bytes of `text` to `path` atomically; see `write(_:to:permissions:)`.
    static func write(_ text: String, to path: String, permissions: mode_t? = nil) throws(AtomicFileError) {
        try write(Array(text.utf8), to: path, permissions: permissions)
    }

    /// Creates the folder `path` and any missing parents (like `mkdir -p`).
    ///
    /// The last folder gets exactly `permissions`, even when it already existed (so a student folder is
    /// always `0700`); parents it creates get `0777` minus the umask.
    static func createDirectory(at path: String, permissions: mode_t = 0o755) throws(AtomicFileError) {
        try makeDirectory(at: path, exactPermissions: permissions)
    }

    /// Creates `path` and its missing parents; only `path` itself gets `exactPermissions`, if given.
    private static func makeDirectory(at path: String, exactPermissions: mode_t?) throws(AtomicFileError) {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if let slash = trimmed.lastIndex(of: "/"), slash != trimmed.startIndex {
            let parentPath = String(trimmed[..<slash])
            if !isDirectory(parentPath) {
                try makeDirectory(at: parentPath, exactPermissions: nil)
            }
        }
        if mkdir(trimmed, exactPermissions ?? 0o777) != 0 {
            let failure = errno
            guard failure == EEXIST, isDirectory(trimmed) else {
                throw AtomicFileError(step: .createDirectory, path: path, systemError: failure)
            }
        }
        if let exactPermissions, chmod(trimmed, exactPermissions) != 0 {
            throw AtomicFileError(step: .setPermissions, path: path, systemError: errno)
        }
    }

    /// Whether `path` names an existing folder.
    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Opens a new, exclusive temporary file next to `path`: `.<name>.tmp-<pid>-<attempt>`.
    private static func createTemporaryFile(for path: String) throws(AtomicFileError) -> (Int32, String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let processID = getpid()
        var lastError: Int32 = EEXIST
        for attempt in 0..<1_000 {
            let temporaryPath = "\(folder).\(name).tmp-\(processID)-\(attempt)"
            let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, temporaryPath) }
            lastError = errno
            if lastError != EEXIST { break }
        }
        throw AtomicFileError(step: .createTemporary, path: path, systemError: lastError)
    }

    /// Writes every byte, retrying short writes and interrupted calls.
    fileprivate static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(AtomicFileError) {
        if WriteFaultInjection.exhausted(adding: bytes.count) {
            throw AtomicFileError(step: .write, path: path, systemError: ENOSPC)
        }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 {
            throw AtomicFileError(step: .write, path: path, systemError: failure)
        }
    }
}

/// Where `AtomicFile.write(to:permissions:produce:)` sends each piece of a streamed file.
struct AtomicFileSink {
    fileprivate let descriptor: Int32
    fileprivate let path: String

    /// Appends `bytes` to the temporary file.
    func write(_ bytes: [UInt8]) throws(AtomicFileError) {
        try AtomicFile.writeAll(bytes, to: descriptor, path: path)
    }
}

/// The POSIX `write(2)`, named apart from `AtomicFile.write` so the call is unambiguous.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
