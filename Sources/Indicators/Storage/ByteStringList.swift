/// Byte strings appended back to back with their `ByteInterner` hashes, numbered 1, 2, … in order
/// (0 stands for "none", as the null id of a `ByteInterner`).
///
/// A chunk of a file collects its student keys here instead of interning them: nearly every key is
/// distinct within a file, so a local dictionary would only be probed to insert. The run's
/// `ByteInterner` then takes the whole list at once (`ByteInterner.merge(_:)`).
struct ByteStringList: Sendable {
    private(set) var arena: [UInt8] = []
    private(set) var offsets: [Int] = [0, 0]   // string i spans offsets[i]..<offsets[i+1]; string 0 is empty
    private(set) var hashes: [UInt64] = [0]
    /// Each string's `PackedKeyIndex` key, 0 when it does not pack: packed on the chunk's thread,
    /// not in the sequential merge.
    private(set) var packedKeys: [UInt64] = [0]

    /// Number of strings plus one (the unused number 0), as `ByteInterner.count`.
    var count: Int { hashes.count }

    /// Makes room for `strings` more strings of about `bytes` bytes in all.
    mutating func reserve(strings: Int, bytes: Int) {
        arena.reserveCapacity(arena.count + bytes)
        offsets.reserveCapacity(offsets.count + strings)
        hashes.reserveCapacity(hashes.count + strings)
        packedKeys.reserveCapacity(packedKeys.count + strings)
    }

    /// Appends `bytes` (non-empty) and returns its number.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        hashes.append(ByteInterner.hash(bytes))
        packedKeys.append(PackedKeyIndex.pack(bytes) ?? 0)
        return UInt32(hashes.count - 1)
    }
}

extension ByteInterner {
    /// Interns every string of `list` in order and returns the id of each string number (index 0,
    /// the unused number, maps to the null id 0).
    mutating func merge(_ list: ByteStringList) -> [UInt32] {
        internAll(arena: list.arena, offsets: list.offsets, hashes: list.hashes, packedKeys: list.packedKeys)
    }
}
