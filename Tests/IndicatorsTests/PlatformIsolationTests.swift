import Foundation
import Testing

/// The rule that keeps a port small: only `Sources/Indicators/Platform/` talks to the operating system.
@Suite("Platform isolation")
struct PlatformIsolationTests {
    /// `Sources/`, found from this file's path.
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources").path
    static let platformFolder = "Indicators/Platform/"

    /// Every `.swift` file under `Sources/` as (path relative to `Sources/`, lines).
    static func sourceFiles() -> [(path: String, lines: [Substring])] {
        let paths = (FileManager.default.enumerator(atPath: sources)?.allObjects as? [String]) ?? []
        return paths.filter { $0.hasSuffix(".swift") }.sorted().map { relative in
            let text = (try? String(contentsOfFile: sources + "/" + relative, encoding: .utf8)) ?? ""
            return (relative, text.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    /// The code of a line: empty for comment lines, the part before `//` otherwise (string literals
    /// with `//` do not occur next to system names).
    static func code(_ line: Substring) -> Substring {
        let trimmed = line.drop(while: { $0 == " " })
        if trimmed.hasPrefix("//") { return "" }
        return line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
    }

    @Test("the scan sees the whole tree: the Platform folder's files import the C library, the others exist")
    func scanFindsFiles() throws {
        let files = Self.sourceFiles()
        let platform = files.filter { $0.path.hasPrefix(Self.platformFolder) }
        #expect(platform.count >= 5)
        #expect(files.count - platform.count > 100)
        #expect(platform.contains { $0.lines.contains("import Glibc") })
        // The call pattern is not vacuous: it finds the calls the Platform folder makes.
        let pattern = try Self.systemCall()
        #expect(platform.contains { $0.lines.contains { Self.code($0).contains(pattern) } })
    }

    @Test("no source file outside Sources/Indicators/Platform imports Glibc, Darwin or another C library module")
    func noImportsOutsidePlatform() {
        let modules = ["Glibc", "Darwin", "Musl", "Bionic", "WinSDK", "ucrt", "CRT", "WASILibc", "Android"]
        var offenders: [String] = []
        for file in Self.sourceFiles() where !file.path.hasPrefix(Self.platformFolder) {
            for (n, line) in file.lines.enumerated() {
                let words = Self.code(line).split(separator: " ")
                if words.count >= 2, words[0] == "import" || words[0] == "@_exported",
                   modules.contains(String(words[words.count - 1])) {
                    offenders.append("\(file.path):\(n + 1): \(line)")
                }
                if Self.code(line).contains("@_silgen_name") { offenders.append("\(file.path):\(n + 1): \(line)") }
            }
        }
        #expect(offenders == [])
    }

    @Test("no source file outside the Platform folder calls a POSIX function that Foundation re-exports")
    func noSystemCallsOutsidePlatform() throws {
        let pattern = try Self.systemCall()
        var offenders: [String] = []
        for file in Self.sourceFiles() where !file.path.hasPrefix(Self.platformFolder) {
            for (n, line) in file.lines.enumerated() {
                let code = Self.code(line)
                if code.contains(pattern), !Self.isDeclaration(code) { offenders.append("\(file.path):\(n + 1): \(line)") }
            }
        }
        #expect(offenders == [])
    }

    /// A direct call of a system function (or a use of `errno` / `mode_t`).
    static func systemCall() throws -> Regex<AnyRegexOutput> {
        let names = ["errno", "mode_t", "open", "close", "read", "pread", "fstat", "lstat", "stat", "fcntl", "poll",
                     "flock", "fchmod", "chmod", "umask", "fsync", "mkdir", "rmdir", "unlink", "rename", "renameat2",
                     "opendir", "readdir", "realpath", "access", "isatty", "getpid", "kill", "signal", "sigaction",
                     "_exit", "mmap", "munmap", "malloc_trim", "posix_fadvise", "memcmp", "memchr", "strtod",
                     "vsnprintf", "dlsym"]
        // A bare call: the name not preceded by `.` or a word character (so `file.read(`, `Platform.rename(`
        // and `self.read(` pass) and followed by `(`; a method of the package named like a system call is
        // called as `self.read(…)`.
        return try Regex("(^|[^.\\w])((" + names.joined(separator: "|") + ")\\s*\\(|(errno|mode_t)\\b)")
    }

    /// Whether the line declares a function of the package (`func read(`), which is no system call.
    static func isDeclaration(_ code: Substring) -> Bool {
        code.contains("func ") || code.contains("case ")
    }
}
