import Testing
@testable import Risk

@Suite("RankedFlags")
struct ModelRankedFlagsTests {
    // Five rows; ascending by score, ties by row: row 3 (0.1), row 1 (0.2), row 4 (0.2), row 0 (0.5),
    // row 2 (0.9).
    static let scores = [0.5, 0.2, 0.9, 0.1, 0.2]
    static let labels = [true, false, true, false, true]
    static let rural = [true, true, false, false, true]
    static let women = [false, true, true, true, false]

    @Test("flags in rank order, worked by hand")
    func flagsByHand() throws {
        let order = ScoreOrder(Self.scores)
        #expect(order.ascending == [3, 1, 4, 0, 2])
        let ranked = try #require(RankedFlags(order: order, labels: Self.labels,
                                              subgroups: [("zona=RURAL", Self.rural), ("genero=F", Self.women)]))
        // Row 3: F only; row 1: RURAL and F; row 4: RURAL, label; row 0: RURAL, label; row 2: F, label.
        #expect(ranked.flags == [0b10, 0b11, 0x8001, 0x8001, 0x8002])
    }

    @Test("each subgroup's keys and labels equal those of ScoreOrder.rankedKeysAndLabels")
    func sameAsRankedKeysAndLabels() throws {
        let order = ScoreOrder(Self.scores)
        let subgroups = [("zona=RURAL", Self.rural), ("genero=F", Self.women)]
        let ranked = try #require(RankedFlags(order: order, labels: Self.labels, subgroups: subgroups))
        let rural = ranked.keysAndLabels(subgroup: 0, ascendingKeys: order.ascendingKeys)
        // Rural rows in rank order: 1, 4, 0 with labels false, true, true.
        #expect(rural.labels == [false, true, true])
        #expect(rural.keys == [0.2, 0.2, 0.5].map(ScoreOrder.orderedKey))
        for (s, subgroup) in subgroups.enumerated() {
            let expected = order.rankedKeysAndLabels(members: subgroup.1, labels: Self.labels)
            let gathered = ranked.keysAndLabels(subgroup: s, ascendingKeys: order.ascendingKeys)
            #expect(gathered.keys == expected.keys && gathered.labels == expected.labels)
        }
        let all = ranked.keysAndLabels(subgroup: nil, ascendingKeys: order.ascendingKeys)
        #expect(all.keys == order.ascendingKeys)
        #expect(all.labels == [false, false, true, true, true])
    }

    @Test("more than fifteen subgroups do not fit, and the reports are computed as before")
    func tooManySubgroups() {
        let order = ScoreOrder(Self.scores)
        let many = (0..<16).map { (name: "g=\($0)", members: Self.rural) }
        #expect(RankedFlags(order: order, labels: Self.labels, subgroups: many) == nil)
        let reports = ValidationReport.reports(scorer: .model, scores: Self.scores, labels: Self.labels, subgroups: many)
        let one = ValidationReport.reports(scorer: .model, scores: Self.scores, labels: Self.labels,
                                           subgroups: [(name: "g=0", members: Self.rural)])
        #expect(reports.count == 17)
        #expect(reports[1] == one[1])
    }
}
