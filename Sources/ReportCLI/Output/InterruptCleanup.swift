import Foundation
import Indicators
import Synchronization

/// What a run must remove if it is interrupted (Ctrl-C, `kill`): its staging folders.
///
/// On SIGINT or SIGTERM every registered path is removed and the process exits with 130 (SIGINT) or
/// 143 (SIGTERM). The swap of a staged folder holds the same lock (`exclusively(_:)`), so an interrupt
/// lands either before the swap (the earlier run stays, the staging goes) or after it (the new run
/// stays, the earlier one goes): never in between.
enum InterruptCleanup {
    private struct State {
        var paths: [Int: String] = [:]
        var nextToken = 0
        /// The signal handlers, kept alive for the life of the process once installed.
        var trap: SignalTrap?
    }
    private static let state = Mutex(State())

    /// Registers `path` for removal on interrupt (installing the handlers the first time); returns the
    /// token that `update` and `unregister` take.
    static func register(_ path: String) -> Int {
        installHandlers()
        return state.withLock { state -> Int in
            state.nextToken += 1
            state.paths[state.nextToken] = path
            return state.nextToken
        }
    }

    /// Forgets `token`'s path.
    static func unregister(_ token: Int) {
        state.withLock { _ = $0.paths.removeValue(forKey: token) }
    }

    /// Runs `body` so that no interrupt cleanup runs at the same time; `body` may change the
    /// registered paths (a swap changes what must be removed) through `paths`, keyed by token.
    static func exclusively(_ body: (_ paths: inout [Int: String]) -> Void) {
        state.withLock { state in body(&state.paths) }
    }

    /// Installs the SIGINT and SIGTERM handlers (once per process).
    static func installHandlers() {
        state.withLock { state in
            if state.trap == nil { state.trap = SignalTrap { interrupted(by: $0) } }
        }
    }

    /// Removes the registered paths and exits with 128 + the signal number.
    private static func interrupted(by signal: InterruptSignal) -> Never {
        let removed = state.withLock { state -> Int in
            for path in state.paths.values {
                // Renamed first: writer threads still running can no longer create files in it.
                let doomed = path + "-borrando"
                let moved = (try? Platform.rename(path, to: doomed)) != nil
                DirectoryOperations.removeTree(moved ? doomed : path)
            }
            defer { state.paths.removeAll() }
            return state.paths.count
        }
        let name = signal == .interrupt ? "Ctrl-C" : "señal \(signal.number)"
        let detail = removed > 0 ? " La carpeta de salida conserva la corrida anterior; se borraron los archivos a medio escribir." : ""
        FileHandle.standardError.write(Data("\nInterrumpido (\(name)).\(detail)\n".utf8))
        Platform.exitImmediately(signal.exitStatus)
    }
}
