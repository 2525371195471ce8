/// The storage of a `CounterGrid`: one 64-byte vector per group, 64-byte aligned so that each
/// group's counters sit in exactly one cache line (an array of `SIMD16<UInt32>` is only 16-byte
/// aligned, so most groups would straddle two lines and a random update would miss twice).
final class CounterLanes: @unchecked Sendable {
    /// Group g's counters at `start[g]`; zeroed at creation.
    let start: UnsafeMutablePointer<SIMD16<UInt32>>
    /// Number of groups.
    let count: Int

    /// Zeroed counters for `count` groups.
    init(count: Int) {
        self.count = count
        let byteCount = max(1, count) * MemoryLayout<SIMD16<UInt32>>.stride
        let raw = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
        start = raw.bindMemory(to: SIMD16<UInt32>.self, capacity: max(1, count))
    }

    /// A copy with the same counters.
    func copy() -> CounterLanes {
        let copy = CounterLanes(count: count)
        copy.start.update(from: start, count: count)
        return copy
    }

    deinit { UnsafeMutableRawPointer(start).deallocate() }
}
