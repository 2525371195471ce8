import Foundation
import Dispatch
import Synchronization

/// A computation started on a background thread when the task is created; `value` waits for it.
///
/// Used to overlap a sequential step (adding file k to the store) with the next file's parsing.
public final class BackgroundTask<Value: Sendable>: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let slot = Mutex<Value?>(nil)

    /// Starts `body` on a thread of its own, outside Dispatch's pool: the run's command waits for it
    /// on a pool thread, and a pool that counted both (2 threads on 2 cores) left the parallel loops
    /// inside `body` on one core until Dispatch's once-a-second check added a thread (the first
    /// second of every run read on one core).
    public init(_ body: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let value = body()
            slot.withLock { $0 = value }
            finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result, waiting for the computation to finish (any number of calls, from one thread).
    public var value: Value {
        finished.wait()
        finished.signal()
        return slot.withLock { $0! }
    }
}
