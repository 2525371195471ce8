import Dispatch
import Synchronization

/// Splits `0..<rowCount` into fixed-size chunks, computes one partial result per chunk on all
/// cores, and hands the partials back in chunk order.
///
/// The chunk size is a constant, never derived from the number of cores, and callers merge the
/// partials in the order returned: floating-point sums are therefore identical run to run and
/// machine to machine, whatever the thread scheduling.
enum RowChunks {
    /// Rows per chunk: large enough to amortise scheduling, small enough to balance two cores.
    static let rowsPerChunk = 32_768

    /// The partial result of `body` for each chunk of `rowsPerChunk` rows (a constant of the caller,
    /// never the number of cores), in chunk order.
    ///
    /// Returns an empty array when `rowCount` is 0.
    static func map<Partial: Sendable>(
        rowCount: Int, rowsPerChunk: Int = rowsPerChunk,
        _ body: @Sendable (Range<Int>) -> Partial
    ) -> [Partial] {
        let chunkCount = (rowCount + rowsPerChunk - 1) / rowsPerChunk
        let partials = Mutex<[Partial?]>(Array(repeating: nil, count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = chunk * rowsPerChunk
            let partial = body(start..<min(start + rowsPerChunk, rowCount))
            partials.withLock { $0[chunk] = partial }
        }
        let computed = partials.withLock { $0.compactMap(\.self) }
        precondition(computed.count == chunkCount, "a chunk was not computed")
        return computed
    }

    /// Chunks computed at once by `reduce` (a constant: it changes the memory, never the result).
    static let reductionWindow = 4

    /// `body`'s partial result of every chunk (as in `map`) folded into `result` by `combine`, in chunk
    /// order, computing `reductionWindow` chunks at a time: at most that many partials exist at once.
    /// `map` keeps one per chunk alive until the end, which for partials as large as a table per level
    /// (`NewtonTerms.FactoredSums`) and the hundreds of chunks of a whole country's years is gigabytes.
    /// The result equals folding `map`'s partials in order: the same operations in the same order.
    static func reduce<Partial: Sendable, Result>(
        rowCount: Int, rowsPerChunk: Int = rowsPerChunk, into result: inout Result,
        _ body: @Sendable (Range<Int>) -> Partial, combine: (inout Result, Partial) -> Void
    ) {
        let chunkCount = (rowCount + rowsPerChunk - 1) / rowsPerChunk
        var first = 0
        while first < chunkCount {
            let last = min(first + reductionWindow, chunkCount)
            let offset = first * rowsPerChunk
            let wave = map(rowCount: min(last * rowsPerChunk, rowCount) - offset, rowsPerChunk: rowsPerChunk) { local in
                body((local.lowerBound + offset)..<(local.upperBound + offset))
            }
            for partial in wave { combine(&result, partial) }
            first = last
        }
    }
}
