/// The rows of several years with a known outcome, counted by their packed feature rows
/// (`FeatureWriter.key`), ready to be collapsed into distinct rows for `LogisticRegression.fit`;
/// years are appended as the fits need them (validation, then refit).
///
/// A row costs one key and its share of a radix sort and a merge (`SortedRowCounts`); only a
/// distinct row's values are ever written, so the training rows never exist as a full matrix.
struct TrainingSet {
    /// How many rows carry each feature key, by outcome.
    private var counts = SortedRowCounts()
    /// Unpacks the keys.
    let writer: FeatureWriter

    /// An empty set whose keys `writer` unpacks.
    init(writer: FeatureWriter) {
        self.writer = writer
    }

    /// Counts every row of `year` (of `dataset`), whose outcome must be known.
    mutating func append(_ year: WarningDataset.YearRows, of dataset: WarningDataset) {
        append(year, keys: dataset.featureKeys(of: year))
    }

    /// Counts every row of `year`, whose outcome must be known, by its key in `keys`
    /// (`WarningDataset.featureKeys(of:)`, computed once for a year used again).
    mutating func append(_ year: WarningDataset.YearRows, keys: [UInt64]) {
        precondition(year.hasKnownOutcome, "training rows need a known outcome")
        precondition(keys.count == year.count, "one key per row")
        counts.add(keys: keys, labels: year.outcomes)
    }

    /// The distinct feature rows counted so far, with their outcome counts, stored as a student and a
    /// context factor (`FeatureWriter.distinctRows(_:)`).
    ///
    /// - Complexity: O(distinct rows) plus O(levels × features).
    var rows: DistinctRows {
        writer.distinctRows(counts.entries)
    }
}
