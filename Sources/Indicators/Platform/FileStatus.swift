#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Permission bits of a file or folder (`0o600`: read and write for the owner only).
public typealias FilePermissions = UInt32

/// What the system knows of a file: its kind, size, permissions and identity.
public struct FileStatus: Sendable, Equatable {
    /// The kinds of file the package tells apart.
    public enum Kind: Sendable, Equatable {
        /// A regular file (it can be read again from the start).
        case regularFile
        /// A folder.
        case directory
        /// A symbolic link (only from `Platform.linkStatus`, which does not follow links).
        case symbolicLink
        /// Anything else: a pipe, a FIFO, a character device, a socket.
        case other
    }

    /// The kind of file.
    public let kind: Kind
    /// The size in bytes (meaningful for regular files).
    public let size: Int
    /// The permission bits (`0o7777` mask).
    public let permissions: FilePermissions
    /// The device and file number: equal identities are the same file, whatever the path.
    public let identity: FileIdentity

    /// The status described by a POSIX `stat` record.
    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regularFile
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        size = Int(info.st_size)
        permissions = FilePermissions(info.st_mode & 0o7777)
        identity = FileIdentity(device: UInt64(truncatingIfNeeded: info.st_dev),
                                file: UInt64(truncatingIfNeeded: info.st_ino))
    }
}

/// A file's device and its number on that device: the same file (or folder) reached by two paths.
public struct FileIdentity: Hashable, Sendable {
    /// The device (file system) that holds the file.
    public let device: UInt64
    /// The file's number on its device (the inode).
    public let file: UInt64
}
