import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The requests to stop that a run answers by cleaning up first.
public enum InterruptSignal: Sendable, Equatable, CaseIterable {
    /// Ctrl-C in the terminal (`SIGINT`).
    case interrupt
    /// A polite request to end, as `kill` sends by default (`SIGTERM`).
    case terminate

    /// The signal's number.
    public var number: Int32 {
        switch self {
        case .interrupt: SIGINT
        case .terminate: SIGTERM
        }
    }

    /// The exit status a shell expects of a process ended by this signal: 128 + its number.
    public var exitStatus: Int32 { 128 + number }
}

/// Runs a handler when the process is asked to stop (Ctrl-C, `kill`), instead of the default action
/// of ending at once. Keep the trap alive for as long as the handler must run.
public final class SignalTrap: @unchecked Sendable {
    /// The dispatch sources, one per signal; never changed after `init`.
    private let sources: [DispatchSourceSignal]

    /// Installs `handler` for every `InterruptSignal`; it runs on a global queue.
    public init(_ handler: @escaping @Sendable (InterruptSignal) -> Void) {
        var sources: [DispatchSourceSignal] = []
        for signal in InterruptSignal.allCases {
            // Ignored by the process, so the dispatch source sees it instead of the default action.
            ignore(signal.number)
            let source = DispatchSource.makeSignalSource(signal: signal.number, queue: .global())
            source.setEventHandler { handler(signal) }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }
}

/// `signal(number, SIG_IGN)`.
private func ignore(_ number: Int32) {
    #if canImport(Glibc)
    _ = Glibc.signal(number, SIG_IGN)
    #else
    _ = Darwin.signal(number, SIG_IGN)
    #endif
}
