/// Per-column standardisation z = (x − mean) / scale, with the mean and the population standard
/// deviation of the training rows.
///
/// A constant column has scale 0; its standardised value is defined as 0 (the inverse scale is
/// stored as 0), so it carries no information and its coefficient stays 0.
struct FeatureScaling: Sendable, Equatable {
    /// Column means of the training rows.
    let means: [Double]
    /// Population standard deviations √(Σ(x − mean)² / n) of the training rows; 0 for a constant column.
    let scales: [Double]
    /// 1 / scale, or 0 when the scale is 0.
    let inverseScales: [Double]

    /// Builds the scaling from stored means and scales.
    init(means: [Double], scales: [Double]) {
        precondition(means.count == scales.count, "means and scales differ in length")
        self.means = means
        self.scales = scales
        inverseScales = scales.map { $0 > 0 ? 1 / $0 : 0 }
    }

    /// Estimates means and population standard deviations of every column over the rows that
    /// `rows` counts, each distinct row weighted by its count (two passes: the mean, then the
    /// squared deviations from it). No rows give means and scales of 0.
    ///
    /// A constant column gets exactly its value as mean and exactly 0 as scale: each count × value
    /// is exact in `Double` (a `Float` value times an integer below 2²⁹), and so are their sums.
    ///
    /// - Complexity: O(distinct rows × columns), split over all cores in fixed chunks merged in order.
    init(fittedTo rows: DistinctRows) {
        let columns = rows.columnCount
        let total = rows.totals.total
        guard total > 0 else {
            self.init(means: Array(repeating: 0, count: columns), scales: Array(repeating: 0, count: columns))
            return
        }
        let sums = Self.columnSums(of: rows, centredOn: nil)
        let means = sums.map { $0 / total }
        let squares = Self.columnSums(of: rows, centredOn: means)
        self.init(means: means, scales: squares.map { ($0 / total).squareRoot() })
    }

    /// The same scaling with the columns `excluded` made constant (scale 0): the model then ignores them.
    func leavingOut(_ excluded: [Int]) -> FeatureScaling {
        guard !excluded.isEmpty else { return self }
        var scales = scales
        for column in excluded { scales[column] = 0 }
        return FeatureScaling(means: means, scales: scales)
    }

    /// The standardised value of `value` in column `column`.
    @inline(__always)
    func standardised(_ value: Float, column: Int) -> Double {
        (Double(value) - means[column]) * inverseScales[column]
    }

    /// Σ over the counted rows of x, or of (x − mean)² when `means` are given, for every column,
    /// accumulated in `Double` (each distinct row weighted by its count).
    private static func columnSums(of rows: DistinctRows, centredOn means: [Double]?) -> [Double] {
        let columns = rows.columnCount
        if let factors = rows.factors { return columnSums(of: factors, counts: rows.counts, centredOn: means) }
        let partials = RowChunks.map(rowCount: rows.count) { chunk in
            var sums = [Double](repeating: 0, count: columns)
            rows.values.withUnsafeBufferPointer { values in
                rows.counts.withUnsafeBufferPointer { counts in
                    sums.withUnsafeMutableBufferPointer { sums in
                        for row in chunk {
                            let base = row * columns
                            let count = counts[row].total
                            if let means {
                                for column in 0..<columns {
                                    let deviation = Double(values[base + column]) - means[column]
                                    sums[column] += count * (deviation * deviation)
                                }
                            } else {
                                for column in 0..<columns {
                                    sums[column] += count * Double(values[base + column])
                                }
                            }
                        }
                    }
                }
            }
            return sums
        }
        var total = [Double](repeating: 0, count: columns)
        for partial in partials {
            for column in 0..<columns {
                total[column] += partial[column]
            }
        }
        return total
    }

    /// `columnSums(of:centredOn:)` on factored rows: each level's count (Σ of its rows' counts, in row
    /// order) times its value, or its squared deviation, summed over the levels in level order.
    /// Counts and `Float` values make every product and sum of a constant column exact, so it still
    /// gets exactly its value as mean and 0 as scale.
    private static func columnSums(of factors: FactoredRows, counts: [DistinctRows.LabelCounts],
                                   centredOn means: [Double]?) -> [Double] {
        var sums = [Double](repeating: 0, count: factors.place.count)
        for factor in [factors.first, factors.second] {
            var levelCounts = [Double](repeating: 0, count: factor.levelCount)
            for (row, level) in factor.levels.enumerated() {
                levelCounts[Int(level)] += counts[row].total
            }
            let width = factor.columns.count
            for (position, column) in factor.columns.enumerated() {
                var sum = 0.0
                for level in 0..<factor.levelCount {
                    let value = factor.values[level * width + position]
                    if let means {
                        let deviation = value - means[column]
                        sum += levelCounts[level] * (deviation * deviation)
                    } else {
                        sum += levelCounts[level] * value
                    }
                }
                sums[column] = sum
            }
        }
        return sums
    }
}
