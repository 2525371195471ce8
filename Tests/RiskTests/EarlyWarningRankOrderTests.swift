import Testing
@testable import Risk

@Suite("DistinctRankOrder")
struct EarlyWarningRankOrderTests {
    @Test("rows are ordered by their distinct ranks, and the slots are reusable")
    func placesRanks() {
        var placement = DistinctRankOrder(rankCount: 6)
        // Ranks 4, 0, 5, 2 at rows 0…3: ascending ranks 0 (row 1), 2 (row 3), 4 (row 0), 5 (row 2).
        #expect(placement.sortedIndices([4, 0, 5, 2]) == [1, 3, 0, 2])
        #expect(placement.sortedIndices([1, 3]) == [0, 1])
        #expect(placement.sortedIndices([]) == [])
    }

    @Test("a repeated or out-of-range rank gives nil, and leaves the slots clean")
    func refusesTies() {
        var placement = DistinctRankOrder(rankCount: 4)
        #expect(placement.sortedIndices([2, 1, 2]) == nil)
        #expect(placement.sortedIndices([0, 4]) == nil)
        #expect(placement.sortedIndices([3, 2, 1, 0]) == [3, 2, 1, 0])
    }
}
