import Synchronization

/// A value handed to one of several concurrent computations, which takes it: the box no longer keeps
/// it alive, so the taker alone decides when it is freed (a closure's captures, by contrast, live
/// until the closure itself is released).
///
/// Used for the early warning's tables of distinct rows, hundreds of megabytes each at national
/// scale, so that each is freed when its fit is done rather than after both halves of `BothCores`.
final class Handoff<Value: Sendable>: Sendable {
    private let value: Mutex<Value?>

    /// A box holding `value`.
    init(_ value: Value) { self.value = Mutex(value) }

    /// The value, which the box then drops. Must be called once.
    func take() -> Value {
        let taken: Value? = value.withLock { stored in
            defer { stored = nil }
            return stored
        }
        guard let taken else { preconditionFailure("Handoff value taken twice") }
        return taken
    }
}
