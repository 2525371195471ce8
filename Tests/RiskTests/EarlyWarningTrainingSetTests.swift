import Testing
import Indicators
@testable import Risk

@Suite("EarlyWarning training rows by feature key")
struct EarlyWarningTrainingSetTests {
    var context: IndicatorContext { EarlyWarningModelTests.context }

    /// Each distinct row's values with its counts.
    static func table(_ rows: DistinctRows) -> [[Float]: DistinctRows.LabelCounts] {
        Dictionary(uniqueKeysWithValues: (0..<rows.count).map { (Array(rows.row($0)), rows.counts[$0]) })
    }

    @Test("rows counted by packed feature key are the distinct feature rows, with the same outcome counts")
    func keyedRowsMatchFeatureRows() {
        let dataset = WarningDataset.extract(from: context)
        var training = TrainingSet(writer: dataset.writer)
        var matrix = FeatureMatrix(columnNames: WarningFeature.columnNames)
        var labels: [Bool] = []
        for year in dataset.years where year.hasKnownOutcome {
            training.append(year, of: dataset)
            dataset.appendFeatures(of: year, to: &matrix)
            labels += year.outcomes
        }
        let keyed = training.rows
        let byValue = DistinctRows(matrix, labels: labels)
        #expect(keyed.count == byValue.count)
        #expect(keyed.count < matrix.rowCount)  // the rows do collapse (less since grade and age are features)
        #expect(Self.table(keyed) == Self.table(byValue))
        #expect(keyed.totals.total == Double(matrix.rowCount))
    }

    @Test("probabilities from feature keys equal those of the feature matrix, bit for bit")
    func probabilitiesFromKeys() throws {
        let dataset = WarningDataset.extract(from: context)
        let model = try #require(EarlyWarningModelTests.result.scoringModel)
        for year in dataset.years {
            #expect(dataset.probabilities(of: year, under: model) == model.probabilities(dataset.features(of: year)))
        }
    }

    @Test("log-odds of several models from one writing of each key equal each model's own, bit for bit")
    func logOddsOfSeveralModels() throws {
        let dataset = WarningDataset.extract(from: context)
        let models = [try #require(EarlyWarningModelTests.result.scoringModel),
                      try #require(EarlyWarningModelTests.result.validationModel)]
        for year in dataset.years {
            let keys = dataset.featureKeys(of: year)
            let together = dataset.logOdds(ofKeys: keys, under: models)
            #expect(together.count == 2)
            for (model, logOdds) in zip(models, together) {
                #expect(logOdds.map(\.bitPattern) == dataset.logOdds(ofKeys: keys, under: model).map(\.bitPattern))
            }
        }
    }
}
