/// The rows of several years with a known outcome, collapsed into their distinct feature rows with
/// label counts, ready for `LogisticRegression.fit`; years are appended as the fits need them
/// (validation, then refit).
///
/// Each row enters by its packed feature key (`FeatureWriter.key`), so a row costs one key and one
/// table probe, and only a distinct row's values are ever written: the training rows never exist
/// as a full matrix.
struct TrainingSet {
    /// The distinct feature rows with their label counts, in order of first appearance.
    private(set) var rows = DistinctRows(columnNames: WarningFeature.columnNames)

    /// Appends every row of `year` (of `dataset`), whose outcome must be known; returns the index
    /// of each row's distinct row in `rows`, in row order.
    @discardableResult
    mutating func append(_ year: WarningDataset.YearRows, of dataset: WarningDataset) -> [Int] {
        precondition(year.hasKnownOutcome, "training rows need a known outcome")
        var indices: [Int] = []
        indices.reserveCapacity(year.count)
        for row in 0..<year.count {
            let key = dataset.featureKey(ofRow: row, in: year)
            indices.append(rows.add(key: key, label: year.outcomes[row]) { FeatureWriter.write(key: key, into: $0) })
        }
        return indices
    }
}
