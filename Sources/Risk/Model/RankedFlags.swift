/// Each row's label and subgroup memberships packed in one `UInt16`, in the rank order of a
/// `ScoreOrder`: gathered once, so that the reports of every subgroup read their rows' labels and
/// memberships sequentially instead of two random reads per row and subgroup.
///
/// Bit `s` is membership of subgroup `s` (at most 15 subgroups), bit 15 the label.
struct RankedFlags: Sendable {
    /// The flags of the order's rows, in ascending rank order.
    let flags: [UInt16]
    /// Bit of the label.
    static let labelBit: UInt16 = 1 << 15
    /// Most subgroups the flags can hold.
    static let maximumSubgroups = 15

    /// The flags of `order`'s rows; `nil` when there are more than `maximumSubgroups` subgroups.
    /// `labels` and each subgroup's `members` are by row index, one per score of `order`.
    ///
    /// - Complexity: O(rows × (1 + subgroups)), one random read per row of the order.
    init?(order: ScoreOrder, labels: [Bool], subgroups: [(name: String, members: [Bool])]) {
        guard subgroups.count <= Self.maximumSubgroups else { return nil }
        let n = labels.count
        var rowFlags = [UInt16](repeating: 0, count: n)
        rowFlags.withUnsafeMutableBufferPointer { rowFlags in
            labels.withUnsafeBufferPointer { labels in
                for row in 0..<n where labels[row] { rowFlags[row] = Self.labelBit }
            }
            for (s, subgroup) in subgroups.enumerated() {
                let bit = UInt16(1) << UInt16(s)
                subgroup.members.withUnsafeBufferPointer { members in
                    for row in 0..<n where members[row] { rowFlags[row] |= bit }
                }
            }
        }
        flags = rowFlags.withUnsafeBufferPointer { rowFlags in
            order.ascending.map { rowFlags[$0] }
        }
    }

    /// The keys (from `ascendingKeys`, the order's) and labels, in ascending rank order, of the rows of
    /// subgroup `subgroup` (an index into the subgroups given at `init`), or of every row when `nil`:
    /// the same arrays as `ScoreOrder.rankedKeysAndLabels(members:labels:)`.
    ///
    /// - Complexity: O(rows of the order), sequential.
    func keysAndLabels(subgroup: Int?, ascendingKeys: [UInt64]) -> (keys: [UInt64], labels: [Bool]) {
        precondition(ascendingKeys.count == flags.count, "one key per ranked row")
        guard let subgroup else { return (ascendingKeys, flags.map { $0 & Self.labelBit != 0 }) }
        let bit = UInt16(1) << UInt16(subgroup)
        var keys: [UInt64] = [], labels: [Bool] = []
        flags.withUnsafeBufferPointer { flags in
            ascendingKeys.withUnsafeBufferPointer { ascendingKeys in
                let count = flags.count { $0 & bit != 0 }
                keys.reserveCapacity(count)
                labels.reserveCapacity(count)
                for rank in 0..<flags.count where flags[rank] & bit != 0 {
                    keys.append(ascendingKeys[rank])
                    labels.append(flags[rank] & Self.labelBit != 0)
                }
            }
        }
        return (keys, labels)
    }
}
