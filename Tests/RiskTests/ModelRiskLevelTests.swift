import Testing
@testable import Risk

@Suite("RiskLevel")
struct ModelRiskLevelTests {
    @Test("⌈0.1·n⌉ rows are ALTO and ⌈0.3·n⌉ − ⌈0.1·n⌉ MEDIO", arguments: [
        (0, 0, 0), (1, 1, 0), (10, 1, 2), (25, 3, 5), (30, 3, 6), (31, 4, 6),
    ])
    func counts(n: Int, high: Int, medium: Int) {
        let scores = (0..<n).map { Double($0) }
        let levels = RiskLevel.levels(for: scores)
        #expect(levels.count == n)
        #expect(levels.count { $0 == .alto } == high)
        #expect(levels.count { $0 == .medio } == medium)
        // The highest scores are the last rows here.
        #expect(levels.suffix(high).allSatisfy { $0 == .alto })
    }

    @Test("score ties are broken by the lower row index")
    func ties() {
        // n = 10: 1 ALTO, 2 MEDIO. Highest first: 0.9 rows 1, 7; then 0.5 rows 0, 2, 3.
        // ALTO row 1; MEDIO rows 7 and 0; rows 2 and 3 share 0.5 with row 0 but fall in BAJO.
        let scores: [Double] = [0.5, 0.9, 0.5, 0.5, 0.1, 0.2, 0.3, 0.9, 0.0, 0.4]
        let levels = RiskLevel.levels(for: scores)
        #expect(levels[1] == .alto)
        #expect(levels[7] == .medio)
        #expect(levels[0] == .medio)
        #expect([2, 3, 4, 5, 6, 8, 9].allSatisfy { levels[$0] == .bajo })
    }

    @Test("level names are the Spanish output values")
    func names() {
        #expect(RiskLevel.allCases.map(\.rawValue) == ["ALTO", "MEDIO", "BAJO"])
    }
}
