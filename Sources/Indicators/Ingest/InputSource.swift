/// An open input read in pieces through `PlatformFile`: a regular file, or a stream (a pipe such as
/// `<(cat f.csv)`, a named FIFO, a character device).
///
/// Nothing is read whole: callers pass their own reused buffer to `read(into:count:)`. A stream is
/// opened without blocking and waited on with `poll`, so a FIFO nobody writes to is refused after
/// `waitSeconds` instead of hanging the run.
final class InputSource {
    /// The path as given.
    let path: String
    /// Whether the input is a regular file (it can be read again from the start).
    let isRegularFile: Bool
    /// Whether the end of the input was reached.
    private(set) var atEnd = false
    /// The open file; nil for an input made in memory.
    private let file: PlatformFile?
    private let waitSeconds: Int
    private var sawData = false
    /// Bytes read so far from a regular file (where the next read starts).
    private var fileOffset = 0
    /// The bytes of an input made in memory (a workbook's sheet converted to CSV); nil for a file.
    private let memory: [UInt8]?
    /// Read position in `memory`.
    private var memoryOffset = 0

    /// Opens `path` for reading.
    ///
    /// - Throws: `fileNotFound`, `unreadable` (permissions, a directory, a socket).
    init(path: String, waitSeconds: Int = 30) throws(IngestError) {
        self.path = path
        self.waitSeconds = waitSeconds
        memory = nil
        let opened: PlatformFile
        do throws(SystemError) {
            opened = try PlatformFile.openForReading(path)
        } catch {
            throw IngestError.opening(path, systemError: error.code)
        }
        let status: FileStatus
        do throws(SystemError) {
            status = try opened.status()
        } catch {
            try? opened.close()
            throw IngestError(.unreadable, file: path, found: InputSource.reason(error))
        }
        if status.kind == .directory {
            try? opened.close()
            throw IngestError(.unreadable, file: path, found: "es una carpeta",
                              hint: "indique la carpeta como entrada para leer sus archivos .csv, .txt y .tsv")
        }
        file = opened
        isRegularFile = status.kind == .regularFile
        if isRegularFile {
            // Blocking reads for files; the kernel reads ahead of a sequential cursor.
            opened.makeBlocking()
            opened.adviseSequentialReading()
        }
    }

    /// An input whose bytes are already in memory (the CSV of an `.xlsx` sheet), named `path`: read
    /// like a regular file.
    init(path: String, bytes: [UInt8]) {
        self.path = path
        waitSeconds = 0
        file = nil
        isRegularFile = true
        memory = bytes
    }

    deinit { try? file?.close() }

    /// Every byte of a regular file, read from its start (for inputs that cannot be read in pieces,
    /// such as a ZIP-compressed workbook); nil for a stream.
    func readWhole() throws(IngestError) -> [UInt8]? {
        guard isRegularFile else { return nil }
        guard let file else { return memory }
        let size: Int
        do throws(SystemError) {
            size = try file.status().size
        } catch {
            throw IngestError(.unreadable, file: path, found: InputSource.reason(error))
        }
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = size == 0 ? 0 : self.read(at: 0, into: buffer.baseAddress!, count: size)
        }
        return bytes
    }

    /// Whether a regular file starts with `signature` (without moving the reading cursor).
    func starts(with signature: [UInt8]) -> Bool {
        guard isRegularFile else { return false }
        var head = [UInt8](repeating: 0, count: signature.count)
        let n = head.withUnsafeMutableBufferPointer { self.read(at: 0, into: $0.baseAddress!, count: signature.count) }
        return n == signature.count && head == signature
    }

    /// Reads into `buffer` until `count` bytes or the end of the input; returns the bytes read.
    ///
    /// - Throws: `unreadable` on an I/O error; `streamIdle` when a stream gave no byte and no end
    ///   within `waitSeconds` of being opened.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(IngestError) -> Int {
        if let memory {
            let n = min(count, memory.count - memoryOffset)
            memory.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + memoryOffset, count: n) }
            memoryOffset += n
            if memoryOffset == memory.count { atEnd = true }
            return n
        }
        guard let file else { return 0 }
        var done = 0
        while done < count && !atEnd {
            var idle = false
            var n = 0
            do throws(SystemError) {
                if !isRegularFile, try !file.waitUntilReadable(milliseconds: sawData ? nil : waitSeconds * 1000) {
                    idle = true
                } else {
                    n = try file.read(into: buffer + done, count: count - done)
                }
            } catch let error where error.kind == .interrupted || error.kind == .wouldBlock {
                continue
            } catch {
                throw IngestError(.unreadable, file: path, found: InputSource.reason(error))
            }
            if idle {
                throw IngestError(.streamIdle, file: path,
                                  found: "ningún dato en \(waitSeconds) s",
                                  hint: "inicie el proceso que escribe en la tubería, o copie los datos a un archivo .csv")
            }
            if n > 0 {
                done += n
                sawData = true
            } else {
                atEnd = true
            }
        }
        if isRegularFile && !atEnd {
            // The next piece of the same size is read from the disk while this one is parsed (when
            // the file is not in the page cache: large runs, or a first run after copying the files).
            fileOffset += done
            file.adviseWillNeed(offset: fileOffset, length: count)
        }
        return done
    }

    /// Reads up to `count` bytes at `offset` of a regular file (for re-reading a prefix).
    func read(at offset: Int, into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        if let memory {
            let n = max(0, min(count, memory.count - offset))
            memory.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress! + offset, count: n) }
            return n
        }
        return file?.read(at: offset, into: buffer, count: count) ?? 0
    }

    /// A short Spanish reason for a system error.
    static func reason(_ error: SystemError) -> String {
        switch error.kind {
        case .accessDenied, .notPermitted: "permiso denegado"
        case .notOpenable: "no es un archivo que se pueda abrir (socket)"
        case .isADirectory: "es una carpeta"
        case .inputOutput: "error de entrada/salida del disco"
        case .outOfMemory: "memoria insuficiente"
        default: "error del sistema \(error.code)"
        }
    }
}
