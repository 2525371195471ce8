import Dispatch

/// Runs `body` for every index in `0..<count` across the machine's cores and returns the results in
/// index order, so callers merge per-chunk work deterministically.
///
/// - Complexity: O(count) calls of `body`, run concurrently.
public func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = _ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.store(body(index), at: index)
    }
    return slots.collect()
}

/// Number of worker chunks to split data-parallel work into.
public var workerCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

import Foundation

/// Write-once result slots filled by `parallelMap`; each index is written by exactly one worker.
final class _ResultSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) { buffer[index] = value }

    func collect() -> [T] { (0..<count).map { buffer[$0]! } }

    deinit {
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }
}
