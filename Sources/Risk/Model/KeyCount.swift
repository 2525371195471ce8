/// A 64-bit row key with how many rows carry it, by label: the entry of `KeyedRowCounts` and
/// `SortedRowCounts`.
struct KeyCount: Sendable, Equatable {
    /// The key (a packed feature row).
    var key: UInt64 = 0
    /// Rows with a positive label.
    var positives: UInt32 = 0
    /// Rows with a negative label.
    var negatives: UInt32 = 0

    /// Whether no row carries the key (an empty hash slot).
    var isEmpty: Bool { positives == 0 && negatives == 0 }

    /// `entries` by key ascending, equal keys in their original order (a stable LSD radix sort of the
    /// entries themselves: 11-bit digits up to the highest key bit, digits shared by every key
    /// skipped), so each pass reads sequentially and nothing is gathered through an index.
    ///
    /// - Complexity: O(n · ⌈bits / 11⌉), one scratch copy of the entries.
    static func sortedByKey(_ entries: [KeyCount]) -> [KeyCount] {
        var source = entries
        let n = source.count
        guard n > 1 else { return source }
        let highest = source.reduce(UInt64(0)) { $0 | $1.key }
        let bits = UInt64.bitWidth - highest.leadingZeroBitCount
        let digitBits = 11, mask = UInt64((1 << digitBits) - 1)
        var target = source
        var histogram = [Int](repeating: 0, count: 1 << digitBits)
        var shift = 0
        while shift < bits {
            let digitShift = UInt64(shift)
            shift += digitBits
            histogram.withUnsafeMutableBufferPointer { histogram in
                for digit in histogram.indices { histogram[digit] = 0 }
                source.withUnsafeBufferPointer { source in
                    for entry in source { histogram[Int((entry.key >> digitShift) & mask)] += 1 }
                }
            }
            if histogram.contains(n) { continue }  // one digit for every key: the pass changes nothing
            var total = 0
            for digit in histogram.indices {
                (histogram[digit], total) = (total, total + histogram[digit])
            }
            histogram.withUnsafeMutableBufferPointer { histogram in
                source.withUnsafeBufferPointer { source in
                    target.withUnsafeMutableBufferPointer { target in
                        for entry in source {
                            let digit = Int((entry.key >> digitShift) & mask)
                            target[histogram[digit]] = entry
                            histogram[digit] += 1
                        }
                    }
                }
            }
            swap(&source, &target)
        }
        return source
    }

    /// The distinct rows named by `entries` (ascending, distinct keys), in that order, with their
    /// counts; `writingRow(key, row)` writes the values of the row named `key` (column order).
    ///
    /// - Complexity: O(entries × columns).
    static func distinctRows(
        _ entries: [KeyCount], columnNames: [String], writingRow: (UInt64, UnsafeMutableBufferPointer<Float>) -> Void
    ) -> DistinctRows {
        let columns = columnNames.count
        // Every value is written below, so the matrix is not zeroed first.
        let values = [Float](unsafeUninitializedCapacity: entries.count * columns) { values, initialized in
            for (row, entry) in entries.enumerated() {
                writingRow(entry.key, UnsafeMutableBufferPointer(rebasing: values[(row * columns)..<(row * columns + columns)]))
            }
            initialized = entries.count * columns
        }
        let counts = entries.map { DistinctRows.LabelCounts(positives: Double($0.positives), negatives: Double($0.negatives)) }
        return DistinctRows(columnNames: columnNames, values: values, counts: counts)
    }
}
