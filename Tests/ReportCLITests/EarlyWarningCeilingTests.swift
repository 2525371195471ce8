import Foundation
import Indicators
import Risk
import SyntheticData
import Testing

/// Issue 15's check on generated data whose dropout probabilities are known (`DropoutModel`): the
/// model's validation AUC against the ceiling (the true probabilities scored against the same
/// outcomes), the rule score and the version-1 model, and its calibration. The size comes from
/// `TRAYECTORIAS_CEILING_STUDENTS` (default 20 000; the guide's figures use larger ones); the figures
/// are printed for the guide.
@Suite("Early warning against known probabilities")
struct EarlyWarningCeilingTests {
    @Test("issue 15: holdout AUC within 0.035 of the ceiling, not above it by 0.01, above the rule score; calibrated")
    func issue15Ceiling() throws {
        let students = ProcessInfo.processInfo.environment["TRAYECTORIAS_CEILING_STUDENTS"].flatMap(Int.init) ?? 20_000
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("trayectorias-ceiling-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let manifest = try SampleGenerator.write(
            SampleConfiguration(students: students, years: 6, firstYear: 2019, seed: 42, messy: false),
            to: directory, recordingTrueProbabilities: true)
        let paths = manifest.files(of: .matricula).map { directory.appendingPathComponent($0.path).path }
        let loaded = Ingestor.load(paths)
        let linked = Linker.link(loaded.enrollment)
        let context = IndicatorContext(store: loaded.enrollment, linked: linked,
                                       institutions: InstitutionAttributes.resolve(loaded.enrollment, directory: []))
        let after = EarlyWarning.run(context: context)
        let before = EarlyWarning.run(context: context, options: .init(extendedFeatures: false, recalibration: false,
                                                                       featureGains: false))
        let scores = try #require(after.evaluation)
        var truth: [Int: Double] = [:]
        for entry in manifest.trueProbabilities ?? [] where entry.year == scores.year { truth[entry.personID] = entry.probability }
        // Rows whose student key is a PER_ID with a known probability (all of them in clean data).
        var ceiling: [Double] = [], labels: [Bool] = [], model: [Double] = [], rule: [Double] = [], old: [Double] = []
        let oldScores = try #require(before.evaluation)
        for row in scores.students.indices {
            let key = context.store.interners.student.string(scores.students[row])
            guard key.hasPrefix("P"), let id = Int(key.dropFirst()), let p = truth[id] else { continue }
            ceiling.append(p)
            labels.append(scores.outcomes[row])
            model.append(scores.probabilities[row])
            rule.append(scores.ruleScores[row])
            old.append(oldScores.probabilities[row])
        }
        #expect(labels.count == scores.students.count)
        let aucCeiling = try #require(ClassifierMetrics.auc(scores: ceiling, labels: labels))
        let aucModel = try #require(ClassifierMetrics.auc(scores: model, labels: labels))
        let aucRule = try #require(ClassifierMetrics.auc(scores: rule, labels: labels))
        let aucBefore = try #require(ClassifierMetrics.auc(scores: old, labels: labels))
        let observed = Double(labels.count(where: \.self)) / Double(labels.count)
        func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
        print("ceiling-check students=\(students) rows=\(labels.count) observed=\(observed)"
              + " auc ceiling=\(aucCeiling) model=\(aucModel) before=\(aucBefore) rule=\(aucRule)"
              + " mean true=\(mean(ceiling)) model=\(mean(model)) before=\(mean(old))"
              + " brier model=\(ClassifierMetrics.brierScore(probabilities: model, labels: labels)!)"
              + " before=\(ClassifierMetrics.brierScore(probabilities: old, labels: labels)!)"
              + " gains=\(after.featureGains.map { "\($0.group.rawValue):\($0.aucGain ?? .nan)" })"
              + " deciles predicted=\(after.calibration!.predictedByDecile.map { $0 ?? .nan })"
              + " observed=\(after.calibration!.observedByDecile.map { $0 ?? .nan })")
        #expect(aucModel >= aucCeiling - 0.035)
        #expect(aucModel <= aucCeiling + 0.01)
        #expect(aucModel > aucRule)
        #expect(abs(mean(model) - observed) < 0.1 * observed)
    }
}
