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
    /// - Complexity: O(batch · ⌈key bits / 11⌉ + distinct keys).
    mutating func add(keys: [UInt64], labels: [Bool]) {
        precondition(keys.count == labels.count, "one label per key")
        let batch = KeyCount.sortedByKey(zip(keys, labels).map { key, label in
            KeyCount(key: key, positives: label ? 1 : 0, negatives: label ? 0 : 1)
        })
        var summed: [KeyCount] = []
        summed.reserveCapacity(batch.count)
        for entry in batch {
            if let last = summed.last, last.key == entry.key {
                summed[summed.count - 1].positives += entry.positives
                summed[summed.count - 1].negatives += entry.negatives
            } else {
                summed.append(entry)
            }
        }
        entries = Self.merged(entries, summed)
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
