import Indicators

/// Writes whole files atomically: the bytes go to a temporary file in the destination's folder, which is
/// then renamed onto the destination, so readers see either the old file or the complete new one.
enum AtomicFile {
    /// Permissions for files that hold student-level data: readable and writable by the owner only.
    static let ownerOnlyFile: FilePermissions = 0o600
    /// Permissions for folders that hold student-level data: accessible by the owner only.
    static let ownerOnlyDirectory: FilePermissions = 0o700

    /// Writes `bytes` to `path` atomically.
    ///
    /// With `permissions` the file gets exactly those bits (the umask does not apply); without them it
    /// gets the usual `0666` minus the umask. On failure the temporary file is removed and the
    /// destination is left untouched.
    static func write(_ bytes: [UInt8], to path: String, permissions: FilePermissions? = nil) throws(AtomicFileError) {
        try write(to: path, permissions: permissions) { (sink: AtomicFileSink) throws(AtomicFileError) in
            try sink.write(bytes)
        }
    }

    /// Streams a file to `path` atomically: `produce` writes it piece by piece through the sink, so a
    /// large table never has to sit whole in memory. Same guarantees as `write(_:to:permissions:)`.
    static func write(to path: String, permissions: FilePermissions? = nil,
                      produce: (AtomicFileSink) throws(AtomicFileError) -> Void) throws(AtomicFileError) {
        let (file, temporaryPath) = try createTemporaryFile(for: path)
        do throws(AtomicFileError) {
            try produce(AtomicFileSink(file: file, path: path))
            if let permissions {
                try step(.setPermissions, path) { () throws(SystemError) in try file.setPermissions(permissions) }
            }
            try step(.sync, path) { () throws(SystemError) in try file.synchronize() }
        } catch {
            try? file.close()
            try? Platform.removeFile(temporaryPath)
            throw error
        }
        // A failed close still releases the file, so it is never closed twice.
        do throws(AtomicFileError) {
            try step(.write, path) { () throws(SystemError) in try file.close() }
            try step(.rename, path) { () throws(SystemError) in try Platform.rename(temporaryPath, to: path) }
        } catch {
            try? Platform.removeFile(temporaryPath)
            throw error
        }
    }

    /// Writes the UTF-8 bytes of `text` to `path` atomically; see `write(_:to:permissions:)`.
    static func write(_ text: String, to path: String, permissions: FilePermissions? = nil) throws(AtomicFileError) {
        try write(Array(text.utf8), to: path, permissions: permissions)
    }

    /// Creates the folder `path` and any missing parents (like `mkdir -p`).
    ///
    /// The last folder gets exactly `permissions`, even when it already existed (so a student folder is
    /// always `0700`); parents it creates get `0777` minus the umask.
    static func createDirectory(at path: String, permissions: FilePermissions = 0o755) throws(AtomicFileError) {
        try makeDirectory(at: path, exactPermissions: permissions)
    }

    /// Creates `path` and its missing parents; only `path` itself gets `exactPermissions`, if given.
    private static func makeDirectory(at path: String, exactPermissions: FilePermissions?) throws(AtomicFileError) {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if let slash = trimmed.lastIndex(of: "/"), slash != trimmed.startIndex {
            let parentPath = String(trimmed[..<slash])
            if !isDirectory(parentPath) {
                try makeDirectory(at: parentPath, exactPermissions: nil)
            }
        }
        do throws(SystemError) {
            try Platform.makeDirectory(trimmed, permissions: exactPermissions ?? 0o777)
        } catch {
            guard error.kind == .alreadyExists, isDirectory(trimmed) else {
                throw AtomicFileError(step: .createDirectory, path: path, systemError: error)
            }
        }
        if let exactPermissions {
            try step(.setPermissions, path) { () throws(SystemError) in
                try Platform.setPermissions(of: trimmed, to: exactPermissions)
            }
        }
    }

    /// Whether `path` names an existing folder.
    private static func isDirectory(_ path: String) -> Bool {
        (try? Platform.status(of: path))?.kind == .directory
    }

    /// Opens a new, exclusive temporary file next to `path`: `.<name>.tmp-<pid>-<attempt>`.
    private static func createTemporaryFile(for path: String) throws(AtomicFileError) -> (PlatformFile, String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let processID = Platform.processID
        var lastError = SystemError(code: 0)
        for attempt in 0..<1_000 {
            let temporaryPath = "\(folder).\(name).tmp-\(processID)-\(attempt)"
            do throws(SystemError) {
                return (try PlatformFile.createNew(temporaryPath), temporaryPath)
            } catch {
                lastError = error
                if error.kind != .alreadyExists { break }
            }
        }
        throw AtomicFileError(step: .createTemporary, path: path, systemError: lastError)
    }

    /// Runs one system call of the write, reporting its failure as `step` of `path`.
    fileprivate static func step(_ step: AtomicFileError.Step, _ path: String,
                                 _ call: () throws(SystemError) -> Void) throws(AtomicFileError) {
        do throws(SystemError) {
            try call()
        } catch {
            throw AtomicFileError(step: step, path: path, systemError: error)
        }
    }
}

/// Where `AtomicFile.write(to:permissions:produce:)` sends each piece of a streamed file.
struct AtomicFileSink {
    fileprivate let file: PlatformFile
    fileprivate let path: String

    /// Appends `bytes` to the temporary file.
    func write(_ bytes: [UInt8]) throws(AtomicFileError) {
        let failure = bytes.withUnsafeBytes { buffer -> AtomicFileError? in
            do throws(AtomicFileError) { try write(buffer) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// Appends `bytes` to the temporary file.
    func write(_ bytes: UnsafeRawBufferPointer) throws(AtomicFileError) {
        if WriteFaultInjection.exhausted(adding: bytes.count) {
            throw AtomicFileError(step: .write, path: path, systemError: .diskFull)
        }
        do throws(SystemError) {
            try file.write(bytes)
        } catch {
            throw AtomicFileError(step: .write, path: path, systemError: error)
        }
    }
}
