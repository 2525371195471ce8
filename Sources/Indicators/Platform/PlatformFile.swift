#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file or folder of the operating system (a POSIX file descriptor).
///
/// A plain handle: copies refer to the same open file, and the owner calls `close()` once.
public struct PlatformFile: Sendable {
    /// The POSIX file descriptor.
    private let descriptor: Int32

    private init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Opens `path` for reading without blocking on the open itself (a FIFO nobody writes to), closed
    /// on `exec`. Call `makeBlocking()` for a regular file.
    public static func openForReading(_ path: String) throws(SystemError) -> PlatformFile {
        let opened = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard opened >= 0 else { throw SystemError.last }
        return PlatformFile(opened)
    }

    /// Opens the folder `path` to hold a lock on it (`tryLock()`, `lock()`) or to learn its identity.
    public static func openFolder(_ path: String) throws(SystemError) -> PlatformFile {
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { throw SystemError.last }
        return PlatformFile(opened)
    }

    /// Creates `path` for writing; fails with `alreadyExists` when anything has that name. The file
    /// gets `0o666` minus the umask.
    public static func createNew(_ path: String) throws(SystemError) -> PlatformFile {
        let opened = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard opened >= 0 else { throw SystemError.last }
        return PlatformFile(opened)
    }

    /// Closes the file. The handle is released even when this throws, so it is never closed twice.
    public func close() throws(SystemError) {
        #if canImport(Glibc)
        let result = Glibc.close(descriptor)
        #else
        let result = Darwin.close(descriptor)
        #endif
        if result != 0 { throw SystemError.last }
    }

    /// The file's status.
    public func status() throws(SystemError) -> FileStatus {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SystemError.last }
        return FileStatus(info)
    }

    /// Makes reads wait for data (a regular file opened by `openForReading`).
    public func makeBlocking() {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    }

    /// Tells the system the file will be read from start to end, so it reads ahead.
    public func adviseSequentialReading() {
        #if os(Linux)
        _ = posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
        #endif
    }

    /// Tells the system that `length` bytes at `offset` will be read soon, so that it starts reading
    /// them from the disk now, while the caller works on what it has.
    public func adviseWillNeed(offset: Int, length: Int) {
        #if os(Linux)
        _ = posix_fadvise(descriptor, off_t(offset), off_t(length), Int32(POSIX_FADV_WILLNEED))
        #endif
    }

    /// Waits until a stream has data or reached its end; false when `milliseconds` passed first
    /// (`nil`: wait without limit).
    ///
    /// - Throws: the system's error, `interrupted` included (the caller retries).
    public func waitUntilReadable(milliseconds: Int?) throws(SystemError) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, milliseconds.map { Int32($0) } ?? -1)
        if ready < 0 { throw SystemError.last }
        return ready > 0
    }

    /// One read of at most `count` bytes at the reading cursor; 0 at the end of the input.
    ///
    /// - Throws: the system's error, `interrupted` and `wouldBlock` included (the caller retries).
    public func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(SystemError) -> Int {
        #if canImport(Glibc)
        let n = Glibc.read(descriptor, buffer, count)
        #else
        let n = Darwin.read(descriptor, buffer, count)
        #endif
        if n < 0 { throw SystemError.last }
        return n
    }

    /// Reads up to `count` bytes at `offset` without moving the reading cursor, retrying interrupted
    /// and short reads; returns the bytes read (fewer at the end of the file or on an error).
    public func read(at offset: Int, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        var done = 0
        while done < count {
            let n = pread(descriptor, buffer + done, count - done, off_t(offset + done))
            if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
        return done
    }

    /// Writes every byte of `bytes`, retrying short writes and interrupted calls.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let written = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError.last
            }
            offset += written
        }
    }

    /// Gives the file exactly `permissions` (the umask does not apply).
    public func setPermissions(_ permissions: FilePermissions) throws(SystemError) {
        guard fchmod(descriptor, mode_t(permissions)) == 0 else { throw SystemError.last }
    }

    /// Waits until the file's bytes are on the disk.
    public func synchronize() throws(SystemError) {
        guard fsync(descriptor) == 0 else { throw SystemError.last }
    }

    /// Takes the exclusive lock of the file (or folder) if no other open file holds it; true when
    /// taken. The lock is released when the file is closed or the process ends (even by `kill -9`).
    public func tryLock() -> Bool {
        flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    /// Takes the exclusive lock, waiting while another open file holds it.
    public func lock() {
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    }
}
