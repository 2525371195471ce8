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

    /// Estimates means and population standard deviations of every column of `matrix`
    /// (two passes: the mean, then the squared deviations from it). An empty matrix gives
    /// means and scales of 0.
    ///
    /// - Complexity: O(rows × columns), split over all cores in fixed chunks merged in order.
    init(fittedTo matrix: FeatureMatrix) {
        let columns = matrix.columnCount
        let rows = matrix.rowCount
        guard rows > 0 else {
            self.init(means: Array(repeating: 0, count: columns), scales: Array(repeating: 0, count: columns))
            return
        }
        let sums = Self.columnSums(of: matrix) { value, _ in value }
        let means = sums.map { $0 / Double(rows) }
        let squares = Self.columnSums(of: matrix) { value, column in
            let deviation = value - means[column]
            return deviation * deviation
        }
        self.init(means: means, scales: squares.map { ($0 / Double(rows)).squareRoot() })
    }

    /// The standardised value of `value` in column `column`.
    @inline(__always)
    func standardised(_ value: Float, column: Int) -> Double {
        (Double(value) - means[column]) * inverseScales[column]
    }

    /// Σ over rows of `term(value, column)` for every column, accumulated in `Double`.
    private static func columnSums(
        of matrix: FeatureMatrix,
        _ term: @Sendable (Double, Int) -> Double
    ) -> [Double] {
        let columns = matrix.columnCount
        let partials = RowChunks.map(rowCount: matrix.rowCount) { rows in
            var sums = [Double](repeating: 0, count: columns)
            matrix.values.withUnsafeBufferPointer { values in
                for row in rows {
                    let base = row * columns
                    for column in 0..<columns {
                        sums[column] += term(Double(values[base + column]), column)
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
}
