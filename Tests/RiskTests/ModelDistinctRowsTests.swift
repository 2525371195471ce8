import Testing
@testable import Risk

@Suite("DistinctRows and KeyedRowCounts")
struct ModelDistinctRowsTests {
    typealias Counts = DistinctRows.LabelCounts

    @Test("equal rows collapse into one, in order of first appearance, with counts by label")
    func collapsesEqualRows() {
        let matrix = FeatureMatrix(columnNames: ["a", "b"], rows: [[1, 0], [2, 1], [1, 0], [1, 0], [2, 1], [3, 3]])
        let rows = DistinctRows(matrix, labels: [true, false, false, true, false, true])
        #expect(rows.count == 3)
        #expect(rows.values == [1, 0, 2, 1, 3, 3])
        #expect(rows.counts == [Counts(positives: 2, negatives: 1), Counts(positives: 0, negatives: 2),
                                Counts(positives: 1, negatives: 0)])
        #expect(rows.totals == Counts(positives: 3, negatives: 3))
        #expect(Array(rows.row(1)) == [2, 1])
    }

    @Test("rows are compared bit for bit: −0 and +0 stay apart, which changes no sum")
    func signedZeros() {
        let matrix = FeatureMatrix(columnNames: ["x"], rows: [[0], [-0.0], [0]])
        let rows = DistinctRows(matrix, labels: [true, true, false])
        #expect(rows.count == 2)
        #expect(rows.counts == [Counts(positives: 1, negatives: 1), Counts(positives: 1, negatives: 0)])
    }

    @Test("a matrix without columns collapses into one empty row; no rows give an empty table")
    func degenerateShapes() {
        var noColumns = FeatureMatrix(columnNames: [])
        for _ in 0..<4 { noColumns.appendRow([Float]()) }
        let collapsed = DistinctRows(noColumns, labels: [true, false, false, false])
        #expect(collapsed.count == 1)
        #expect(collapsed.counts == [Counts(positives: 1, negatives: 3)])
        #expect(DistinctRows(FeatureMatrix(columnNames: ["x"]), labels: []).count == 0)
    }

    @Test("thousands of distinct rows survive the table's growth with the right counts")
    func manyRows() {
        // Row i mod 3000 repeated: rows 0…999 appear three times, 1000…2999 twice (7000 rows).
        var matrix = FeatureMatrix(columnNames: ["i", "half"], reservingRows: 7_000)
        var labels: [Bool] = []
        for i in 0..<7_000 {
            matrix.appendRow([Float(i % 3_000), Float(i % 3_000) / 2])
            labels.append(i % 2 == 0)
        }
        let rows = DistinctRows(matrix, labels: labels)
        #expect(rows.count == 3_000)
        #expect((0..<3_000).allSatisfy { rows.row($0).first == Float($0) })
        #expect(rows.counts[0] == Counts(positives: 3, negatives: 0))  // rows 0, 3000, 6000: even
        #expect(rows.counts[1] == Counts(positives: 0, negatives: 3))  // rows 1, 3001, 6001: odd
        #expect(rows.counts[2_999].total == 2)
        #expect(rows.totals == Counts(positives: 3_500, negatives: 3_500))
    }

    @Test("keyed counts collapse rows by key and write each distinct row once, from its key")
    func keyedCounts() throws {
        var counts = KeyedRowCounts()
        for i in 0..<10_000 {  // 2500 keys, spread over the whole 64 bits, four rows each, the first positive
            counts.add(key: UInt64(i % 2_500) &* 0x9E37_79B9_7F4A_7C15, label: i < 2_500)
        }
        #expect(counts.count == 2_500)
        var written = 0
        let rows = counts.distinctRows(columnNames: ["low", "high"]) { key, row in
            row[0] = Float(key & 0xFFFF)
            row[1] = Float(key >> 48)
            written += 1
        }
        #expect(written == 2_500)
        #expect(rows.count == 2_500)
        #expect(rows.totals == Counts(positives: 2_500, negatives: 7_500))
        #expect(rows.counts.allSatisfy { $0 == Counts(positives: 1, negatives: 3) })
        let key7 = UInt64(7) &* 0x9E37_79B9_7F4A_7C15
        let index = try #require((0..<rows.count).first { rows.row($0).first == Float(key7 & 0xFFFF) })
        #expect(Array(rows.row(index)) == [Float(key7 & 0xFFFF), Float(key7 >> 48)])
    }

    @Test("the same keys in the same order give the same table, bit for bit")
    func keyedDeterminism() {
        func table() -> DistinctRows {
            var counts = KeyedRowCounts()
            var generator = ModelCheck.Generator(seed: 11)
            for _ in 0..<5_000 { counts.add(key: UInt64.random(in: 0..<900, using: &generator), label: Bool.random(using: &generator)) }
            return counts.distinctRows(columnNames: ["key"]) { key, row in row[0] = Float(key) }
        }
        let first = table(), second = table()
        #expect(first.values == second.values)
        #expect(first.counts == second.counts)
    }

    @Test("sorted counts by batches: equal keys summed within and across batches, keys ascending")
    func sortedCountsByBatches() {
        var counts = SortedRowCounts()
        // Batch 1: key 9 twice (one positive), key 2 once; batch 2: key 2 (positive), 5, 9, 1 << 60.
        counts.add(keys: [9, 2, 9], labels: [true, false, false])
        counts.add(keys: [2, 1 << 60, 5, 9], labels: [true, false, false, false])
        #expect(counts.entries == [
            KeyCount(key: 2, positives: 1, negatives: 1), KeyCount(key: 5, positives: 0, negatives: 1),
            KeyCount(key: 9, positives: 1, negatives: 2), KeyCount(key: 1 << 60, positives: 0, negatives: 1),
        ])
        let rows = counts.distinctRows(columnNames: ["key"]) { key, row in row[0] = Float(key) }
        #expect(rows.values == [2, 5, 9, Float(1 << 60)])
        #expect(rows.counts == [Counts(positives: 1, negatives: 1), Counts(positives: 0, negatives: 1),
                                Counts(positives: 1, negatives: 2), Counts(positives: 0, negatives: 1)])
    }

    @Test("sorted counts give the keyed counts' table, bit for bit, however the rows are batched")
    func sortedMatchesKeyed() {
        var generator = ModelCheck.Generator(seed: 12)
        let keys = (0..<6_000).map { _ in UInt64.random(in: 0..<1_500, using: &generator) &* 0x9E37_79B9_7F4A_7C15 }
        let labels = (0..<6_000).map { _ in Bool.random(using: &generator) }
        var keyed = KeyedRowCounts()
        for (key, label) in zip(keys, labels) { keyed.add(key: key, label: label) }
        var sorted = SortedRowCounts()
        for start in stride(from: 0, to: 6_000, by: 2_000) {
            sorted.add(keys: Array(keys[start..<(start + 2_000)]), labels: Array(labels[start..<(start + 2_000)]))
        }
        #expect(sorted.count == keyed.count)
        #expect(sorted.entries.map { [$0.key, UInt64($0.positives), UInt64($0.negatives)] }
            == keyed.entries.map { [$0.key, UInt64($0.positives), UInt64($0.negatives)] })
    }
}
