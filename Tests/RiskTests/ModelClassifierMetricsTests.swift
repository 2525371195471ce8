import Testing
@testable import Risk

@Suite("ClassifierMetrics")
struct ModelClassifierMetricsTests {
    @Test("AUC counts a tied positive–negative pair as one half")
    func aucWithTies() {
        // Positives: 0.4 (row 1) and 0.8 (row 3). Negatives: 0.1, 0.35, 0.4.
        // 0.4 beats 0.1 and 0.35 and ties 0.4: 2.5 pairs; 0.8 beats all three: 3 pairs.
        // AUC = 5.5 / (2 × 3) = 0.916666…
        let auc = ClassifierMetrics.auc(
            scores: [0.1, 0.4, 0.35, 0.8, 0.4], labels: [false, true, false, true, false])
        #expect(ModelCheck.isClose(auc, 5.5 / 6))
    }

    @Test("AUC is 1 for a perfect ranking, 0 for a reversed one, ½ when all scores tie")
    func aucExtremes() {
        let labels = [false, false, true, true]
        #expect(ClassifierMetrics.auc(scores: [0.1, 0.2, 0.3, 0.4], labels: labels) == 1)
        #expect(ClassifierMetrics.auc(scores: [0.4, 0.3, 0.2, 0.1], labels: labels) == 0)
        #expect(ClassifierMetrics.auc(scores: [0.5, 0.5, 0.5, 0.5], labels: labels) == 0.5)
    }

    @Test("AUC is undefined when a class is empty", arguments: [[true, true], [false, false], []])
    func aucUndefined(labels: [Bool]) {
        let scores = labels.map { _ in 0.5 }
        #expect(ClassifierMetrics.auc(scores: scores, labels: labels) == nil)
    }

    @Test("top-q counts use exact ceilings", arguments: [
        (10, 30, 3), (10, 31, 4), (10, 1, 1), (10, 0, 0), (20, 10, 2), (20, 11, 3), (30, 25, 8), (10, 25, 3),
    ])
    func topCounts(percent: Int, n: Int, expected: Int) {
        #expect(ClassifierMetrics.topCount(percent: percent, of: n) == expected)
    }

    // Scores of ten rows; 0.9 is shared by rows 0, 2 and 7. Highest first with ties by lower row
    // index: 0, 2, 7, 5, 9, … Top 10 % (k = 1) = row 0; top 20 % (k = 2) = rows 0 and 2.
    // Positives: rows 2, 5 and 7 (three in all).
    let scores: [Double] = [0.9, 0.2, 0.9, 0.5, 0.1, 0.7, 0.3, 0.9, 0.4, 0.6]
    let labels = [false, false, true, false, false, true, false, true, false, false]

    @Test("precision and recall in the top 10 % break score ties by the lower row index")
    func topTenPercent() {
        // Row 0 is a negative: 0 / 1 and 0 / 3 (with ties by higher index, row 7 would give 1).
        #expect(ClassifierMetrics.precision(inTopPercent: 10, scores: scores, labels: labels) == 0)
        #expect(ClassifierMetrics.recall(inTopPercent: 10, scores: scores, labels: labels) == 0)
    }

    @Test("precision and recall in the top 20 %")
    func topTwentyPercent() {
        // Rows 0 and 2: one positive. Precision 1 / 2, recall 1 / 3.
        #expect(ClassifierMetrics.precision(inTopPercent: 20, scores: scores, labels: labels) == 0.5)
        #expect(ModelCheck.isClose(ClassifierMetrics.recall(inTopPercent: 20, scores: scores, labels: labels), 1.0 / 3))
    }

    @Test("recall is undefined without positives, precision without rows")
    func topUndefined() {
        #expect(ClassifierMetrics.recall(inTopPercent: 10, scores: [0.3, 0.2], labels: [false, false]) == nil)
        #expect(ClassifierMetrics.precision(inTopPercent: 10, scores: [0.3, 0.2], labels: [false, false]) == 0)
        #expect(ClassifierMetrics.precision(inTopPercent: 10, scores: [], labels: []) == nil)
    }

    @Test("Brier score is the mean squared error of the probabilities")
    func brier() {
        // (0.2 − 0)² + (0.9 − 1)² + (0.5 − 1)² = 0.04 + 0.01 + 0.25 = 0.30; / 3 = 0.1.
        let brier = ClassifierMetrics.brierScore(probabilities: [0.2, 0.9, 0.5], labels: [false, true, true])
        #expect(ModelCheck.isClose(brier, 0.1))
        #expect(ClassifierMetrics.brierScore(probabilities: [], labels: []) == nil)
    }

    @Test("calibration puts rank r in decile ⌊10·r / n⌋ + 1, ties by row index")
    func calibrationTwelveRows() {
        // Ascending (score, row): 0.05 r11, 0.1 r1 | 0.2 r5 | 0.3 r3 | 0.4 r8 | 0.5 r0 | 0.5 r2, 0.5 r6 |
        // 0.6 r10 | 0.7 r9 | 0.8 r7 | 0.9 r4. With n = 12, ranks 0–1 → decile 1, 2 → 2, 3 → 3, 4 → 4,
        // 5 → 5, 6–7 → 6, 8 → 7, 9 → 8, 10 → 9, 11 → 10. The three tied 0.5 rows split as row 0 in
        // decile 5 (a negative) and rows 2 and 6 in decile 6 (both positive).
        let scores: [Double] = [0.5, 0.1, 0.5, 0.3, 0.9, 0.2, 0.5, 0.8, 0.4, 0.7, 0.6, 0.05]
        let labels = [false, true, true, false, true, false, true, true, true, true, false, false]
        let expected: [Double?] = [0.5, 0, 0, 1, 0, 1, 0, 1, 1, 1]
        #expect(ClassifierMetrics.calibrationByDecile(scores: scores, labels: labels) == expected)
    }

    @Test("calibration leaves deciles empty when there are fewer than ten rows")
    func calibrationThreeRows() {
        // Ascending: row 1 (rank 0 → decile 1), row 2 (rank 1 → ⌊10/3⌋ + 1 = 4), row 0 (rank 2 → 7).
        let calibration = ClassifierMetrics.calibrationByDecile(
            scores: [0.3, 0.1, 0.2], labels: [true, false, false])
        #expect(calibration == [0, nil, nil, 0, nil, nil, 1, nil, nil, nil])
    }
}
