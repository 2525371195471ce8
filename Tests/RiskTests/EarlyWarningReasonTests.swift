import Testing
@testable import Risk

@Suite("EarlyWarning reasons")
struct EarlyWarningReasonTests {
    /// Every feature with mean 0.25 and scale 0.5; positive coefficients on repitente, reingreso,
    /// víctima, discapacidad and etnia, a negative one on nuevo.
    static let model: LogisticModel = {
        var coefficients = [Double](repeating: 0, count: WarningFeature.allCases.count)
        coefficients[WarningFeature.repitente.column] = 1
        coefficients[WarningFeature.reingreso.column] = 1
        coefficients[WarningFeature.victima.column] = 0.5
        coefficients[WarningFeature.discapacidad.column] = 2
        coefficients[WarningFeature.etnia.column] = 1
        coefficients[WarningFeature.nuevo.column] = -1
        let count = coefficients.count
        return LogisticModel(
            featureNames: WarningFeature.columnNames, intercept: -2, coefficients: coefficients,
            scaling: FeatureScaling(means: Array(repeating: 0.25, count: count), scales: Array(repeating: 0.5, count: count)),
            iterations: 0, converged: true)
    }()

    static func row(_ present: [WarningFeature]) -> [Float] {
        var values = [Float](repeating: 0, count: WarningFeature.allCases.count)
        for feature in present { values[feature.column] = 1 }
        return values
    }

    @Test("the three largest positive contributions of features the student has, ties by column order")
    func tiesByColumn() {
        // repitente, reingreso and etnia each add 1·(1 − 0.25)/0.5 = 1.5, víctima 0.75; nuevo lowers
        // the risk and discapacidad is absent (value 0 below its mean), so neither is a reason.
        let row = Self.row([.repitente, .reingreso, .victima, .etnia, .nuevo])
        let reasons = ReasonFinder(Self.model).reasons(row[...])
        #expect(reasons.map(\.feature) == [.repitente, .reingreso, .etnia])
        #expect(reasons.allSatisfy { $0.value == 1 })
        #expect(Self.model.riskRaisingFeatures(row: row) == ["repitente", "reingreso", "etnia"])
    }

    @Test("a larger contribution comes first whatever its column; fewer than three when fewer apply")
    func orderAndCount() {
        let finder = ReasonFinder(Self.model)
        #expect(finder.reasons(Self.row([.victima, .discapacidad])[...]).map(\.feature) == [.discapacidad, .victima])
        #expect(finder.reasons(Self.row([.victima])[...]).map(\.feature) == [.victima])
        #expect(finder.reasons(Self.row([.nuevo])[...]).isEmpty)
        #expect(finder.reasons(Self.row([])[...]).isEmpty)
    }

    @Test("reasons are kept inline: at most three, in order, with their values")
    func inlineReasons() {
        let four = [RiskReason(feature: .repitente, value: 1), RiskReason(feature: .extraedadAnios, value: 3),
                    RiskReason(feature: .victima, value: 1), RiskReason(feature: .etnia, value: 1)]
        let reasons = RiskReasons(four)
        #expect(reasons.count == 3)
        #expect(Array(reasons) == Array(four.prefix(3)))
        #expect(reasons[1].value == 3)
        #expect(RiskReasons(four.prefix(2)) != reasons)
        #expect(RiskReasons().isEmpty)
        #expect(MemoryLayout<StudentRisk>.stride == 48)
    }

    @Test("a student without a probability reads nil; one with it reads it back exactly")
    func storedFields() {
        let ranked = StudentRisk(institution: 7, student: 9, record: 11, year: 2024, grade: 6, probability: 0.125,
                                 ruleScore: 3, rank: 70_000, level: .alto, reasons: RiskReasons())
        #expect(ranked.probability == 0.125 && ranked.year == 2024 && ranked.rank == 70_000 && ranked.ruleScore == 3)
        let byRule = StudentRisk(institution: 7, student: 9, record: 11, year: 2024, grade: 6, probability: nil,
                                 ruleScore: 3, rank: 1, level: .alto, reasons: RiskReasons())
        #expect(byRule.probability == nil)
        #expect(byRule == byRule && byRule != ranked)
    }
}
