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
}
