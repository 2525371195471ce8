/// The rows of several years with a known outcome, year after year in one matrix, ready for
/// `LogisticRegression.fit`; years are appended as the fits need them (validation, then refit).
struct TrainingSet {
    /// Feature rows, year after year in the order appended.
    private(set) var features: FeatureMatrix
    /// One outcome per row.
    private(set) var labels: [Bool] = []
    /// Rows whose outcome is a dropout.
    private(set) var positives = 0

    /// An empty set with room for `reservingRows` rows.
    init(reservingRows: Int) {
        features = FeatureMatrix(columnNames: WarningFeature.columnNames, reservingRows: reservingRows)
        labels.reserveCapacity(reservingRows)
    }

    /// Appends every row of `rows` (of `dataset`), whose outcome must be known; returns the range
    /// of the new rows.
    @discardableResult
    mutating func append(_ rows: WarningDataset.YearRows, of dataset: WarningDataset) -> Range<Int> {
        precondition(rows.hasKnownOutcome, "training rows need a known outcome")
        let start = features.rowCount
        dataset.appendFeatures(of: rows, to: &features)
        labels += rows.outcomes
        positives += rows.positives
        return start..<features.rowCount
    }
}
