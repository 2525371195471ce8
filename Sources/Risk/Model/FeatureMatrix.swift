/// A dense table of model features: one row per student, one `Float` column per feature.
///
/// Values are stored row-major in a single contiguous `[Float]` (`rowCount × columnCount`), so
/// four million rows of twenty features take 320 MB and collapsing them for a fit (`DistinctRows`)
/// streams through memory once. Rows are appended one at a time; reserve capacity up front when the row count is known.
/// Values must be finite: missing inputs are encoded by the feature builder (for example as 0
/// plus an indicator column), never as NaN.
public struct FeatureMatrix: Sendable, Equatable {
    /// Feature names, one per column, in column order.
    public let columnNames: [String]
    /// All values, row after row: the value of row `r`, column `c` is at `r * columnCount + c`.
    public private(set) var values: [Float]
    /// Number of rows appended so far.
    public private(set) var rowCount: Int

    /// Creates an empty matrix with the given columns, reserving room for `reservingRows` rows.
    ///
    /// Column names must be distinct.
    public init(columnNames: [String], reservingRows: Int = 0) {
        precondition(Set(columnNames).count == columnNames.count, "duplicate feature names")
        precondition(reservingRows >= 0, "negative row reservation")
        self.columnNames = columnNames
        self.values = []
        self.rowCount = 0
        values.reserveCapacity(reservingRows * columnNames.count)
    }

    /// Creates a matrix from rows given as arrays (convenient for small tables and tests).
    public init(columnNames: [String], rows: [[Float]]) {
        self.init(columnNames: columnNames, reservingRows: rows.count)
        for row in rows {
            appendRow(row)
        }
    }

    /// Number of columns (features).
    public var columnCount: Int { columnNames.count }

    /// Makes room for `additionalRows` more rows without reallocating.
    public mutating func reserveRows(_ additionalRows: Int) {
        precondition(additionalRows >= 0, "negative row reservation")
        values.reserveCapacity(values.count + additionalRows * columnCount)
    }

    /// Appends one row; it must hold exactly `columnCount` values, in column order.
    ///
    /// - Complexity: O(`columnCount`) amortised.
    public mutating func appendRow(_ row: some Collection<Float>) {
        precondition(row.count == columnCount, "row has \(row.count) values, expected \(columnCount)")
        values.append(contentsOf: row)
        rowCount += 1
    }

    /// The value in row `row`, column `column`.
    public subscript(row row: Int, column column: Int) -> Float {
        precondition(column >= 0 && column < columnCount, "column out of range")
        return values[row * columnCount + column]
    }

    /// The values of one row, in column order (a view that shares storage, no copy).
    public func row(_ index: Int) -> ArraySlice<Float> {
        precondition(index >= 0 && index < rowCount, "row out of range")
        let start = index * columnCount
        return values[start..<(start + columnCount)]
    }

    /// The position of the column named `name`, if any.
    public func columnIndex(named name: String) -> Int? {
        columnNames.firstIndex(of: name)
    }

    /// A new matrix with the given rows, in the order given (e.g. the training years of a split).
    ///
    /// - Complexity: O(number of selected rows × `columnCount`).
    public func selectingRows(_ indices: some Collection<Int>) -> FeatureMatrix {
        var selected = FeatureMatrix(columnNames: columnNames, reservingRows: indices.count)
        for index in indices {
            selected.appendRow(row(index))
        }
        return selected
    }
}
