/// An open-addressing hash table from 64-bit row keys to row indices, for `DistinctRows`.
///
/// Each slot holds the key beside the index, so a probe reads one slot array and nothing else;
/// linear probing keeps the probes of one key in one or two cache lines. Keys need not be
/// hashes (an early-warning key is a packed feature row), so the slot is taken from the key mixed
/// by the MurmurHash3 finaliser. The table doubles when it is three-quarters full.
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
        while 3 * size < 4 * reserving { size *= 2 }
        slots = Array(repeating: .empty, count: size)
    }

    /// Looks `key` up: the first stored entry with this key for which `matches(index)` holds, else
    /// the empty slot where the key would go.
    func probe(key: UInt64, matches: (Int) -> Bool) -> Probe {
        let mask = slots.count - 1
        var slot = Self.position(of: key) & mask
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
        if 4 * count > 3 * slots.count { grow() }
    }

    /// Doubles the slots and re-inserts every entry, in slot order.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: .empty, count: 2 * old.count)
        let mask = slots.count - 1
        for entry in old where entry.index >= 0 {
            var slot = Self.position(of: entry.key) & mask
            while slots[slot].index >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// The key mixed so that every bit of it affects the low bits (MurmurHash3's finaliser).
    @inline(__always)
    private static func position(of key: UInt64) -> Int {
        var mixed = key
        mixed ^= mixed >> 33
        mixed &*= 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        mixed &*= 0xC4CE_B9FE_1A85_EC53
        mixed ^= mixed >> 33
        return Int(truncatingIfNeeded: mixed)
    }
}
