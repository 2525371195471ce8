import Testing
@testable import Risk

@Suite("SplitSort")
struct ModelSplitSortTests {
    @Test("the split-sort AUC counts ties across classes as one half, exactly")
    func splitSortAUCWithTies() {
        // Positives: 0.4, 0.4, 0.9. Negatives: 0.1, 0.4, 0.9, 0.9.
        // Each 0.4 positive beats 0.1 and ties one 0.4: 2·1 + 1 = 3 doubled wins each (6 for both);
        // 0.9 beats 0.1 and 0.4 and ties two 0.9s: 2·2 + 2 = 6. Doubled wins 12; AUC = 12 / (2·3·4) = 0.5.
        let scores = [0.4, 0.1, 0.9, 0.4, 0.9, 0.4, 0.9]
        let labels = [true, false, true, false, false, true, false]
        #expect(ClassifierMetrics.splitSortAUC(scores: scores, labels: labels) == 0.5)
        // Row 1 (the 0.1 negative) becomes a 0.95 positive: positives 0.4, 0.4, 0.9, 0.95; negatives
        // 0.4, 0.9, 0.9.
        // 0.4: 2·0 + 1 = 1 each (2); 0.9: 2·1 + 2 = 4; 0.95: 2·3 = 6. Doubled 12 / (2·4·3) = 0.5.
        var moved = scores, movedLabels = labels
        moved[1] = 0.95
        movedLabels[1] = true
        #expect(ClassifierMetrics.splitSortAUC(scores: moved, labels: movedLabels) == 0.5)
    }

    @Test("the split-sort AUC is undefined when a class is empty, and orders signs and zeros")
    func splitSortAUCEdges() {
        #expect(ClassifierMetrics.splitSortAUC(scores: [0.2, 0.1], labels: [true, true]) == nil)
        #expect(ClassifierMetrics.splitSortAUC(scores: [], labels: []) == nil)
        // −0 and +0 tie (one half); −1 is below both; ∞ above all. Positives −0, ∞; negatives 0, −1.
        // −0: 2·1 + 1 = 3; ∞: 2·2 = 4. Doubled 7 / (2·2·2) = 0.875.
        #expect(ClassifierMetrics.splitSortAUC(scores: [-0.0, 0, -1, .infinity], labels: [true, false, false, true])
            == 0.875)
    }

    @Test("the split-sort AUC equals the ranked AUC bit for bit on many tied scores")
    func splitSortAgreesWithRankedAUC() {
        var generator = ModelCheck.Generator(seed: 7)
        let scores = (0..<20_000).map { _ in Double(Int.random(in: -300...300, using: &generator)) / 97 }
        let labels = scores.map { _ in Int.random(in: 0..<10, using: &generator) == 0 }
        let order = ScoreOrder(scores)
        let ranked = ClassifierMetrics.auc(order, rankedLabels: order.labels(labels))
        #expect(ranked != nil)
        #expect(ClassifierMetrics.splitSortAUC(scores: scores, labels: labels) == ranked)
    }

    @Test("the bare-key radix sort sorts keys that differ in every digit")
    func bareKeySort() {
        var keys: [UInt64] = [.max, 0, 1 << 63, 0x0123_4567_89AB_CDEF, 1 << 11, 1 << 10, 0, 0xFFFF_FFFF]
        ScoreOrder.radixSort(&keys)
        #expect(keys == [0, 0, 1 << 10, 1 << 11, 0xFFFF_FFFF, 0x0123_4567_89AB_CDEF, 1 << 63, .max])
        var generator = ModelCheck.Generator(seed: 3)
        var many = (0..<10_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...60, using: &generator) }
        let expected = many.sorted()
        ScoreOrder.radixSort(&many)
        #expect(many == expected)
    }

    @Test("a batch of rows is counted by key from its positives' and negatives' keys sorted apart")
    func countedBatch() {
        // Keys 3 (positive), 9, 3, 5 (positive), 1, 3, 5 (positive): positives 3, 5, 5; negatives 1, 3, 3, 9.
        var counts = SortedRowCounts()
        counts.add(keys: [3, 9, 3, 5, 1, 3, 5], labels: [true, false, false, true, false, false, true])
        #expect(counts.entries == [KeyCount(key: 1, positives: 0, negatives: 1), KeyCount(key: 3, positives: 1, negatives: 2),
                                   KeyCount(key: 5, positives: 2, negatives: 0), KeyCount(key: 9, positives: 0, negatives: 1)])
        // A second batch merges: key 3 once more (positive), key 7 (negative).
        counts.add(keys: [7, 3], labels: [false, true])
        #expect(counts.entries == [KeyCount(key: 1, positives: 0, negatives: 1), KeyCount(key: 3, positives: 2, negatives: 2),
                                   KeyCount(key: 5, positives: 2, negatives: 0), KeyCount(key: 7, positives: 0, negatives: 1),
                                   KeyCount(key: 9, positives: 0, negatives: 1)])
    }
}
