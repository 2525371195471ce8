import Indicators
import Testing
@testable import Risk

@Suite("KeyScorer")
struct EarlyWarningKeyScorerTests {
    @Test("each column's field of a key gives the value the writer unpacks")
    func columnFieldsMatchWriter() {
        let dataset = WarningDataset.extract(from: EarlyWarningModelTests.context)
        let fields = dataset.writer.columnFields()
        #expect(fields.count == WarningFeature.allCases.count)
        var row = [Float](repeating: -1, count: WarningFeature.allCases.count)
        for year in dataset.years {
            for key in dataset.featureKeys(of: year) {
                row.withUnsafeMutableBufferPointer { dataset.writer.write(key: key, into: $0) }
                let unpacked = fields.map { $0.values[Int((key >> $0.shift) & $0.mask)] }
                #expect(unpacked == row)
            }
        }
    }

    @Test("log-odds from the key's fields equal the model's on the unpacked row, bit for bit")
    func logOddsMatchLinearPredictor() throws {
        let dataset = WarningDataset.extract(from: EarlyWarningModelTests.context)
        let fitted = try #require(EarlyWarningModelTests.result.scoringModel)
        // Every coefficient nonzero and of varied size, so that every column's term counts.
        let model = LogisticModel(featureNames: fitted.featureNames, intercept: -2.75,
                                  coefficients: fitted.coefficients.indices.map { 0.37 * Double($0 % 5) - 0.61 },
                                  scaling: fitted.scaling, iterations: 0, converged: true)
        let scorer = KeyScorer(model, writer: dataset.writer)
        var row = [Float](repeating: 0, count: WarningFeature.allCases.count)
        for year in dataset.years {
            for key in dataset.featureKeys(of: year) {
                row.withUnsafeMutableBufferPointer { dataset.writer.write(key: key, into: $0) }
                #expect(scorer.logOdds(key: key).bitPattern == model.linearPredictor(row: row).bitPattern)
            }
        }
    }

    @Test("log-odds of many keys, four at a time, equal those of each key alone, bit for bit")
    func batchedLogOddsMatchOneByOne() throws {
        let dataset = WarningDataset.extract(from: EarlyWarningModelTests.context)
        let fitted = try #require(EarlyWarningModelTests.result.scoringModel)
        let model = LogisticModel(featureNames: fitted.featureNames, intercept: 1.25,
                                  coefficients: fitted.coefficients.indices.map { 0.29 * Double($0 % 7) - 0.83 },
                                  scaling: fitted.scaling, iterations: 0, converged: true)
        let scorer = KeyScorer(model, writer: dataset.writer)
        for year in dataset.years {
            let keys = dataset.featureKeys(of: year)
            // Every remainder of the four-key loop: 0, 1, 2 and 3 keys past the last full group.
            for count in [keys.count, max(0, keys.count - 1), max(0, keys.count - 2), max(0, keys.count - 3), 3] {
                let some = Array(keys.prefix(count))
                #expect(scorer.logOdds(keys: some).map(\.bitPattern) == some.map { scorer.logOdds(key: $0).bitPattern })
            }
        }
        #expect(scorer.logOdds(keys: []).isEmpty)
    }
}
