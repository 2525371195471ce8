#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place where Trayectorias talks to the operating system.
///
/// Every system call of the package (files, folders, permissions, locks, signals, process facts, and
/// the few C library routines used on hot paths) goes through the files of this folder; no other source
/// file imports `Glibc` or `Darwin` (`PlatformIsolationTests` checks it). Linux (glibc) is built and
/// tested in CI; the `Darwin` branches are written but not tested.
///
/// What a Windows port implements, file by file (and nothing outside this folder):
/// - `Platform.swift`: `processID` (`GetCurrentProcessId`), `standardErrorIsTerminal` (`_isatty(2)` or
///   `GetConsoleMode`), `processCPUSeconds` (`GetProcessTimes`), `releaseFreeMemory()` (nothing), `exitImmediately(_:)` (`_exit`).
/// - `SystemError.swift`: the `Kind` of each error number (`GetLastError` codes such as
///   `ERROR_FILE_NOT_FOUND`, `ERROR_ACCESS_DENIED`, `ERROR_DISK_FULL`, `ERROR_SHARING_VIOLATION`).
/// - `PlatformFile.swift`: open, read, positional read, write, flush (`CreateFileW`, `ReadFile` with an
///   `OVERLAPPED` offset, `WriteFile`, `FlushFileBuffers`); the wait on a pipe (`PeekNamedPipe` in a
///   loop); permissions (owner-only files become an ACL for the current user, or nothing); the
///   folder lock (`LockFileEx` on a lock file inside the folder, since a folder handle cannot be locked).
/// - `FileStatus.swift` and `Platform+FileSystem.swift`: status of a path (`GetFileInformationByHandle`:
///   volume serial and file index as the identity), folders (`CreateDirectoryW`, `RemoveDirectoryW`,
///   `FindFirstFileW`), `DeleteFileW`, `MoveFileExW(MOVEFILE_REPLACE_EXISTING)` for `rename`, no atomic
///   exchange (`exchange` answers `false` and callers fall back to two renames), `GetFinalPathNameByHandleW`
///   for `realPath`.
/// - `SignalTrap.swift`: Ctrl-C and close events (`SetConsoleCtrlHandler`) instead of SIGINT and SIGTERM.
/// - `Platform+CLibrary.swift`: `memcmp`, `memchr`, `strtod` and `snprintf` exist in the Universal C
///   Runtime (`import ucrt`) with the same meaning.
public enum Platform {
    /// This process's id (for unique temporary names).
    public static var processID: Int32 { getpid() }

    /// Whether the standard error stream is a terminal (progress lines are shown only then).
    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// CPU seconds used so far by every thread of this process (user and system), for benchmarks.
    public static var processCPUSeconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Gives the heap's free pages back to the system (glibc keeps freed memory of worker threads'
    /// arenas); nothing where the allocator does not need it.
    public static func releaseFreeMemory() {
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }

    /// Ends the process at once with `status`, without running `atexit` handlers or flushing buffers
    /// (safe from a signal handler's queue while other threads still run).
    public static func exitImmediately(_ status: Int32) -> Never {
        _exit(status)
    }
}

#if os(Linux)
/// glibc's `malloc_trim` (not exported by the Glibc module).
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif
