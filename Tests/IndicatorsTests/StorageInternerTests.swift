import Testing
@testable import Indicators

/// `ByteInterner`: dense ids in first-seen order, and merging a chunk's `ByteStringList` of keys.
@Suite("Storage: byte interner and key lists")
struct StorageInternerTests {
    static func list(_ keys: [String]) -> ByteStringList {
        var list = ByteStringList()
        for key in keys {
            var copy = key
            _ = copy.withUTF8 { list.append($0) }
        }
        return list
    }

    @Test("a list is numbered 1, 2, … in order, duplicates included")
    func listNumbers() {
        var list = ByteStringList()
        var numbers: [UInt32] = []
        for key in ["P1", "P2", "P1"] {
            var copy = key
            numbers.append(copy.withUTF8 { list.append($0) })
        }
        #expect(numbers == [1, 2, 3])
        #expect(list.count == 4)
    }

    @Test("merging a list: known keys keep their ids, new ones get the next ids in list order")
    func mergeList() {
        var interner = ByteInterner()
        #expect(interner.intern("P7") == 1)
        #expect(interner.intern("P8") == 2)
        let map = interner.merge(Self.list(["P9", "P8", "P10", "P9"]))
        #expect(map == [0, 3, 2, 4, 3])
        #expect((1..<interner.count).map { interner.string(UInt32($0)) } == ["P7", "P8", "P9", "P10"])
        #expect(interner.lookup("P10") == 4)
    }

    @Test("merging a list gives the ids of interning the same keys one by one")
    func mergeMatchesIntern() {
        let keys = (0..<5_000).map { "D\(($0 * 7_919) % 3_001)" }
        var oneByOne = ByteInterner()
        let expected = [0] + keys.map { oneByOne.intern($0) }
        var merged = ByteInterner()
        #expect(merged.merge(Self.list(keys)) == expected)
        #expect(merged.count == oneByOne.count)
    }

    @Test("student keys (P or D and 1 to 17 digits) and other texts share one numbering, each found again")
    func packedAndPlainKeys() {
        var interner = ByteInterner()
        // Packed: P7, P007 (leading zeros kept apart), D7, 17 digits. Plain: 18 digits, letters, a
        // lone tag, a code without tag.
        let texts = ["P7", "P007", "D7", "P12345678901234567", "P123456789012345678", "DTI5", "P", "7", "P7"]
        let ids = texts.map { interner.intern($0) }
        #expect(ids == [1, 2, 3, 4, 5, 6, 7, 8, 1])
        for (text, id) in zip(texts, ids) {
            #expect(interner.lookup(text) == id, "\(text)")
            #expect(interner.string(id) == text)
        }
        #expect(interner.lookup("D007") == nil)
        #expect(interner.lookup("P70") == nil)
        func packed(_ text: String) -> UInt64? { Array(text.utf8).withUnsafeBufferPointer { PackedKeyIndex.pack($0) } }
        #expect(packed("P007") != nil && packed("P007") != packed("P7"))
        #expect(packed("P123456789012345678") == nil && packed("DTI5") == nil)
    }

    @Test("a list packs its keys as it takes them, and merging packed and plain keys gives one-by-one ids")
    func listPacksKeys() {
        let keys = ["P7", "DTI5", "P007", "P123456789012345678", "D7", "P7", "DTI5", "P"]
        let list = Self.list(keys)
        func packed(_ text: String) -> UInt64 { Array(text.utf8).withUnsafeBufferPointer { PackedKeyIndex.pack($0) ?? 0 } }
        #expect(list.packedKeys == [0] + keys.map(packed))
        #expect(list.packedKeys[2] == 0 && list.packedKeys[4] == 0 && list.packedKeys[8] == 0)
        var interner = ByteInterner()
        #expect(interner.intern("D7") == 1)
        // D7 known (1); then first-seen order: P7 2, DTI5 3, P007 4, P1234…678 5, P 6.
        #expect(interner.merge(list) == [0, 2, 3, 4, 5, 1, 2, 3, 6])
    }

    @Test("a hundred thousand keys, packed and plain mixed, keep their ids through every resize")
    func manyKeys() {
        var interner = ByteInterner()
        let keys = (0..<100_000).map { $0 % 10 == 0 ? "X\($0)" : ($0 % 2 == 0 ? "P\($0)" : "D\($0)") }
        for (k, key) in keys.enumerated() { #expect(interner.intern(key) == UInt32(k + 1)) }
        #expect(keys.indices.allSatisfy { interner.lookup(keys[$0]) == UInt32($0 + 1) })
        #expect(interner.count == 100_001)
    }

    @Test("freeing the index keeps every text, id, hash and byte order")
    func freeIndexKeepsTexts() {
        var interner = ByteInterner()
        for key in ["P30", "D0A1", "P4", "D9"] { _ = interner.intern(key) }
        let ranks = interner.byteOrderRanks()
        let documents = interner.entries(startingWith: UInt8(ascii: "D")).map(\.hash)
        interner.freeIndex()
        #expect(interner.count == 5)
        #expect((1..<5).map { interner.string(UInt32($0)) } == ["P30", "D0A1", "P4", "D9"])
        #expect(interner.byteOrderRanks() == ranks)
        #expect(interner.entries(startingWith: UInt8(ascii: "D")).map(\.hash) == documents)
    }
}
