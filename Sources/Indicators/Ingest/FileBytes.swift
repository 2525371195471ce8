#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files into contiguous byte arrays with POSIX calls (no `Data`, no `String`).
public enum FileBytes {
    /// The bytes of the file at `path`.
    public static func read(_ path: String) throws(IngestError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw IngestError.opening(path, systemError: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IngestError(.unreadable, file: path) }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                let n = Glibc.read(fd, buffer.baseAddress! + done, size - done)
                if n <= 0 { if n < 0 { failed = true }; break }
                done += n
            }
            initialized = done
        }
        if failed { throw IngestError(.unreadable, file: path) }
        return bytes
    }

    /// True when the first bytes hold a NUL byte or mostly control characters: not delimited text.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var control = 0
        for b in sample {
            if b == 0 { return true }
            if b < 9 || (b > 13 && b < 32) { control += 1 }
        }
        return control * 10 > sample.count
    }
}
