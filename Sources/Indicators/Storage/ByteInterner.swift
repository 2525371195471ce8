/// Dictionary encoding for text: maps byte strings to dense `UInt32` ids in first-seen order.
///
/// Id 0 is reserved for "null" (empty text), so a column of ids needs no separate validity bitmap.
/// Strings are stored back to back in one arena; lookups hash the bytes (FNV-1a) into an
/// open-addressing table; student keys (`P`/`D` and digits) are found through `PackedKeyIndex`
/// instead. No per-string allocation.
///
/// - Complexity: amortised O(length) per `intern`.
public struct ByteInterner: Sendable {
    private var arena: [UInt8] = []
    private var offsets: [Int] = [0, 0]          // entry i spans offsets[i]..<offsets[i+1]; entry 0 is null
    private var hashes: [UInt64] = [0]
    private var table: [UInt32]                  // 0 = empty slot, else entry id (unpacked texts only)
    private var mask: Int
    private var unpackedCount = 0                // entries in `table`
    private var packed = PackedKeyIndex()        // the entries `PackedKeyIndex.pack` accepts
    private var prefetchSink: UInt64 = 0         // keeps the reads of `internAll`'s first pass
    private var isIndexed = true                 // false once `freeIndex()` ran

    /// Creates an interner sized for about `capacity` distinct strings.
    public init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// Makes room for `additional` more student keys (texts `PackedKeyIndex` packs) without resizing.
    public mutating func reserve(_ additional: Int) {
        hashes.reserveCapacity(hashes.count + additional)
        offsets.reserveCapacity(offsets.count + additional)
        packed.reserve(additional)
    }

    /// Frees the tables that find a text's id (for millions of student keys, about 20 bytes per
    /// key), keeping every text, id and hash: for a store that no one will look up or add to again.
    /// Afterwards `intern` and `lookup` must not be called.
    public mutating func freeIndex() {
        packed = PackedKeyIndex()
        table = [0]
        mask = 0
        isIndexed = false
    }

    /// Number of ids in use, including the null id 0.
    public var count: Int { hashes.count }

    /// The id of `bytes`, inserting it when new; empty input gives the null id 0.

    public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if bytes.isEmpty { return 0 }
        return _intern(bytes, hash: ByteInterner.hash(bytes))
    }

    /// Like `intern`, but first compares with the id in `cache` (the previous value of a column whose
    /// values come in runs, like institution codes) and updates it.
    public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, cache: inout UInt32) -> UInt32 {
        if bytes.isEmpty { return 0 }
        if cache != 0 && equals(Int(cache), bytes) { return cache }
        cache = _intern(bytes, hash: ByteInterner.hash(bytes))
        return cache
    }

    /// The id of a Swift string (convenience for small tables).
    public mutating func intern(_ text: String) -> UInt32 {
        var copy = text
        return copy.withUTF8 { intern($0) }
    }

    /// The id of `bytes` if already present.
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        precondition(isIndexed, "lookup after freeIndex()")
        if bytes.isEmpty { return 0 }
        if let key = PackedKeyIndex.pack(bytes) { return packed.find(key) }
        let h = ByteInterner.hash(bytes)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = table[slot]
            if id == 0 { return nil }
            if hashes[Int(id)] == h && equals(Int(id), bytes) { return id }
            slot = (slot &+ 1) & mask
        }
    }

    /// The id of a Swift string if already present.
    public func lookup(_ text: String) -> UInt32? {
        var copy = text
        return copy.withUTF8 { lookup($0) }
    }

    /// The text of an id (`""` for the null id).
    public func string(_ id: UInt32) -> String {
        let i = Int(id)
        return String(decoding: arena[offsets[i]..<offsets[i + 1]], as: UTF8.self)
    }

    /// The ids whose text starts with `byte`, with their stored hashes (`ByteInterner.hash`), in id
    /// order.
    func entries(startingWith byte: UInt8) -> [(id: UInt32, hash: UInt64)] {
        var found: [(id: UInt32, hash: UInt64)] = []
        arena.withUnsafeBufferPointer { a in
            for id in 1..<max(1, hashes.count) where offsets[id] < offsets[id + 1] && a[offsets[id]] == byte {
                found.append((UInt32(id), hashes[id]))
            }
        }
        return found
    }

    /// Adds the entries of `other` with ids in `ids` (in id order) and appends their ids here to `map`.
    mutating func merge(_ other: ByteInterner, ids: Range<Int>, into map: inout [UInt32]) {
        map.reserveCapacity(map.count + ids.count)
        other.arena.withUnsafeBufferPointer { buffer in
            for i in ids {
                let bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[other.offsets[i]..<other.offsets[i + 1]])
                map.append(_intern(bytes.assumingMemoryBound(to: UInt8.self), hash: other.hashes[i]))
            }
        }
    }

    /// Interns strings stored back to back — string i (i ≥ 1) at `arena[offsets[i]..<offsets[i + 1]]`
    /// with hash `hashes[i]` and packed key `packedKeys[i]` (0: does not pack) — in order, and
    /// returns the id of each i (index 0 maps to the null id).
    ///
    /// The strings go in batches of 16: first each one's slot is read, so that the cache misses of a
    /// batch (the run's key index is far larger than the cache) overlap, then they are interned.
    mutating func internAll(arena: [UInt8], offsets: [Int], hashes: [UInt64], packedKeys: [UInt64]) -> [UInt32] {
        var map = [UInt32](repeating: 0, count: hashes.count)
        var touched: UInt64 = 0
        arena.withUnsafeBufferPointer { buffer in
            func string(_ i: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: buffer[offsets[i]..<offsets[i + 1]])
            }
            var batch = 1
            while batch < hashes.count {
                let end = min(hashes.count, batch + 16)
                for i in batch..<end {
                    let key = packedKeys[i]
                    touched ^= key != 0 ? packed.firstSlot(key)
                        : UInt64(table.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: hashes[i]) & mask] })
                }
                for i in batch..<end {
                    let key = packedKeys[i]
                    map[i] = key != 0 ? internPacked(key, string(i), hash: hashes[i]) : _intern(string(i), hash: hashes[i])
                }
                batch = end
            }
        }
        prefetchSink = touched
        return map
    }

    /// The id of a text whose packed key is `key`, inserting it when new.
    @inline(__always)
    private mutating func internPacked(_ key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> UInt32 {
        precondition(isIndexed, "intern after freeIndex()")
        if let id = packed.find(key) { return id }
        let id = append(bytes, hash: h)
        packed.insert(key, id: id)
        return id
    }

    /// A 64-bit hash of the bytes, eight at a time (multiply–xorshift mixing).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(n &+ 1)
        var i = 0
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while i + 8 <= n {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        if i < n {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                word |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ word) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 29
        }
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    mutating func _intern(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> UInt32 {
        precondition(isIndexed, "intern after freeIndex()")
        if let key = PackedKeyIndex.pack(bytes) { return internPacked(key, bytes, hash: h) }
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = table[slot]
            if id == 0 { break }
            if hashes[Int(id)] == h && equals(Int(id), bytes) { return id }
            slot = (slot &+ 1) & mask
        }
        let id = append(bytes, hash: h)
        table[slot] = id
        unpackedCount += 1
        if unpackedCount * 2 > table.count { grow() }
        return id
    }

    /// Stores a new entry and returns its id.
    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> UInt32 {
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        hashes.append(h)
        return UInt32(hashes.count - 1)
    }

    /// The rank of every id when the texts are sorted in byte order (unsigned bytes, a proper prefix
    /// first): `ranks[id]`, with the null id 0 at rank 0. Unlike the ids, which follow first
    /// appearance, the ranks depend only on the set of texts, so an order built on them does not
    /// depend on the order of the input.
    ///
    /// - Complexity: O(n) radix passes on the first 16 bytes, then a comparison sort of each run of
    ///   texts that share them.
    public func byteOrderRanks() -> [UInt32] {
        let n = hashes.count
        guard n > 1 else { return Array(repeating: 0, count: n) }
        var head = [UInt64](repeating: 0, count: n), tail = head
        arena.withUnsafeBufferPointer { a in
            for id in 1..<n {
                var first: UInt64 = 0, second: UInt64 = 0
                let start = offsets[id], end = offsets[id + 1]
                for k in 0..<16 {
                    let byte = start + k < end ? UInt64(a[start + k]) : 0
                    if k < 8 { first |= byte << UInt64(56 - 8 * k) } else { second |= byte << UInt64(120 - 8 * k) }
                }
                head[id] = first
                tail[id] = second
            }
        }
        // Stable LSD: by the second word, then by the first.
        let bySecond = RadixSort.sortedIndices(tail, bits: 64)
        let firstInOrder = bySecond.map { head[Int($0)] }
        var order = RadixSort.sortedIndices(firstInOrder, bits: 64).map { bySecond[Int($0)] }
        // Runs that share 16 bytes (or differ only by trailing NULs): compare the whole texts.
        var start = 0
        while start < n {
            var end = start + 1
            while end < n && head[Int(order[end])] == head[Int(order[start])]
                && tail[Int(order[end])] == tail[Int(order[start])] { end += 1 }
            if end - start > 1 { order[start..<end].sort { lessInBytes(Int($0), Int($1)) } }
            start = end
        }
        var ranks = [UInt32](repeating: 0, count: n)
        for (rank, id) in order.enumerated() { ranks[Int(id)] = UInt32(rank) }
        return ranks
    }

    /// Whether the text of `a` comes before that of `b` in byte order (the null text first).
    private func lessInBytes(_ a: Int, _ b: Int) -> Bool {
        let aStart = offsets[a], aEnd = a == 0 ? aStart : offsets[a + 1]
        let bStart = offsets[b], bEnd = b == 0 ? bStart : offsets[b + 1]
        let common = min(aEnd - aStart, bEnd - bStart)
        let compared = arena.withUnsafeBufferPointer { p in
            common == 0 ? 0 : Platform.compareBytes(p.baseAddress! + aStart, p.baseAddress! + bStart, count: common)
        }
        return compared != 0 ? compared < 0 : (aEnd - aStart) < (bEnd - bStart)
    }

    @inline(__always)
    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, end) = offsets.withUnsafeBufferPointer { ($0[id], $0[id + 1]) }
        if end - start != bytes.count { return false }
        return arena.withUnsafeBufferPointer { a in
            ByteInterner.sameBytes(UnsafeRawPointer(a.baseAddress! + start), UnsafeRawPointer(bytes.baseAddress!), bytes.count)
        }
    }

    /// Whether `count` bytes at `a` and `b` are equal, eight at a time: the keys and codes compared
    /// here are short (4–20 bytes), where a call to `memcmp` costs more than the comparison.
    @inline(__always)
    static func sameBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < count {
            if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }

    /// Whether entry `id` lives in the packed-key index rather than in `table`.
    private func isPacked(_ id: Int) -> Bool {
        arena.withUnsafeBufferPointer { a in
            PackedKeyIndex.pack(UnsafeBufferPointer(rebasing: a[offsets[id]..<offsets[id + 1]])) != nil
        }
    }

    private mutating func grow() { rehash(table.count * 2) }

    private mutating func rehash(_ size: Int) {
        table = Array(repeating: 0, count: size)
        mask = size - 1
        for id in 1..<hashes.count where !isPacked(id) {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while table[slot] != 0 { slot = (slot &+ 1) & mask }
            table[slot] = UInt32(id)
        }
    }
}
