/// Distinct rows stored as two small tables instead of one row of values each: every column belongs
/// to one of two factors, and a row's values in a factor's columns are those of one of the factor's
/// levels. Early-warning rows are a student part (flags, over-age, grade, age) and a context part
/// (the three rates of the row's institution, level and year): 1.7 M distinct rows take a few
/// hundred thousand student levels and some tens of thousands of contexts.
///
/// Every sum of the fit that is linear in the values then splits: Σₖ cₖ·xₖ over the rows is
/// Σ over levels of (Σ of cₖ over the rows at that level)·x, and the products of two columns of one
/// factor need only each level's total weight. A pass over the rows adds a few numbers per row into
/// per-level tables (`NewtonTerms.init(factoredChunk:…)`), and the p² products are taken once per
/// level instead of once per row.
struct FactoredRows: Sendable {
    /// One factor: some of the columns, the values they take at each level, and each row's level.
    struct Factor: Sendable {
        /// The columns (of the full row) this factor holds, ascending.
        let columns: [Int]
        /// Number of levels.
        let levelCount: Int
        /// Level l's value in `columns[c]` at `l * columns.count + c` (`Float` values, widened exactly).
        let values: [Double]
        /// The level of each distinct row.
        let levels: [UInt32]

        /// A factor of `levelCount` levels over `columns`.
        init(columns: [Int], levelCount: Int, values: [Double], levels: [UInt32]) {
            precondition(values.count == levelCount * columns.count, "one value per level and column")
            self.columns = columns
            self.levelCount = levelCount
            self.values = values
            self.levels = levels
        }
    }

    /// The two factors; each column belongs to exactly one.
    let first: Factor
    let second: Factor
    /// For each column: the factor (0 or 1) that holds it and its position among that factor's columns.
    let place: [(factor: Int, position: Int)]

    /// Two factors covering `columnCount` columns, one level per row each.
    init(first: Factor, second: Factor, columnCount: Int) {
        precondition(first.levels.count == second.levels.count, "one level per row in each factor")
        precondition(Set(first.columns + second.columns) == Set(0..<columnCount)
                     && first.columns.count + second.columns.count == columnCount, "each column in one factor")
        var place = [(factor: Int, position: Int)](repeating: (0, 0), count: columnCount)
        for (position, column) in first.columns.enumerated() { place[column] = (0, position) }
        for (position, column) in second.columns.enumerated() { place[column] = (1, position) }
        self.first = first
        self.second = second
        self.place = place
    }

    /// The value of row `row` in column `column`.
    func value(row: Int, column: Int) -> Double {
        let (factor, position) = place[column]
        let table = factor == 0 ? first : second
        return table.values[Int(table.levels[row]) * table.columns.count + position]
    }
}
