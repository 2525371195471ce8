/// An open-addressing hash table from 64-bit row hashes to row indices, for `DistinctRows`: several
/// rows may share a hash, so a probe asks the caller whether a stored row matches.
///
/// Each slot holds the hash beside the index, so a probe reads the slot array and, on an equal
/// hash, one row. Hashes must be well mixed (their low bits pick the slot). Linear probing; the
/// table doubles when seven-eighths full, so a hit still takes about three probes.
struct RowKeyTable: Sendable {
    /// One slot: a key and its row index, or an empty slot (index −1).
    private struct Slot {
        var key: UInt64
        var index: Int32
        static let empty = Slot(key: 0, index: -1)
    }

    /// What a probe found.
    enum Probe {
        /// The row index stored for the key.
        case found(Int)
        /// The empty slot where the key goes.
        case vacant(slot: Int)
    }

    /// The slots; their count is a power of two.
    private var slots: [Slot]
    /// Entries stored.
    private(set) var count = 0

    /// An empty table with room for `reserving` entries before it grows.
    init(reserving: Int) {
        var size = 1024
        while 7 * size < 8 * reserving { size *= 2 }
        slots = Array(repeating: .empty, count: size)
    }

    /// Looks `key` (a hash) up: the first stored entry with this key for which `matches(index)`
    /// holds, else the empty slot where the key would go.
    func probe(key: UInt64, matches: (Int) -> Bool) -> Probe {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry.index < 0 { return .vacant(slot: slot) }
                if entry.key == key && matches(Int(entry.index)) { return .found(Int(entry.index)) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `index` for `key` in `slot`, the vacant slot that `probe` just returned.
    mutating func insert(key: UInt64, index: Int, at slot: Int) {
        precondition(index >= 0 && index < Int(Int32.max), "row index out of range")
        slots[slot] = Slot(key: key, index: Int32(index))
        count += 1
        if 8 * count > 7 * slots.count { grow() }
    }

    /// Doubles the slots and re-inserts every entry, in slot order.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: .empty, count: 2 * old.count)
        let mask = slots.count - 1
        for entry in old where entry.index >= 0 {
            var slot = Int(truncatingIfNeeded: entry.key) & mask
            while slots[slot].index >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
