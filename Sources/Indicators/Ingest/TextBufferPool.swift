import Synchronization

/// The decoded-text buffer of the last input read, kept for the next one.
///
/// Each input's `TextBlocks` needs a buffer of a few blocks; a fresh one has every page touched
/// (zeroed by the system) again, about 8 000 page faults per 32 MiB block. Inputs are read one at a
/// time, so one spare buffer is enough; `Ingestor` drains it when the inputs are read.
final class TextBufferPool: Sendable {
    /// The pool every input's `TextBlocks` uses.
    static let shared = TextBufferPool()

    /// A buffer and its capacity in bytes.
    struct Buffer: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int
    }

    private let spare = Mutex<Buffer?>(nil)

    /// The spare buffer when it holds at least `capacity` bytes, else a new one of `capacity`.
    func take(capacity: Int) -> Buffer {
        let kept = spare.withLock { spare -> Buffer? in
            guard let buffer = spare, buffer.capacity >= capacity else { return nil }
            spare = nil
            return buffer
        }
        return kept ?? Buffer(base: .allocate(capacity: capacity), capacity: capacity)
    }

    /// Keeps `buffer` as the spare (freeing the previous spare), or frees it when it is smaller.
    func give(_ buffer: Buffer) {
        let freed = spare.withLock { spare -> Buffer? in
            if let kept = spare, kept.capacity > buffer.capacity { return buffer }
            defer { spare = buffer }
            return spare
        }
        freed?.base.deallocate()
    }

    /// Frees the spare buffer (after the last input).
    func drain() {
        spare.withLock { spare -> Buffer? in
            defer { spare = nil }
            return spare
        }?.base.deallocate()
    }
}
