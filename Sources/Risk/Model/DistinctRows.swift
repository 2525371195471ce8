/// The distinct rows of a feature table, each with how many times it occurs with each label: the
/// form in which `LogisticRegression` fits.
///
/// The logistic log-likelihood, its gradient and its information matrix are sums over rows whose
/// terms depend only on the row's features and label, so equal rows can be summed once, weighted
/// by their counts. Early-warning rows are binary flags, a small count and one institution rate:
/// four million training rows collapse to about 650 000 distinct ones, and every pass of the fit
/// shrinks accordingly.
///
/// Built from a `FeatureMatrix` (rows compared bit for bit, in order of first appearance) or from
/// rows named by exact keys (`KeyedRowCounts`). Counts are exact integers and the row order is a
/// function of the input alone, so every sum over the table is identical run to run.
struct DistinctRows: Sendable {
    /// How many rows equal one distinct row, by label: exact integers, stored in 32 bits each (a fit's
    /// largest memory is one of these per distinct row) and read as `Double` for the sums.
    struct LabelCounts: Sendable, Equatable {
        private var storedPositives: UInt32 = 0
        private var storedNegatives: UInt32 = 0

        /// No rows.
        init() {}

        /// The given counts (whole numbers from 0 to `UInt32.max`).
        init(positives: Double, negatives: Double) {
            storedPositives = UInt32(positives)
            storedNegatives = UInt32(negatives)
        }

        /// Rows with a positive label.
        var positives: Double {
            get { Double(storedPositives) }
            set { storedPositives = UInt32(newValue) }
        }
        /// Rows with a negative label.
        var negatives: Double {
            get { Double(storedNegatives) }
            set { storedNegatives = UInt32(newValue) }
        }
        /// All rows.
        var total: Double { positives + negatives }
    }

    /// Feature names, one per column, in column order.
    let columnNames: [String]
    /// The distinct rows, row-major; empty when the rows are stored as `factors`.
    let values: [Float]
    /// Per distinct row: how many rows equal it, by label.
    let counts: [LabelCounts]
    /// The rows as two factor tables (`FactoredRows`), when built so; then `values` is empty.
    let factors: FactoredRows?
    /// With `factors`: the raw moments Σ nₖ·x̃ₖ·x̃ₖᵀ (x̃₀ = 1), which bound the curvature of the fit's
    /// objective (`NewtonSearch`); `nil` otherwise.
    let unweightedMoments: [Double]?

    /// A table of the given distinct rows (row-major `values`) and their counts.
    init(columnNames: [String], values: [Float], counts: [LabelCounts]) {
        precondition(values.count == counts.count * columnNames.count, "one row of values per count")
        self.columnNames = columnNames
        self.values = values
        self.counts = counts
        factors = nil
        unweightedMoments = nil
    }

    /// A table of distinct rows given as two factors (one level of each per row) and their counts.
    init(columnNames: [String], factors: FactoredRows, counts: [LabelCounts]) {
        precondition(factors.first.levels.count == counts.count && factors.place.count == columnNames.count,
                     "one level per count, one place per column")
        self.columnNames = columnNames
        values = []
        self.counts = counts
        self.factors = factors
        unweightedMoments = NewtonTerms.rawUnweightedMoments(of: factors, counts: counts)
    }

    /// The distinct rows of `matrix`, with one label per row, in order of first appearance.
    ///
    /// Rows are compared bit for bit (−0 and +0 make distinct rows, which costs nothing but a
    /// little compression), after a hash of their bits picks the candidates (`RowKeyTable`).
    ///
    /// - Complexity: O(rows × columns) expected (one hash and, on a match, one comparison per row).
    init(_ matrix: FeatureMatrix, labels: [Bool]) {
        precondition(labels.count == matrix.rowCount, "one label per row")
        let columns = matrix.columnCount
        var table = RowKeyTable(reserving: 0)
        var distinct: [Float] = []
        var counts: [LabelCounts] = []
        matrix.values.withUnsafeBufferPointer { values in
            for row in 0..<matrix.rowCount {
                let start = row * columns
                let values = UnsafeBufferPointer(rebasing: values[start..<(start + columns)])
                let hash = Self.valueHash(values)
                let index: Int
                switch table.probe(key: hash, matches: { distinct[($0 * columns)..<($0 * columns + columns)].elementsEqual(values, by: Self.sameBits) }) {
                case .found(let found):
                    index = found
                case .vacant(let slot):
                    index = counts.count
                    table.insert(key: hash, index: index, at: slot)
                    distinct.append(contentsOf: values)
                    counts.append(LabelCounts())
                }
                if labels[row] {
                    counts[index].positives += 1
                } else {
                    counts[index].negatives += 1
                }
            }
        }
        self.init(columnNames: matrix.columnNames, values: distinct, counts: counts)
    }

    /// Number of columns (features).
    var columnCount: Int { columnNames.count }

    /// Number of distinct rows.
    var count: Int { counts.count }

    /// The label counts of all rows, summed in distinct-row order.
    var totals: LabelCounts {
        counts.reduce(into: LabelCounts()) { sum, counts in
            sum.positives += counts.positives
            sum.negatives += counts.negatives
        }
    }

    /// The values of distinct row `index`, in column order.
    func row(_ index: Int) -> ArraySlice<Float> {
        if let factors {
            return ArraySlice((0..<columnCount).map { Float(factors.value(row: index, column: $0)) })
        }
        return values[(index * columnCount)..<(index * columnCount + columnCount)]
    }

    /// Whether two values have the same bits.
    private static func sameBits(_ a: Float, _ b: Float) -> Bool { a.bitPattern == b.bitPattern }

    /// A 64-bit hash of the bit patterns of `row`: a multiply–xorshift chain over pairs of values,
    /// then MurmurHash3's finaliser so that every value affects the low bits.
    static func valueHash(_ row: UnsafeBufferPointer<Float>) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        var column = 0
        while column + 1 < row.count {
            let pair = UInt64(row[column].bitPattern) | UInt64(row[column + 1].bitPattern) << 32
            hash = (hash ^ pair) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
            column += 2
        }
        if column < row.count {
            hash = (hash ^ UInt64(row[column].bitPattern)) &* 0x9E37_79B9_7F4A_7C15
        }
        return KeyedRowCounts.mixed(hash)
    }
}
