/// Reads the data rows of a file on every core: each decoded block is split into chunks at row
/// boundaries (`ChunkPlan`), and each chunk's rows go, in order, to a state of its own. The states
/// come back in file order, so merging them gives what a sequential read gives.
///
/// Rows with a wrong field count or an unterminated quote become rejects, as in `RowReader`. A stray
/// quote makes quote parity lie about row starts: when a chunk overruns the next one's start, the
/// whole block is read again as one chunk.
enum ChunkedRowReader {
    /// What one chunk read.
    struct Chunk<State: Sendable>: Sendable {
        /// The caller's state after the chunk's rows.
        var state: State
        /// Rows read (blank lines aside).
        var read = 0
        /// Rows rejected, in file order.
        var rejects: [RejectedRow] = []
        /// Offset where reading stopped, and its 1-based line.
        var end = 0, endLine = 0
    }

    /// Calls `body(&state, text, fields, line)` for every well-formed data row of `file`, with one
    /// `makeState()` per chunk; returns the chunks' states in file order, the rows read and the rejects.
    static func read<State: Sendable>(
        _ file: DelimitedFile, fileIndex: Int, makeState: @escaping @Sendable () -> State,
        _ body: @escaping @Sendable (inout State, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<FieldSpan>, Int)
            -> RejectReasonDetail?
    ) throws(IngestError) -> (states: [State], read: Int, rejects: [RejectedRow]) {
        var chunks: [Chunk<State>] = []
        let expected = file.header.count
        let delimiter = file.dialect.delimiter
        try file.forEachBlock { p, start, line, final in
            let pointer = _SendableBuffer(p)
            func scan(_ planned: [ChunkPlan.Chunk]) -> [Chunk<State>] {
                parallelMap(planned.count) { k in
                    var chunk = Chunk(state: makeState())
                    readRows(pointer.buffer, planned[k], final: final, expected: expected, delimiter: delimiter,
                             fileIndex: fileIndex, into: &chunk, body)
                    return chunk
                }
            }
            let plan = ChunkPlan(p, dataStart: start, dataLine: line, count: workerCount * 2)
            var read = scan(plan.chunks)
            if !zip(read.dropLast(), plan.chunks).allSatisfy({ $0.end == $1.end }) {
                read = scan([ChunkPlan.Chunk(start: start, end: p.count, firstLine: line)])
            }
            chunks += read
            return (read.last!.end, read.last!.endLine)
        }
        return (chunks.map(\.state), chunks.reduce(0) { $0 + $1.read }, chunks.flatMap(\.rejects))
    }

    /// Reads the rows starting in `planned`. Unless `final`, a row that reaches the end of `p` is
    /// left for the next block.
    private static func readRows<State>(
        _ p: UnsafeBufferPointer<UInt8>, _ planned: ChunkPlan.Chunk, final: Bool, expected: Int, delimiter: UInt8,
        fileIndex: Int, into chunk: inout Chunk<State>,
        _ body: (inout State, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<FieldSpan>, Int) -> RejectReasonDetail?
    ) {
        let row = RowFields(capacity: expected + 4)
        var position = planned.start
        var line = planned.firstLine
        while position < planned.end {
            let scan = CSVScanner.scanRow(p, from: position, delimiter: delimiter, into: row)
            let fields = row.spans
            if !final && scan.next >= p.count { break }   // completed by the next block
            defer { position = scan.next; line += scan.lineEnds }
            if CSVScanner.isBlank(fields) { continue }
            chunk.read += 1
            var problem: RejectReasonDetail?
            if scan.unterminatedQuote {
                problem = RejectReasonDetail(.unterminatedQuote, "el archivo termina dentro de comillas")
            } else if fields.count != expected {
                problem = RejectReasonDetail(.fieldCount, "se esperaban \(expected) campos y hay \(fields.count)")
            } else {
                problem = body(&chunk.state, p, fields, line)
            }
            if let problem {
                chunk.rejects.append(RejectedRow(file: fileIndex, line: line, reason: problem.reason,
                                                 detail: problem.detail,
                                                 content: CSVScanner.rawRow(p, from: position, to: scan.next)))
            }
        }
        chunk.end = position
        chunk.endLine = line
    }
}
