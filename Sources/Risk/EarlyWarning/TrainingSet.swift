/// The stacked rows of several years with a known outcome, ready for `LogisticRegression.fit`.
struct TrainingSet {
    /// Feature rows, year after year in the order stacked.
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

    /// Appends every row of `rows`, whose outcome must be known.
    mutating func append(_ rows: WarningDataset.YearRows) {
        precondition(rows.hasKnownOutcome, "training rows need a known outcome")
        features.reserveRows(rows.count)
        for row in 0..<rows.count { features.appendRow(rows.features.row(row)) }
        labels += rows.outcomes
        positives += rows.outcomes.count(where: \.self)
    }
}

extension WarningDataset {
    /// The rows of `years` stacked in the order given; each year's features are freed once copied
    /// (they are not needed again), so the peak memory stays near one copy of the rows.
    mutating func stackReleasing(years chosen: [Int]) -> TrainingSet {
        var set = TrainingSet(reservingRows: chosen.compactMap { rows(ofYear: $0)?.count }.reduce(0, +))
        for year in chosen {
            guard let k = index(ofYear: year) else { continue }
            set.append(years[k])
            years[k].releaseFeatures()
        }
        return set
    }
}
