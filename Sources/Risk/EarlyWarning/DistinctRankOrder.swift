/// Sorts rows whose keys are distinct ranks below a known bound, without a sort: each row is placed
/// in the slot of its rank, and the slots are read in order. The early-warning rows of one year have
/// one student each, and the students' byte-order ranks are distinct, so their order by student
/// key is found in one scattered write per row and one sequential read of the slots.
///
/// The same order as a stable sort by key (there are no ties); `nil` when two rows share a key or
/// a key is out of range, so that the caller falls back to a sort.
struct DistinctRankOrder {
    /// One slot per rank: the row at that rank, or −1. All −1 between calls.
    private var slots: [Int32]

    /// Room for ranks `0..<rankCount`.
    init(rankCount: Int) {
        slots = Array(repeating: -1, count: rankCount)
    }

    /// The indices of `keys` by key ascending, or `nil` when keys repeat or reach the rank bound.
    ///
    /// - Complexity: O(keys + rank bound).
    mutating func sortedIndices(_ keys: [UInt32]) -> [UInt32]? {
        precondition(keys.count <= Int(Int32.max), "too many rows")
        var distinct = true
        slots.withUnsafeMutableBufferPointer { slots in
            for (row, key) in keys.enumerated() {
                let slot = Int(key)
                guard slot < slots.count, slots[slot] < 0 else {
                    distinct = false
                    break
                }
                slots[slot] = Int32(truncatingIfNeeded: row)
            }
        }
        var order: [UInt32] = []
        order.reserveCapacity(keys.count)
        slots.withUnsafeMutableBufferPointer { slots in
            for slot in slots.indices where slots[slot] >= 0 {
                order.append(UInt32(truncatingIfNeeded: slots[slot]))
                slots[slot] = -1
            }
        }
        return distinct ? order : nil
    }
}
