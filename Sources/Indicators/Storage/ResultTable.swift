/// A finished output table (indicators, flags, quality checks), stored column by column.
///
/// Every writer (CSV, Markdown, HTML, XLSX) renders the same `ResultTable`, so a table's
/// columns, order and formatting rules live in one place.
public struct ResultTable: Sendable {
    /// File stem of the table, e.g. `indicadores_territorio` (written as `indicadores_territorio.csv`).
    public var name: String
    /// Columns in output order; all have `rowCount` values.
    public var columns: [ResultColumn]

    /// Creates a table; every column must hold the same number of values.
    public init(name: String, columns: [ResultColumn]) {
        precondition(Set(columns.map(\.count)).count <= 1, "columns of unequal length in \(name)")
        self.name = name
        self.columns = columns
    }

    /// Number of rows.
    public var rowCount: Int { columns.first?.count ?? 0 }

    /// The column named `name`, if any.
    public func column(named name: String) -> ResultColumn? {
        columns.first { $0.name == name }
    }
}

/// One typed column of a `ResultTable`. `nil` values are written as empty cells.
public struct ResultColumn: Sendable {
    /// The values of a column and how they are formatted.
    public enum Values: Sendable {
        /// Whole numbers (counts, years, codes that are numbers by nature).
        case integers([Int64?])
        /// Proportions in 0…1: CSV shows 6 decimals (`0.034512`), reports a percentage with one decimal.
        case rates([Double?])
        /// Means and statistics: 6 decimals everywhere.
        case decimals([Double?])
        /// Text (codes, names, levels).
        case texts([String?])
    }

    /// Column header, e.g. `tasa_desercion_intraanual`.
    public var name: String
    /// The values.
    public var values: Values

    /// Creates a column.
    public init(_ name: String, _ values: Values) {
        self.name = name
        self.values = values
    }

    /// Number of values.
    public var count: Int {
        switch values {
        case .integers(let v): v.count
        case .rates(let v): v.count
        case .decimals(let v): v.count
        case .texts(let v): v.count
        }
    }
}
