/// An index of the texts `P` or `D` followed by 1 to 17 ASCII digits (the student keys of nearly
/// every record: `P` + PER_ID, `D` + document) packed into one word each, for `ByteInterner`.
///
/// A packed key is its own proof of equality, so a lookup reads one 16-byte slot: no stored hash,
/// offset or text to compare, which for millions of keys are four cache misses instead of one.
/// The packing keeps the number of digits, so `P007` and `P7` stay different keys.
struct PackedKeyIndex: Sendable {
    private struct Slot {
        var key: UInt64 = 0      // 0: empty (a packed key has at least one digit, so it is never 0)
        var id: UInt32 = 0
    }
    private var slots: [Slot] = []
    private var mask = -1
    /// Keys in the index.
    private(set) var count = 0

    /// The packed form of `bytes`, or nil when they are not `P`/`D` and 1 to 17 digits: the tag in
    /// bit 63, the number of digits in bits 57–62, the digits' value (below 10¹⁷ < 2⁵⁷) beneath.
    @inline(__always)
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = bytes.count
        guard n >= 2 && n <= 18 else { return nil }
        let tag = bytes[0]
        guard tag == UInt8(ascii: "P") || tag == UInt8(ascii: "D") else { return nil }
        var value: UInt64 = 0
        for i in 1..<n {
            let digit = bytes[i] &- 0x30
            guard digit < 10 else { return nil }
            value = value &* 10 &+ UInt64(digit)
        }
        return (tag == UInt8(ascii: "P") ? 1 << 63 : 0) | UInt64(n - 1) << 57 | value
    }

    /// The id stored for `key`, or nil.
    @inline(__always)
    func find(_ key: UInt64) -> UInt32? {
        guard count > 0 else { return nil }
        return slots.withUnsafeBufferPointer { s in
            var slot = Self.start(key) & mask
            while true {
                let entry = s[slot]
                if entry.key == key { return entry.id }
                if entry.key == 0 { return nil }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// The key in the first slot `key` probes (0 when empty or when the index is empty): read to bring
    /// the slot into the cache before a batch of lookups.
    @inline(__always)
    func firstSlot(_ key: UInt64) -> UInt64 {
        guard count > 0 else { return 0 }
        return slots.withUnsafeBufferPointer { $0[Self.start(key) & mask].key }
    }

    /// Stores `id` for `key` (not in the index yet).
    mutating func insert(_ key: UInt64, id: UInt32) {
        if (count + 1) * 2 > slots.count { resize(max(16, slots.count * 2)) }
        place(key, id)
        count += 1
    }

    /// Makes room for `additional` more keys without resizing.
    mutating func reserve(_ additional: Int) {
        var size = max(16, slots.count)
        while size < (count + additional) * 2 { size <<= 1 }
        if size > slots.count { resize(size) }
    }

    private mutating func place(_ key: UInt64, _ id: UInt32) {
        var slot = Self.start(key) & mask
        while slots[slot].key != 0 { slot = (slot &+ 1) & mask }
        slots[slot] = Slot(key: key, id: id)
    }

    private mutating func resize(_ size: Int) {
        let old = slots
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
        for entry in old where entry.key != 0 { place(entry.key, entry.id) }
    }

    /// The first slot to probe (multiplicative mixing: packed keys of consecutive documents differ
    /// only in their low bits).
    @inline(__always)
    private static func start(_ key: UInt64) -> Int {
        let mixed = (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 32))
    }
}
