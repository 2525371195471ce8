#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open input read in pieces with POSIX calls: a regular file, or a stream (a pipe such as
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
    private let fd: Int32
    private let waitSeconds: Int
    private var sawData = false
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
        let opened = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if opened < 0 {
            throw IngestError.opening(path, systemError: errno)
        }
        var info = stat()
        guard fstat(opened, &info) == 0 else {
            let code = errno
            close(opened)
            throw IngestError(.unreadable, file: path, found: InputSource.reason(code))
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR {
            close(opened)
            throw IngestError(.unreadable, file: path, found: "es una carpeta",
                              hint: "indique la carpeta como entrada para leer sus archivos .csv, .txt y .tsv")
        }
        fd = opened
        isRegularFile = type == S_IFREG
        if isRegularFile {
            // Blocking reads for files; the kernel reads ahead of a sequential cursor.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
        }
    }

    /// An input whose bytes are already in memory (the CSV of an `.xlsx` sheet), named `path`: read
    /// like a regular file.
    init(path: String, bytes: [UInt8]) {
        self.path = path
        waitSeconds = 0
        fd = -1
        isRegularFile = true
        memory = bytes
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Every byte of a regular file, read from its start (for inputs that cannot be read in pieces,
    /// such as a ZIP-compressed workbook); nil for a stream.
    func readWhole() throws(IngestError) -> [UInt8]? {
        guard isRegularFile else { return nil }
        if let memory { return memory }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IngestError(.unreadable, file: path, found: InputSource.reason(errno)) }
        let size = Int(info.st_size)
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = size == 0 ? 0 : read(at: 0, into: buffer.baseAddress!, count: size)
        }
        return bytes
    }

    /// Whether a regular file starts with `signature` (without moving the reading cursor).
    func starts(with signature: [UInt8]) -> Bool {
        guard isRegularFile else { return false }
        var head = [UInt8](repeating: 0, count: signature.count)
        let n = head.withUnsafeMutableBufferPointer { read(at: 0, into: $0.baseAddress!, count: signature.count) }
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
        var done = 0
        while done < count && !atEnd {
            if !isRegularFile {
                var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let ready = poll(&request, 1, sawData ? -1 : Int32(waitSeconds * 1000))
                if ready < 0 {
                    if errno == EINTR { continue }
                    throw IngestError(.unreadable, file: path, found: InputSource.reason(errno))
                }
                if ready == 0 {
                    throw IngestError(.streamIdle, file: path,
                                      found: "ningún dato en \(waitSeconds) s",
                                      hint: "inicie el proceso que escribe en la tubería, o copie los datos a un archivo .csv")
                }
            }
            let n = Glibc.read(fd, buffer + done, count - done)
            if n > 0 {
                done += n
                sawData = true
            } else if n == 0 {
                atEnd = true
            } else {
                let code = errno
                if code == EINTR || code == EAGAIN { continue }
                throw IngestError(.unreadable, file: path, found: InputSource.reason(code))
            }
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
        var done = 0
        while done < count {
            let n = pread(fd, buffer + done, count - done, off_t(offset + done))
            if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
        return done
    }

    /// A short Spanish reason for an `errno` value.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permiso denegado"
        case ENXIO: "no es un archivo que se pueda abrir (socket)"
        case EISDIR: "es una carpeta"
        case EIO: "error de entrada/salida del disco"
        case ENOMEM: "memoria insuficiente"
        default: "error del sistema \(code)"
        }
    }
}
