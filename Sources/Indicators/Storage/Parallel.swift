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

/// The array `[element(0), element(1), …]` of `count` plain values, computed in blocks on every core.
///
/// - Complexity: O(count) calls of `element`, run concurrently.
public func parallelArray<T: BitwiseCopyable & Sendable>(count: Int, _ element: @Sendable (Int) -> T) -> [T] {
    let blockSize = 1 << 16
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let base = _SendableMutablePointer(buffer.baseAddress)
        DispatchQueue.concurrentPerform(iterations: (count + blockSize - 1) / blockSize) { block in
            for i in (block * blockSize)..<min(count, (block + 1) * blockSize) {
                (base.pointer! + i).initialize(to: element(i))
            }
        }
        initialized = count
    }
}

/// A destination handed to worker threads that write disjoint positions.
struct _SendableMutablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>?
    init(_ pointer: UnsafeMutablePointer<T>?) { self.pointer = pointer }
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

/// A read-only buffer handed to worker threads; the owner keeps the memory alive while they run.
struct _SendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<T>
    init(_ buffer: UnsafeBufferPointer<T>) { self.buffer = buffer }
}
