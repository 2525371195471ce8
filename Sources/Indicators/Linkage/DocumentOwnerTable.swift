/// The person ids each normalised document is carried with: an open-addressing table from a
/// document key's hash to its owner — the one person key id seen with it, or `ambiguous` once a
/// second, different one is seen.
///
/// Keys are `ByteInterner.hash` values of `D` + document (never 0). Two different documents with
/// the same 64-bit hash would be taken as one; over 10 million documents the chance is about 3·10⁻⁶.
/// A slot's key, owner and first record share 16 bytes, so a probe touches one cache line.
///
/// - Complexity: O(1) expected per `record`; memory 20 bytes per slot, at most half the slots used.
struct DocumentOwnerTable {
    /// Owner value of a document seen with two or more person ids.
    static let ambiguous = UInt32.max

    /// One slot: `key` 0 when empty.
    private struct Slot {
        var key: UInt64 = 0
        var owner: UInt32 = 0
        var firstRecord: Int32 = -1
    }

    private var slots: [Slot]
    private var conflictRecords: [Int32]
    private var mask: Int
    private(set) var count = 0
    /// Keeps the reads of `firstSlotKey` (see `DocumentLinker`) from being optimised away.
    var prefetchSink: UInt64 = 0

    /// Creates a table sized for about `capacity` documents.
    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        conflictRecords = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Notes that `record`, of person key `owner`, carries the document with hash `key`.
    mutating func record(_ key: UInt64, owner: UInt32, record: Int32) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = slots[slot]
            if stored.key == key {
                if stored.owner != owner && stored.owner != Self.ambiguous {
                    slots[slot].owner = Self.ambiguous
                    conflictRecords[slot] = record
                }
                return
            }
            if stored.key == 0 { break }
            slot = (slot &+ 1) & mask
        }
        slots[slot] = Slot(key: key, owner: owner, firstRecord: record)
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// The key stored in `key`'s first slot: reading it ahead brings the slot into the cache, so that
    /// the reads of a batch of records overlap instead of waiting one after another.
    func firstSlotKey(_ key: UInt64) -> UInt64 {
        slots.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: key) & mask].key }
    }

    /// The owner of the document with hash `key` (`ambiguous` when several), nil when unseen.
    func owner(of key: UInt64) -> UInt32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = slots[slot]
            if stored.key == key { return stored.owner }
            if stored.key == 0 { return nil }
            slot = (slot &+ 1) & mask
        }
    }

    /// The ambiguous documents: how many, and the first and conflicting records of the one whose
    /// first record comes first.
    func ambiguities() -> (count: Int, example: (first: Int32, conflict: Int32)?) {
        var total = 0
        var example: (first: Int32, conflict: Int32)?
        for (index, slot) in slots.enumerated() where slot.key != 0 && slot.owner == Self.ambiguous {
            total += 1
            if example == nil || slot.firstRecord < example!.first {
                example = (slot.firstRecord, conflictRecords[index])
            }
        }
        return (total, example)
    }

    private mutating func grow() {
        let old = (slots, conflictRecords)
        let size = slots.count * 2
        slots = [Slot](repeating: Slot(), count: size)
        conflictRecords = [Int32](repeating: -1, count: size)
        mask = size - 1
        for i in old.0.indices where old.0[i].key != 0 {
            var slot = Int(truncatingIfNeeded: old.0[i].key) & mask
            while slots[slot].key != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = old.0[i]
            conflictRecords[slot] = old.1[i]
        }
    }
}
