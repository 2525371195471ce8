import Indicators

/// Builds the tables shown in reports: columns picked from input tables by name, rows aligned across
/// tables (an institution's years beside the territory's), headers in Spanish.
struct ReportTableBuilder: Sendable {
    /// Number of rows of the table being built.
    let rowCount: Int
    /// Columns so far.
    private(set) var columns: [ResultColumn] = []

    /// Starts a table of `rowCount` rows.
    init(rowCount: Int) {
        self.rowCount = rowCount
    }

    /// Copies column `name` of `table` at `rows` (`nil` gives an empty cell) under `label`, keeping its
    /// kind; does nothing when the table or the column is missing.
    mutating func copy(_ name: String, from table: IndexedTable?, rows: [Int?], as label: String) {
        precondition(rows.count == rowCount, "one source row per row")
        guard let column = table?.column(name) else { return }
        func pick<T>(_ values: [T?]) -> [T?] { rows.map { $0.flatMap { values[$0] } } }
        let values: ResultColumn.Values = switch column.values {
        case .integers(let values): .integers(pick(values))
        case .rates(let values): .rates(pick(values))
        case .decimals(let values): .decimals(pick(values))
        case .texts(let values): .texts(pick(values))
        }
        columns.append(ResultColumn(label, values))
    }

    /// Copies column `name` of `table` at `rows` under `label`.
    mutating func copy(_ name: String, from table: IndexedTable?, rows: [Int], as label: String) {
        copy(name, from: table, rows: rows.map(Optional.some), as: label)
    }

    /// Adds a column of texts.
    mutating func texts(_ label: String, _ values: [String?]) {
        precondition(values.count == rowCount, "one value per row")
        columns.append(ResultColumn(label, .texts(values)))
    }

    /// Adds a column of whole numbers.
    mutating func integers(_ label: String, _ values: [Int64?]) {
        precondition(values.count == rowCount, "one value per row")
        columns.append(ResultColumn(label, .integers(values)))
    }

    /// Adds a column of proportions, shown as percentages.
    mutating func rates(_ label: String, _ values: [Double?]) {
        precondition(values.count == rowCount, "one value per row")
        columns.append(ResultColumn(label, .rates(values)))
    }

    /// The table.
    func table(named name: String) -> ResultTable {
        ResultTable(name: name, columns: columns)
    }
}
