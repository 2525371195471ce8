import Testing
@testable import Risk

@Suite("ValidationReport")
struct ModelValidationReportTests {
    @Test("metric names follow SPEC §8 in order")
    func names() {
        #expect(ValidationReport.metricNames == [
            "n", "positivos", "auc", "precision_10", "recall_10", "precision_20", "recall_20", "brier",
            "calibracion_decil_1", "calibracion_decil_2", "calibracion_decil_3", "calibracion_decil_4",
            "calibracion_decil_5", "calibracion_decil_6", "calibracion_decil_7", "calibracion_decil_8",
            "calibracion_decil_9", "calibracion_decil_10",
        ])
    }

    @Test("the model report matches the individual metrics on the same scores")
    func modelReport() throws {
        // Five rows. Ascending: 0.1 r0, 0.35 r2, 0.4 r1, 0.4 r4, 0.8 r3 → deciles 1, 3, 5, 7, 9.
        // Top 10 % and 20 % both have k = 1: row 3, a positive (precision 1, recall 1/2).
        // AUC 5.5 / 6 (worked in ModelClassifierMetricsTests); Brier (0.01 + 0.36 + 0.1225 + 0.04 + 0.16) / 5.
        let report = ValidationReport(
            scorer: .model, subgroup: "zona=RURAL",
            scores: [0.1, 0.4, 0.35, 0.8, 0.4], labels: [false, true, false, true, false])
        let rows = report.metricRows()
        #expect(rows.map(\.metrica) == ValidationReport.metricNames)
        let values = rows.map(\.valor)
        #expect(values[0] == 5)
        #expect(values[1] == 2)
        #expect(ModelCheck.isClose(values[2], 5.5 / 6))
        #expect(values[3] == 1)
        #expect(values[4] == 0.5)
        #expect(values[5] == 1)
        #expect(values[6] == 0.5)
        #expect(ModelCheck.isClose(values[7], 0.6925 / 5))
        #expect(Array(values[8...]) == [0, nil, 0, nil, 1, nil, 0, nil, 1, nil])
        #expect(report.scorer.rawValue == "modelo")
        #expect(report.subgroup == "zona=RURAL")
    }

    @Test("the rule score, a count, gets no Brier score")
    func ruleReport() {
        let report = ValidationReport(
            scorer: .rule, subgroup: "TODOS", scores: [0, 2, 1, 3], labels: [false, true, false, true])
        #expect(report.scorer.rawValue == "regla")
        #expect(report.brier == nil)
        #expect(report.auc == 1)
    }

    @Test("an empty subgroup reports n = 0 and empty metrics")
    func emptySubgroup() {
        let report = ValidationReport(scorer: .model, subgroup: "TODOS", scores: [], labels: [])
        let values = report.metricRows().map(\.valor)
        #expect(values[0] == 0)
        #expect(values[1] == 0)
        #expect(values.dropFirst(2).allSatisfy { $0 == nil })
    }
}

@Suite("ValidationReport subgroups")
struct ModelValidationSubgroupTests {
    @Test("reports sorted once per scorer equal reports computed on each subgroup's rows")
    func subgroupsMatchSeparateReports() {
        var generator = ModelCheck.Generator(seed: 11)
        let n = 3_000
        let scores = (0..<n).map { _ in Double(Int.random(in: 0...20, using: &generator)) / 20 }
        let labels = scores.map { Double.random(in: 0..<1, using: &generator) < $0 * 0.5 }
        let rural = (0..<n).map { _ in Bool.random(using: &generator) }
        let reports = ValidationReport.reports(
            scorer: .model, scores: scores, labels: labels,
            subgroups: [("zona=RURAL", rural), ("zona=URBANA", rural.map { !$0 })])
        #expect(reports.map(\.subgroup) == ["TODOS", "zona=RURAL", "zona=URBANA"])
        #expect(reports[0] == ValidationReport(scorer: .model, subgroup: "TODOS", scores: scores, labels: labels))
        let ruralReport = ValidationReport(
            scorer: .model, subgroup: "zona=RURAL",
            scores: zip(scores, rural).filter(\.1).map(\.0), labels: zip(labels, rural).filter(\.1).map(\.0))
        #expect(reports[1] == ruralReport)
        #expect(reports[1].count + reports[2].count == n)
    }
}
