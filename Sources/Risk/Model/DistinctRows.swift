/// The distinct rows of a feature table, each with how many times it occurs with each label: the
/// form in which `LogisticRegression` fits.
///
/// The logistic log-likelihood, its gradient and its information matrix are sums over rows whose
/// terms depend only on the row's features and label, so equal rows can be summed once, weighted
/// by their counts. Early-warning rows are binary flags, a small count and one institution rate:
/// four million training rows collapse to about 650 000 distinct ones, and every pass of the fit
/// shrinks accordingly.
///
/// Rows are identified either by their values (`add(_:label:)`, compared bit for bit, so −0 and +0
/// are distinct rows, which costs nothing but a little compression) or by an exact key chosen by
/// the caller (`add(key:label:writingRow:)`, equal keys meaning equal rows), never both in one
/// table. Distinct rows keep the order of their first appearance and counts are exact integers,
/// so the table, and every sum over it, depends only on the rows added, in their order.
struct DistinctRows: Sendable {
    /// Feature names, one per column, in column order.
    let columnNames: [String]
    /// The distinct rows, row-major in order of first appearance.
    private(set) var values: [Float] = []
    /// Per distinct row: how many added rows equal it with a positive label.
    private(set) var positives: [Double] = []
    /// Per distinct row: how many added rows equal it with a negative label.
    private(set) var negatives: [Double] = []
    /// Finds a distinct row by its key (a hash of the values, or the caller's key).
    private var table: RowKeyTable
    /// Whether rows are identified by caller keys (`true`) or by their values (`false`), once known.
    private var identifiedByKeys: Bool?

    /// An empty table with the given columns and room for `reservingDistinctRows` distinct rows.
    init(columnNames: [String], reservingDistinctRows: Int = 0) {
        precondition(reservingDistinctRows >= 0, "negative reservation")
        self.columnNames = columnNames
        table = RowKeyTable(reserving: reservingDistinctRows)
        values.reserveCapacity(reservingDistinctRows * columnNames.count)
        positives.reserveCapacity(reservingDistinctRows)
        negatives.reserveCapacity(reservingDistinctRows)
    }

    /// The distinct rows of `matrix`, with one label per row, identified by their values.
    ///
    /// - Complexity: O(rows × columns) expected (one hash and, on a match, one comparison per row).
    init(_ matrix: FeatureMatrix, labels: [Bool]) {
        precondition(labels.count == matrix.rowCount, "one label per row")
        self.init(columnNames: matrix.columnNames)
        let columns = matrix.columnCount
        matrix.values.withUnsafeBufferPointer { values in
            for row in 0..<matrix.rowCount {
                add(UnsafeBufferPointer(rebasing: values[(row * columns)..<(row * columns + columns)]),
                    label: labels[row])
            }
        }
    }

    /// Number of columns (features).
    var columnCount: Int { columnNames.count }

    /// Number of distinct rows.
    var count: Int { positives.count }

    /// The values of distinct row `index`, in column order.
    func row(_ index: Int) -> ArraySlice<Float> {
        values[(index * columnCount)..<(index * columnCount + columnCount)]
    }

    /// Counts one more row with features `row` (in column order) and label `label`; returns the
    /// index of its distinct row.
    ///
    /// - Complexity: O(columns) expected.
    @discardableResult
    mutating func add(_ row: UnsafeBufferPointer<Float>, label: Bool) -> Int {
        precondition(row.count == columnCount, "row has \(row.count) values, expected \(columnCount)")
        precondition(identifiedByKeys != true, "this table identifies rows by key")
        identifiedByKeys = false
        let hash = Self.valueHash(row)
        switch table.probe(key: hash, matches: { self.row($0).elementsEqual(row, by: Self.sameBits) }) {
        case .found(let index):
            return count(index, label: label)
        case .vacant(let slot):
            table.insert(key: hash, index: count, at: slot)
            values.append(contentsOf: row)
            return count(count, label: label)
        }
    }

    /// Counts one more row named `key` with label `label`; returns the index of its distinct row.
    ///
    /// Equal keys must mean equal rows. `writingRow` writes the row's values (column order) and is
    /// called only the first time a key appears.
    ///
    /// - Complexity: O(1) expected, plus O(columns) for a new key.
    @discardableResult
    mutating func add(key: UInt64, label: Bool, writingRow: (UnsafeMutableBufferPointer<Float>) -> Void) -> Int {
        precondition(identifiedByKeys != false, "this table identifies rows by value")
        identifiedByKeys = true
        switch table.probe(key: key, matches: { _ in true }) {
        case .found(let index):
            return count(index, label: label)
        case .vacant(let slot):
            table.insert(key: key, index: count, at: slot)
            let start = values.count, end = start + columnCount
            values.append(contentsOf: repeatElement(0, count: columnCount))
            values.withUnsafeMutableBufferPointer { values in
                writingRow(UnsafeMutableBufferPointer(rebasing: values[start..<end]))
            }
            return count(count, label: label)
        }
    }

    /// Adds one to the label's count of distinct row `index`, appending the counts of a new row.
    private mutating func count(_ index: Int, label: Bool) -> Int {
        if index == count {
            positives.append(0)
            negatives.append(0)
        }
        if label {
            positives[index] += 1
        } else {
            negatives[index] += 1
        }
        return index
    }

    /// Whether two values have the same bits.
    private static func sameBits(_ a: Float, _ b: Float) -> Bool { a.bitPattern == b.bitPattern }

    /// A 64-bit hash of the bit patterns of `row` (a multiply–xorshift chain over pairs of values).
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
        return hash
    }
}
