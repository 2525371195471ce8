/// A growable byte buffer with a stable address between uses, for unescaping and normalising
/// field values without allocating per field. One per worker; not shared between threads.
public final class ByteScratch {
    var pointer: UnsafeMutablePointer<UInt8>
    var capacity: Int

    /// Creates a scratch buffer.
    public init(capacity: Int = 256) {
        self.capacity = capacity
        pointer = .allocate(capacity: capacity)
    }

    /// Storage for at least `count` bytes; invalidates earlier results.

    public func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if count > capacity {
            pointer.deallocate()
            capacity = max(count, capacity * 2)
            pointer = .allocate(capacity: capacity)
        }
        return pointer
    }

    deinit { pointer.deallocate() }
}
