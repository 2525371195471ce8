import Testing
import Indicators
@testable import Risk

@Suite("EarlyWarning on a territory with a known mechanism")
struct EarlyWarningModelTests {
    static let rows = SimulatedTerritory.rows(students: 4_000, firstYear: 2016, years: 5, seed: 2024)
    /// Loaded and run once for the whole suite (a fit takes seconds in debug builds).
    static let context = WarningCheck.context(rows: rows)
    static let result = EarlyWarning.run(context: context)
    var context: IndicatorContext { Self.context }

    @Test("enough data: the model is validated on 2019 after a fit on 2016–2018, and scores 2020")
    func modelIsUsed() throws {
        let result = Self.result
        #expect(result.note == nil)
        #expect(result.scorer == .model)
        #expect(result.split.trainingYears == [2016, 2017, 2018] && result.split.evaluationYear == 2019)
        let model = try #require(result.scoringModel)
        #expect(model.featureNames == WarningFeature.columnNames)
        #expect(model.converged)
        #expect(result.reports.map(\.scorer) == Array(repeating: .model, count: 13) + Array(repeating: .rule, count: 13))
        #expect(result.students.allSatisfy { $0.probability != nil && $0.year == 2020 })
    }

    @Test("the model beats the rule score on AUC, overall and in every subgroup with both classes")
    func modelBeatsRule() throws {
        let reports = Self.result.reports
        let model = try #require(reports.first { $0.scorer == .model && $0.subgroup == "TODOS" })
        let rule = try #require(reports.first { $0.scorer == .rule && $0.subgroup == "TODOS" })
        #expect(try #require(model.auc) > #require(rule.auc) + 0.05)
        #expect(model.positives > 200)
        for name in ["zona=URBANA", "zona=RURAL", "genero=F", "genero=M", "victima=NO"] {
            let m = try #require(reports.first { $0.scorer == .model && $0.subgroup == name })
            let r = try #require(reports.first { $0.scorer == .rule && $0.subgroup == name })
            #expect(try #require(m.auc) > #require(r.auc), "\(name)")
        }
        #expect(try #require(model.brier) < 0.1)
    }

    @Test("the true risk factors have the largest coefficients, near their true values")
    func trueFactorsFirst() throws {
        let model = try #require(Self.result.scoringModel)
        // Among the SPEC's list of features: the simulated institutions share one municipality, whose
        // pooled history is then the territory's rate by level and year (a year-and-level effect).
        let ranked = zip(WarningFeature.allCases, model.coefficients)
            .filter { $0.0.column < FeatureWriter.listedCount }.sorted { $0.1 > $1.1 }
        #expect(Set(ranked.prefix(4).map(\.0)) == SimulatedTerritory.trueFactors)
        let smallestTrue = ranked[3].1
        // Level columns share their effect with `grado` (collinear), and `anio_anterior_desconocido` offsets
        // the pooled histories' 0 in the first year, so they are left out of this bound.
        let levels: Set<WarningFeature> = [.nivelPrimaria, .nivelSecundaria, .nivelMedia, .nivelAdultos, .nivelAceleracion,
                                           .anioAnteriorDesconocido]
        #expect(ranked.dropFirst(4).filter { !levels.contains($0.0) }.allSatisfy { abs($0.1) < smallestTrue / 2 },
                "\(ranked)")
        // On the raw scale (βⱼ / sdⱼ) the effects are close to the mechanism's 0.5, 0.9, 1.0 and 1.0.
        let truth: [WarningFeature: Double] = [.extraedadAnios: 0.5, .zonaRural: 0.9, .victima: 1.0,
                                               .jornadaNocturnaFinDeSemana: 1.0]
        for (feature, value) in truth {
            let raw = model.coefficients[feature.column] / model.scales[feature.column]
            #expect(abs(raw - value) < 0.25, "\(feature.name): \(raw)")
        }
    }

    @Test("reasons are features the student has, with a positive coefficient, largest effect first")
    func reasons() throws {
        let result = Self.result
        let model = try #require(result.scoringModel)
        let top = result.students.filter { $0.level == .alto }
        #expect(top.count == (result.students.count + 9) / 10)
        #expect(top.allSatisfy { !$0.reasons.isEmpty })
        for student in top {
            let effects = student.reasons.map { reason in
                model.coefficients[reason.feature.column]
                    * (Double(reason.value) - model.means[reason.feature.column]) / model.scales[reason.feature.column]
            }
            #expect(effects.allSatisfy { $0 > 0 })
            #expect(effects == effects.sorted(by: >))
        }
    }

    @Test("student lists carry probabilities, riskiest first")
    func studentLists() throws {
        let result = Self.result
        let tables = result.studentTables(context: context)
        #expect(!tables.isEmpty)
        let listed = tables.map(\.rowCount).reduce(0, +)
        #expect(listed == result.students.filter { $0.level != .bajo }.count)
        for table in tables {
            guard case .rates(let probabilities)? = table.column(named: "probabilidad")?.values else {
                Issue.record("probabilidad is not a rate column")
                continue
            }
            let values = probabilities.compactMap { $0 }
            #expect(values.count == table.rowCount)
            #expect(values == values.sorted(by: >))
        }
    }

    @Test("deterministic: two runs on separately loaded copies give identical results")
    func determinism() {
        let first = Self.result
        let second = EarlyWarning.run(context: WarningCheck.context(rows: Self.rows))
        #expect(first.scoringModel == second.scoringModel)
        #expect(first.validationModel == second.validationModel)
        #expect(first.students == second.students)
        #expect(first.reports == second.reports)
        #expect(WarningCheck.text(first.validationTable) == WarningCheck.text(second.validationTable))
        #expect(first.studentTables(context: context).map(WarningCheck.text)
                == second.studentTables(context: context).map(WarningCheck.text))
    }
}
