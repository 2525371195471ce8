import Foundation
import Testing
@testable import Risk

/// The version-2 pieces of the early warning: empirical-Bayes shrinkage, intercept recalibration,
/// calibration summary (issue 15).
@Suite("Early warning: shrinkage and calibration")
struct EarlyWarningCalibrationTests {
    @Test("beta-binomial shrinkage by hand: three units 1/10, 5/10, 0/20")
    func shrinkageByHand() {
        let prior = BetaBinomialShrinkage(events: [1, 5, 0], trials: [10, 10, 20])
        // m = 6/40 = 0.15; Q = 10·0.05² + 10·0.35² + 20·0.15² = 1.7; (I − 1)·m(1 − m) = 0.255;
        // Σn − Σn²/Σn = 40 − 600/40 = 25; τ² = 1.445/25 = 0.0578; M = 0.1275/0.0578 − 1.
        let strength = 0.1275 / 0.0578 - 1
        #expect(prior.pooledRate == 0.15)
        #expect(abs(prior.priorStrength - strength) < 1e-12)
        let shrunk = try! #require(prior.rate(events: 1, trials: 10))
        #expect(abs(shrunk - (1 + strength * 0.15) / (10 + strength)) < 1e-12)
        #expect(prior.rate(events: 0, trials: 0) == 0.15)
    }

    @Test("no spread beyond chance, one unit, or no trials: every unit gets the pooled rate (or none)")
    func shrinkageDegenerate() {
        let even = BetaBinomialShrinkage(events: [1, 1], trials: [10, 10])  // Q = 0 < 1·0.09
        #expect(even.rate(events: 1, trials: 10) == 0.1)
        #expect(BetaBinomialShrinkage(events: [3], trials: [10]).rate(events: 3, trials: 10) == 0.3)
        #expect(BetaBinomialShrinkage(events: [0], trials: [0]).rate(events: 0, trials: 0) == nil)
    }

    @Test("intercept shift: four rows at log-odds 0 with one positive need σ(δ) = 1/4, δ = log(1/3)")
    func interceptShiftByHand() {
        #expect(abs(LogisticModel.interceptShift(logOdds: [0, 0, 0, 0], positives: 1) - log(1.0 / 3)) < 1e-12)
        #expect(LogisticModel.interceptShift(logOdds: [0, 0], positives: 1) == 0)
        #expect(LogisticModel.interceptShift(logOdds: [], positives: 0) == 0)
    }

    @Test("calibration summary by hand: ten rows, one per decile")
    func calibrationSummary() {
        let probabilities = [0.5, 0.1, 0.2, 0.3, 0.4, 0.05, 0.6, 0.7, 0.8, 0.9]
        let labels = [true, false, false, false, false, false, false, true, true, true]
        let summary = CalibrationSummary(probabilities: probabilities, labels: labels)
        #expect(abs(summary.meanPrediction! - 4.55 / 10) < 1e-12)
        #expect(summary.observedRate == 0.4)
        #expect(summary.predictedByDecile.map { $0! } == [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
        #expect(summary.observedByDecile.map { $0! } == [0, 0, 0, 0, 0, 1, 0, 1, 1, 1])
    }

    @Test("the validated model's mean prediction is near the validation year's observed rate")
    func recalibratedMean() {
        let result = EarlyWarningModelTests.result
        let calibration = try! #require(result.calibration)
        #expect(abs(calibration.meanPrediction! - calibration.observedRate!) < 0.01)
        #expect(result.featureGains.map(\.group) == FeatureGroup.allCases)
        let table = WarningCheck.text(result.validationTable)
        #expect(table.contains("modelo,TODOS,media_prediccion,"))
        #expect(table.contains("modelo,TODOS,ganancia_auc_tasa_desercion_institucion_historica,"))
    }
}
