import Testing
@testable import Indicators

/// `RadixSort.sortedIndices`: stable, on the low `bits` bits, packed or not.
@Suite("Linkage: radix sort of record indices")
struct LinkageRadixSortTests {
    /// The order a stable comparison sort gives: by the low `bits` bits, then by index.
    static func expected(_ keys: [UInt64], bits: Int) -> [UInt32] {
        let mask: UInt64 = bits == 64 ? .max : (1 << UInt64(bits)) - 1
        return keys.indices.sorted { (keys[$0] & mask, $0) < (keys[$1] & mask, $1) }.map(UInt32.init)
    }

    @Test("five keys by hand: equal keys keep their input order")
    func byHand() {
        // Keys 3, 1, 2, 1, 0: key 0 is index 4, the two 1s are indices 1 and 3, then 2 (index 2), 3 (index 0).
        #expect(RadixSort.sortedIndices([3, 1, 2, 1, 0], bits: 2) == [4, 1, 3, 2, 0])
        // Only the low bits count: 5 (101) and 1 (001) are equal on two bits.
        #expect(RadixSort.sortedIndices([5, 1, 2], bits: 2) == [0, 1, 2])
    }

    @Test("many keys of every width, packed with their indices or not, equal a stable sort",
          arguments: [1, 11, 12, 30, 41, 52, 64])
    func matchesStableSort(_ bits: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(bits)
        let keys: [UInt64] = (0..<40_000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state % 7 == 0 ? 12345 : state >> 3   // many ties on one key
        }
        #expect(RadixSort.sortedIndices(keys, bits: bits) == Self.expected(keys, bits: bits))
    }

    @Test("over a million keys, sorted in one range per core, equal a stable sort", arguments: [30])
    func largeInputInParts(_ bits: Int) {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D &* UInt64(bits)
        let keys: [UInt64] = (0..<(1 << 20) + 4_097).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state % 5 == 0 ? 777 : state >> 20   // many ties across the ranges
        }
        #expect(RadixSort.sortedIndices(keys, bits: bits) == Self.expected(keys, bits: bits))
    }
}
