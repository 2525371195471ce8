import Testing
@testable import Risk

/// `RowChunks.reduce`: the partials of `map`, folded in chunk order a few at a time.
@Suite("RowChunks")
struct RowChunksTests {
    @Test("reduce folds every chunk once, in chunk order, across several windows")
    func chunkOrder() {
        // 23 rows in chunks of 2: 12 chunks, more than three windows of `reductionWindow` (4).
        var ranges: [Range<Int>] = []
        RowChunks.reduce(rowCount: 23, rowsPerChunk: 2, into: &ranges) { $0 } combine: { $0.append($1) }
        #expect(ranges == (0..<12).map { ($0 * 2)..<min($0 * 2 + 2, 23) })
        #expect(RowChunks.reductionWindow < 12)
    }

    @Test("reduce gives the same floating-point sum, bit for bit, as folding map's partials in order")
    func sameSum() {
        // Values whose sum depends on the order of the additions.
        let values = (0..<1_000).map { k in k % 3 == 0 ? 1e16 : (k % 3 == 1 ? 1.0 : -1e16 + 0.5) }
        let partial: @Sendable (Range<Int>) -> Double = { chunk in chunk.reduce(0.0) { $0 + values[$1] } }
        let mapped = RowChunks.map(rowCount: values.count, rowsPerChunk: 37, partial).reduce(0.0, +)
        var reduced = 0.0
        RowChunks.reduce(rowCount: values.count, rowsPerChunk: 37, into: &reduced, partial) { $0 += $1 }
        #expect(reduced.bitPattern == mapped.bitPattern)
    }

    @Test("no rows: the initial value is returned untouched")
    func empty() {
        var total = 7.0
        RowChunks.reduce(rowCount: 0, rowsPerChunk: 5, into: &total) { _ in 1.0 } combine: { $0 += $1 }
        #expect(total == 7)
    }
}
