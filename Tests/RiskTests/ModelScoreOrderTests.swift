import Testing
@testable import Risk

@Suite("ScoreOrder")
struct ModelScoreOrderTests {
    /// The reference rule, by a comparison sort: score ascending, then row index ascending.
    static func comparisonOrder(_ scores: [Double]) -> [Int] {
        scores.indices.sorted { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
    }

    @Test("the radix sort orders signed values, zeros of both signs and infinities")
    func specialValues() {
        let scores: [Double] = [0, -0.0, -1.5, .infinity, 2, -.infinity, 1e-300, -1e-300, 2, 0]
        // Ascending: −∞ (5), −1.5 (2), −1e−300 (7), then the four zeros in row order (0, 1, 9),
        // 1e−300 (6), 2 (4, 8), ∞ (3).
        #expect(ScoreOrder(scores).ascending == [5, 2, 7, 0, 1, 9, 6, 4, 8, 3])
    }

    @Test("the radix sort agrees with a comparison sort on many tied scores")
    func agreesWithComparisonSort() {
        var generator = ModelCheck.Generator(seed: 99)
        let scores = (0..<5_000).map { _ in Double(Int.random(in: 0...40, using: &generator)) / 40 - 0.3 }
        #expect(ScoreOrder(scores).ascending == Self.comparisonOrder(scores))
    }

    @Test("highest first takes tie groups from the top, each in row order")
    func highestFirst() {
        let order = ScoreOrder([0.5, 0.9, 0.5, 0.5, 0.1, 0.9])
        #expect(order.highestFirst(count: 6) == [1, 5, 0, 2, 3, 4])
        #expect(order.highestFirst(count: 3) == [1, 5, 0])
        #expect(order.highestFirst(count: 0).isEmpty)
    }

    @Test("restricting to a subgroup equals sorting the subgroup's rows afresh, rows keeping their indices")
    func restriction() {
        var generator = ModelCheck.Generator(seed: 5)
        let scores = (0..<2_000).map { _ in Double(Int.random(in: 0...9, using: &generator)) }
        let members = scores.indices.map { _ in Bool.random(using: &generator) }
        let memberRows = scores.indices.filter { members[$0] }
        let memberScores = memberRows.map { scores[$0] }
        let restricted = ScoreOrder(scores).restricted(to: members)
        #expect(restricted.scores == scores)
        #expect(restricted.ascending == Self.comparisonOrder(memberScores).map { memberRows[$0] })
        #expect(restricted.highestFirst(count: 100) == ScoreOrder(memberScores).highestFirst(count: 100).map { memberRows[$0] })
    }
}
