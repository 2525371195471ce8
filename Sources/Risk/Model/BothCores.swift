import Dispatch
import Synchronization

/// Runs two independent computations at once, one per core when both are free, and returns both
/// results. Each result is computed alone from its own inputs, so it is the same whatever the
/// schedule; kernels inside either may still split their own work across the cores.
enum BothCores {
    /// The results of `first` and `second`, computed concurrently.
    static func run<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let results = Mutex<(First?, Second?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                let value = first()
                results.withLock { $0.0 = value }
            } else {
                let value = second()
                results.withLock { $0.1 = value }
            }
        }
        let (first, second) = results.withLock { $0 }
        guard let first, let second else { preconditionFailure("a computation did not finish") }
        return (first, second)
    }
}
