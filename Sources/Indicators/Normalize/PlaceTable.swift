/// The distinct place texts of a lane (a row's institution code and name, sede and municipality, as
/// raw bytes), each with a dense id in first-seen order; id 0 is unused.
///
/// A shuffled export changes place on nearly every row, so this lookup runs once per row. It reads
/// the fields where they lie in the block (no copy), hashes the short code fields, the name's length
/// and its first and last eight bytes (every byte is still compared before a match), and keeps each
/// slot's hash and entry offset together, so that a hit costs one slot and one entry read.
///
/// Each entry in `entries` is its id (4 bytes), then each field's length (4 bytes each), then the
/// fields' bytes back to back. Equal raw fields, field by field, mean the same id.
struct PlaceTable {
    /// Per slot: the text's hash and 1 + its entry's offset in `entries` (0: empty slot).
    private var slots: [(hash: UInt64, entry: Int)]
    private var mask: Int
    private var entries: [UInt8] = []
    /// Ids in use, including the unused id 0.
    private(set) var count = 1

    /// Creates a table sized for about `capacity` distinct places.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: (0, 0), count: size)
        mask = size - 1
    }

    /// The id of the place whose fields are `fields[indices[k]]` of block `p`, adding it when new.
    mutating func id(_ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>,
                     _ indices: UnsafeBufferPointer<Int>) -> UInt32 {
        let base = UnsafeRawPointer(p.baseAddress!)
        let h = Self.hash(base, fields, indices)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let (slotHash, entry) = slots[slot]
            if entry == 0 { break }
            if slotHash == h, let id = matchingID(at: entry - 1, base, fields, indices) { return id }
            slot = (slot &+ 1) & mask
        }
        let id = UInt32(count)
        slots[slot] = (h, entries.count + 1)
        append(id, base, fields, indices)
        count += 1
        if count * 2 > slots.count { grow() }
        return id
    }

    /// The id stored at `offset` when its fields equal the row's, byte for byte.
    @inline(__always)
    private func matchingID(at offset: Int, _ base: UnsafeRawPointer, _ fields: UnsafeBufferPointer<FieldSpan>,
                            _ indices: UnsafeBufferPointer<Int>) -> UInt32? {
        entries.withUnsafeBytes { stored in
            var lengthAt = offset + 4
            var bytesAt = offset + 4 + 4 * indices.count
            for index in indices {
                let field = fields[index]
                let length = field.end - field.start
                guard Int(stored.loadUnaligned(fromByteOffset: lengthAt, as: UInt32.self)) == length,
                      ByteInterner.sameBytes(stored.baseAddress! + bytesAt, base + field.start, length)
                else { return nil }
                lengthAt += 4
                bytesAt += length
            }
            return stored.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        }
    }

    private mutating func append(_ id: UInt32, _ base: UnsafeRawPointer, _ fields: UnsafeBufferPointer<FieldSpan>,
                                 _ indices: UnsafeBufferPointer<Int>) {
        func appendWord(_ value: UInt32) {
            withUnsafeBytes(of: value.littleEndian) { entries.append(contentsOf: $0) }
        }
        appendWord(id)
        for index in indices { appendWord(UInt32(truncatingIfNeeded: fields[index].end - fields[index].start)) }
        for index in indices {
            let field = fields[index]
            entries.append(contentsOf: UnsafeRawBufferPointer(start: base + field.start, count: field.end - field.start))
        }
    }

    /// A hash of the fields: each field's length, and its bytes eight at a time, except that a field
    /// longer than 16 bytes (the institution name) gives only its first and last eight bytes.
    @inline(__always)
    static func hash(_ base: UnsafeRawPointer, _ fields: UnsafeBufferPointer<FieldSpan>,
                     _ indices: UnsafeBufferPointer<Int>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        @inline(__always) func mix(_ word: UInt64) {
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
        }
        for index in indices {
            let field = fields[index]
            let length = field.end - field.start
            mix(UInt64(truncatingIfNeeded: length))
            if length > 16 {
                mix(base.loadUnaligned(fromByteOffset: field.start, as: UInt64.self))
                mix(base.loadUnaligned(fromByteOffset: field.end - 8, as: UInt64.self))
                continue
            }
            var i = field.start
            while i + 8 <= field.end {
                mix(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < field.end {
                tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
                shift += 8
                i += 1
            }
            mix(tail)
        }
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: (0, 0), count: old.count * 2)
        mask = slots.count - 1
        for (h, entry) in old where entry != 0 {
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot].entry != 0 { slot = (slot &+ 1) & mask }
            slots[slot] = (h, entry)
        }
    }
}
