#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error reported by the operating system: its number, and what kind of failure it is.
///
/// Callers decide on `kind` and word their own Spanish messages; `code` is kept for the message of an
/// uncommon error ("error del sistema número 28").
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure the package tells apart.
    public enum Kind: Sendable, Equatable {
        /// No permission for the file or a folder on its path (`EACCES`).
        case accessDenied
        /// The operation is not permitted for this user (`EPERM`).
        case notPermitted
        /// The file or a folder on its path does not exist (`ENOENT`).
        case notFound
        /// A part of the path is not a folder (`ENOTDIR`).
        case notADirectory
        /// The path is a folder where a file was expected (`EISDIR`).
        case isADirectory
        /// Something already exists with that name (`EEXIST`).
        case alreadyExists
        /// The folder still has entries (`ENOTEMPTY`).
        case directoryNotEmpty
        /// The disk is full (`ENOSPC`).
        case noSpace
        /// The user's disk quota is used up (`EDQUOT`).
        case quotaExceeded
        /// The file system is mounted read-only (`EROFS`).
        case readOnlyFileSystem
        /// A name on the path is too long (`ENAMETOOLONG`).
        case nameTooLong
        /// The two paths are on different file systems (`EXDEV`).
        case crossDevice
        /// The folder is in use (`EBUSY`).
        case busy
        /// The disk reported an input/output error (`EIO`).
        case inputOutput
        /// The path is no file that can be opened, such as a socket (`ENXIO`).
        case notOpenable
        /// Not enough memory (`ENOMEM`).
        case outOfMemory
        /// A signal interrupted the call; it may be retried (`EINTR`).
        case interrupted
        /// A non-blocking input has no data yet (`EAGAIN`).
        case wouldBlock
        /// Any other error: see `code`.
        case other
    }

    /// The system's error number (`errno` on POSIX systems).
    public let code: Int32

    /// An error with the system's number `code`.
    public init(code: Int32) {
        self.code = code
    }

    /// The error of the system call that just failed in this thread.
    public static var last: SystemError { SystemError(code: errno) }

    /// A full disk, as the write-failure test hook reports it.
    public static let diskFull = SystemError(code: ENOSPC)

    /// What kind of failure this is.
    public var kind: Kind {
        switch code {
        case EACCES: .accessDenied
        case EPERM: .notPermitted
        case ENOENT: .notFound
        case ENOTDIR: .notADirectory
        case EISDIR: .isADirectory
        case EEXIST: .alreadyExists
        case ENOTEMPTY: .directoryNotEmpty
        case ENOSPC: .noSpace
        case EDQUOT: .quotaExceeded
        case EROFS: .readOnlyFileSystem
        case ENAMETOOLONG: .nameTooLong
        case EXDEV: .crossDevice
        case EBUSY: .busy
        case EIO: .inputOutput
        case ENXIO: .notOpenable
        case ENOMEM: .outOfMemory
        case EINTR: .interrupted
        case EAGAIN: .wouldBlock
        default: .other
        }
    }

    /// Whether the user lacks permission (`accessDenied` or `notPermitted`).
    public var isPermissionDenied: Bool { kind == .accessDenied || kind == .notPermitted }

    /// The number, for logs and test failures (messages for users are worded by the callers).
    public var description: String { "error del sistema \(code)" }
}
