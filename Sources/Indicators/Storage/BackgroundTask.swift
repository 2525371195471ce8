import Dispatch
import Synchronization

/// A computation started on a background thread when the task is created; `value` waits for it.
///
/// Used to overlap a sequential step (adding file k to the store) with the next file's parsing.
public final class BackgroundTask<Value: Sendable>: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let slot = Mutex<Value?>(nil)

    /// Starts `body` on a global dispatch queue.
    public init(_ body: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async { [self] in
            let value = body()
            slot.withLock { $0 = value }
            finished.signal()
        }
    }

    /// The result, waiting for the computation to finish (any number of calls, from one thread).
    public var value: Value {
        finished.wait()
        finished.signal()
        return slot.withLock { $0! }
    }
}
