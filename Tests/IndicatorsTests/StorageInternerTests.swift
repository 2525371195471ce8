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
}
