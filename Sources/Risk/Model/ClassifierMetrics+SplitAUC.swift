extension ClassifierMetrics {
    /// `auc(scores:labels:)` without ranking the rows: the positives' and the negatives' scores are
    /// sorted apart, as bare keys (`ScoreOrder.orderedKey`, no row index: the AUC does not depend
    /// on the order within a tie), and merged. Each positive of score v adds 2·(negatives below v)
    /// + (negatives at v) to the doubled wins, the same integer as the tie-group sum, divided once:
    /// the result is the same `Double`, bit for bit.
    ///
    /// - Complexity: O(n) (two radix sorts of 8-byte keys, one merge).
    static func splitSortAUC(scores: [Double], labels: [Bool]) -> Double? {
        precondition(scores.count == labels.count, "one label per score")
        let positiveCount = labels.count(where: \.self)
        let negativeCount = labels.count - positiveCount
        guard positiveCount > 0 && negativeCount > 0 else { return nil }
        var positives = [UInt64](), negatives = [UInt64]()
        positives.reserveCapacity(positiveCount)
        negatives.reserveCapacity(negativeCount)
        scores.withUnsafeBufferPointer { scores in
            labels.withUnsafeBufferPointer { labels in
                for row in scores.indices {
                    let key = ScoreOrder.orderedKey(scores[row])
                    if labels[row] { positives.append(key) } else { negatives.append(key) }
                }
            }
        }
        ScoreOrder.radixSort(&positives)
        ScoreOrder.radixSort(&negatives)
        let doubledWins = positives.withUnsafeBufferPointer { positives in
            negatives.withUnsafeBufferPointer { negatives in
                mergedDoubledWins(positives: positives, negatives: negatives)
            }
        }
        return Double(doubledWins) / (2 * Double(positiveCount) * Double(negativeCount))
    }

    /// Σ over the positives of 2·(negatives below) + (negatives equal), both lists ascending.
    private static func mergedDoubledWins(positives: UnsafeBufferPointer<UInt64>,
                                          negatives: UnsafeBufferPointer<UInt64>) -> Int {
        var wins = 0
        var below = 0  // negatives strictly below the current positive key
        var i = 0
        while i < positives.count {
            let key = positives[i]
            var groupEnd = i + 1
            while groupEnd < positives.count && positives[groupEnd] == key { groupEnd += 1 }
            while below < negatives.count && negatives[below] < key { below += 1 }
            var equalEnd = below
            while equalEnd < negatives.count && negatives[equalEnd] == key { equalEnd += 1 }
            wins += (groupEnd - i) * (2 * below + (equalEnd - below))
            i = groupEnd
        }
        return wins
    }
}
