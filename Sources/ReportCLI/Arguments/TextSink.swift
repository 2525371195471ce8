import Foundation

/// A destination for text, such as the process's stdout, or a buffer in tests.
///
/// Conforms to `TextOutputStream`, so `print("…", to: &sink)` works.
struct TextSink: TextOutputStream, Sendable {
    private let emit: @Sendable (String) -> Void

    /// A sink that hands every piece of text to `emit`.
    init(_ emit: @escaping @Sendable (String) -> Void) {
        self.emit = emit
    }

    /// Writes `text` as is, adding no newline.
    func write(_ text: String) {
        emit(text)
    }

    /// The process's standard output, unbuffered.
    static let standardOutput = TextSink { FileHandle.standardOutput.write(Data($0.utf8)) }

    /// The process's standard error, unbuffered.
    static let standardError = TextSink { FileHandle.standardError.write(Data($0.utf8)) }
}

/// The two streams a command writes to: results on one, progress, warnings and errors on the other.
struct CommandOutput: Sendable {
    /// Where help, version and results go.
    var standardOutput: TextSink
    /// Where progress, warnings and errors go.
    var standardError: TextSink

    /// The process's own stdout and stderr.
    static let process = CommandOutput(standardOutput: .standardOutput, standardError: .standardError)
}
