/// The person ids each normalised document is carried with: an open-addressing table from a
/// document key's hash to its owner — the one person key id seen with it, or `ambiguous` once a
/// second, different one is seen.
///
/// Keys are `ByteInterner.hash` values of `D` + document (never 0). Two different documents with
/// the same 64-bit hash would be taken as one; over 10 million documents the chance is about 3·10⁻⁶.
///
/// - Complexity: O(1) expected per `record`; memory 20 bytes per slot, at most half the slots used.
struct DocumentOwnerTable {
    /// Owner value of a document seen with two or more person ids.
    static let ambiguous = UInt32.max

    private var keys: [UInt64]
    private var owners: [UInt32]
    private var firstRecords: [Int32]
    private var conflictRecords: [Int32]
    private var mask: Int
    private(set) var count = 0

    /// Creates a table sized for about `capacity` documents.
    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        owners = [UInt32](repeating: 0, count: size)
        firstRecords = [Int32](repeating: -1, count: size)
        conflictRecords = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Notes that `record`, of person key `owner`, carries the document with hash `key`.
    mutating func record(_ key: UInt64, owner: UInt32, record: Int32) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key {
                if owners[slot] != owner && owners[slot] != Self.ambiguous {
                    owners[slot] = Self.ambiguous
                    conflictRecords[slot] = record
                }
                return
            }
            if stored == 0 { break }
            slot = (slot &+ 1) & mask
        }
        keys[slot] = key
        owners[slot] = owner
        firstRecords[slot] = record
        count += 1
        if count * 2 > keys.count { grow() }
    }

    /// The owner of the document with hash `key` (`ambiguous` when several), nil when unseen.
    func owner(of key: UInt64) -> UInt32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return owners[slot] }
            if stored == 0 { return nil }
            slot = (slot &+ 1) & mask
        }
    }

    /// The ambiguous documents: how many, and the first and conflicting records of the one whose
    /// first record comes first.
    func ambiguities() -> (count: Int, example: (first: Int32, conflict: Int32)?) {
        var total = 0
        var example: (first: Int32, conflict: Int32)?
        for slot in owners.indices where keys[slot] != 0 && owners[slot] == Self.ambiguous {
            total += 1
            if example == nil || firstRecords[slot] < example!.first {
                example = (firstRecords[slot], conflictRecords[slot])
            }
        }
        return (total, example)
    }

    private mutating func grow() {
        let old = (keys, owners, firstRecords, conflictRecords)
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        owners = [UInt32](repeating: 0, count: size)
        firstRecords = [Int32](repeating: -1, count: size)
        conflictRecords = [Int32](repeating: -1, count: size)
        mask = size - 1
        for i in old.0.indices where old.0[i] != 0 {
            var slot = Int(truncatingIfNeeded: old.0[i]) & mask
            while keys[slot] != 0 { slot = (slot &+ 1) & mask }
            keys[slot] = old.0[i]
            owners[slot] = old.1[i]
            firstRecords[slot] = old.2[i]
            conflictRecords[slot] = old.3[i]
        }
    }
}
