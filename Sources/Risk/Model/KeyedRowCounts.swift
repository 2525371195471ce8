/// How many rows carry each 64-bit key, by label, for rows named by an exact key (equal keys mean
/// equal feature rows): the cheap way to collapse millions of rows into `DistinctRows`.
///
/// An open-addressing hash table whose slot holds the key beside its two counts, so counting a row
/// touches one slot and nothing else (one cache miss at most, for a table of a few megabytes).
/// Keys are mixed by the MurmurHash3 finaliser before they pick a slot, because packed feature rows
/// are far from random; linear probing; the table doubles when seven-eighths full, so a hit still
/// takes about three probes. Distinct rows come out in ascending key order, which depends only on
/// the set of keys added (not on the order in which rows were counted), so sums over them are
/// identical run to run and whatever the order of the input files.
struct KeyedRowCounts: Sendable {
    /// One slot: a key and how many rows carry it, by label; empty when both counts are 0.
    private typealias Slot = KeyCount

    /// The slots; their count is a power of two.
    private var slots = [Slot](repeating: Slot(), count: 1024)
    /// Distinct keys stored.
    private(set) var count = 0

    /// Counts one more row with key `key` and label `label`.
    ///
    /// - Complexity: O(1) expected.
    mutating func add(key: UInt64, label: Bool) {
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: Self.mixed(key)) & mask
        let isNew: Bool = slots.withUnsafeMutableBufferPointer { slots in
            while !slots[position].isEmpty && slots[position].key != key {
                position = (position + 1) & mask
            }
            let isNew = slots[position].isEmpty
            slots[position].key = key
            if label {
                slots[position].positives += 1
            } else {
                slots[position].negatives += 1
            }
            return isNew
        }
        if isNew {
            count += 1
            if 8 * count > 7 * slots.count { grow() }
        }
    }

    /// The distinct rows, by key ascending, with their counts; `writingRow(key, row)` writes the
    /// values of the row named `key` (column order).
    ///
    /// - Complexity: O(slots + distinct keys × columns), plus a radix sort of the filled slots.
    func distinctRows(
        columnNames: [String], writingRow: (UInt64, UnsafeMutableBufferPointer<Float>) -> Void
    ) -> DistinctRows {
        KeyCount.distinctRows(KeyCount.sortedByKey(slots.filter { !$0.isEmpty }), columnNames: columnNames,
                              writingRow: writingRow)
    }

    /// Every distinct key with its counts, by key ascending.
    var entries: [(key: UInt64, positives: Int, negatives: Int)] {
        KeyCount.sortedByKey(slots.filter { !$0.isEmpty }).map { ($0.key, Int($0.positives), Int($0.negatives)) }
    }

    /// Doubles the slots and re-inserts every key, in slot order.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: 2 * old.count)
        let mask = slots.count - 1
        for entry in old where !entry.isEmpty {
            var position = Int(truncatingIfNeeded: Self.mixed(entry.key)) & mask
            while !slots[position].isEmpty { position = (position + 1) & mask }
            slots[position] = entry
        }
    }

    /// `key` mixed so that every bit of it affects the low bits (MurmurHash3's finaliser, a bijection).
    @inline(__always)
    static func mixed(_ key: UInt64) -> UInt64 {
        var mixed = key
        mixed ^= mixed >> 33
        mixed &*= 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        mixed &*= 0xC4CE_B9FE_1A85_EC53
        mixed ^= mixed >> 33
        return mixed
    }
}
