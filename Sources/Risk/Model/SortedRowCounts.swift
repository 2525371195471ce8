/// How many rows carry each 64-bit key, by label, kept as one list sorted by key: rows arrive in
/// batches (a year of early-warning rows), each batch is radix-sorted, its equal keys summed, and
/// the result merged into the list.
///
/// The same counts as `KeyedRowCounts`, in the same (ascending key) order, without a hash table:
/// every step reads and writes sequentially, where a table of millions of keys costs a cache miss
/// per row, and the distinct rows need no final sort.
struct SortedRowCounts: Sendable {
    /// The distinct keys so far, ascending, with their counts.
    private(set) var entries: [KeyCount] = []

    /// Counts one batch of rows: row i has key `keys[i]` and label `labels[i]`.
    ///
    /// The positives' and the negatives' keys are sorted apart (bare 8-byte keys,
    /// `ScoreOrder.radixSort`) and merged into the batch's distinct keys with their counts.
    ///
    /// - Complexity: O(batch · ⌈key bits / 11⌉ + distinct keys).
    mutating func add(keys: [UInt64], labels: [Bool]) {
        precondition(keys.count == labels.count, "one label per key")
        var positives: [UInt64] = [], negatives: [UInt64] = []
        let positiveCount = labels.count(where: \.self)
        positives.reserveCapacity(positiveCount)
        negatives.reserveCapacity(keys.count - positiveCount)
        for (key, label) in zip(keys, labels) {
            if label { positives.append(key) } else { negatives.append(key) }
        }
        ScoreOrder.radixSort(&positives)
        ScoreOrder.radixSort(&negatives)
        entries = Self.merged(entries, Self.counted(positives: positives, negatives: negatives))
    }

    /// The distinct keys of two ascending lists, ascending, with how many times each occurs in each.
    static func counted(positives: [UInt64], negatives: [UInt64]) -> [KeyCount] {
        var result: [KeyCount] = []
        result.reserveCapacity(max(positives.count, negatives.count))
        positives.withUnsafeBufferPointer { positives in
            negatives.withUnsafeBufferPointer { negatives in
                var i = 0, j = 0
                while i < positives.count || j < negatives.count {
                    let key = j == negatives.count || (i < positives.count && positives[i] < negatives[j])
                        ? positives[i] : negatives[j]
                    var entry = KeyCount(key: key, positives: 0, negatives: 0)
                    while i < positives.count && positives[i] == key {
                        entry.positives += 1
                        i += 1
                    }
                    while j < negatives.count && negatives[j] == key {
                        entry.negatives += 1
                        j += 1
                    }
                    result.append(entry)
                }
            }
        }
        return result
    }

    /// Number of distinct keys.
    var count: Int { entries.count }

    /// The distinct rows, by key ascending, with their counts; `writingRow(key, row)` writes the
    /// values of the row named `key` (column order).
    ///
    /// - Complexity: O(distinct keys × columns).
    func distinctRows(
        columnNames: [String], writingRow: (UInt64, UnsafeMutableBufferPointer<Float>) -> Void
    ) -> DistinctRows {
        KeyCount.distinctRows(entries, columnNames: columnNames, writingRow: writingRow)
    }

    /// Two ascending lists of distinct keys merged into one, the counts of a key in both summed.
    private static func merged(_ a: [KeyCount], _ b: [KeyCount]) -> [KeyCount] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var result: [KeyCount] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i].key < b[j].key {
                result.append(a[i])
                i += 1
            } else if b[j].key < a[i].key {
                result.append(b[j])
                j += 1
            } else {
                result.append(KeyCount(key: a[i].key, positives: a[i].positives + b[j].positives,
                                       negatives: a[i].negatives + b[j].negatives))
                i += 1
                j += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }
}
