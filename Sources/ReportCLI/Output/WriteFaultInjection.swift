import Foundation
import Synchronization

/// A test hook that makes output writes fail like a full disk: when the environment variable
/// `TRAYECTORIAS_PRUEBA_FALLO_BYTES` holds a number N, every write after the first N bytes written by
/// this process (all output files together) fails with `ENOSPC`. Unset, it costs one load per write.
///
/// End-to-end tests use it to show that a run that cannot finish writing leaves the earlier run whole.
/// A second hook, `TRAYECTORIAS_PRUEBA_PAUSA_S`, makes a run wait that many seconds with every file
/// staged, just before the swap, so a test can interrupt or race it at a known moment.
enum WriteFaultInjection {
    /// Seconds to wait before the swap; nil when the hook is off.
    static let pauseBeforeSwap: Double? = ProcessInfo.processInfo.environment["TRAYECTORIAS_PRUEBA_PAUSA_S"].flatMap { Double($0) }

    /// The byte budget, read once; nil when the hook is off.
    static let budget: Int? = ProcessInfo.processInfo.environment["TRAYECTORIAS_PRUEBA_FALLO_BYTES"].flatMap { Int($0) }
    private static let written = Atomic<Int>(0)

    /// Whether writing `count` more bytes must fail.
    static func exhausted(adding count: Int) -> Bool {
        guard let budget else { return false }
        let total = written.add(count, ordering: .relaxed).newValue
        return total > budget
    }
}
