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
    /// The cells as stored: numbers in 8 bytes each (see `ResultCells`).
    public private(set) var cells: ResultCells

    /// The values, with empty cells as `nil`. Reading a numeric column builds its array (16 bytes a
    /// cell): read it once per column, not once per cell.
    public var values: Values {
        get { cells.values }
        set { cells = ResultCells(newValue) }
    }

    /// Creates a column.
    public init(_ name: String, _ values: Values) {
        self.name = name
        cells = ResultCells(values)
    }

    /// Creates a column from stored cells.
    public init(_ name: String, cells: ResultCells) {
        self.name = name
        self.cells = cells
    }

    /// Number of values.
    public var count: Int { cells.count }

    /// The whole number at `row`; nil when the cell is empty or the column holds no whole numbers.
    /// Reads the stored cell: no array is built (unlike `values`).
    public func integer(at row: Int) -> Int64? {
        guard case .integers(let v) = cells, v[row] != ResultCells.emptyInteger else { return nil }
        return v[row]
    }

    /// The number at `row` whatever its numeric kind (count, rate or decimal); nil when the cell is
    /// empty or the column holds text.
    public func number(at row: Int) -> Double? {
        switch cells {
        case .integers(let v): v[row] == ResultCells.emptyInteger ? nil : Double(v[row])
        case .rates(let v), .decimals(let v): ResultCells.isEmpty(v[row]) ? nil : v[row]
        case .texts: nil
        }
    }

    /// The text at `row`; nil when the cell is empty or the column holds numbers.
    public func text(at row: Int) -> String? {
        guard case .texts(let v) = cells else { return nil }
        return v[row]
    }
}

/// The cells of a `ResultColumn` as it holds them: whole numbers and decimals in 8 bytes each, an
/// empty cell marked by a value no cell holds (`emptyInteger`; `emptyNumber`, a NaN whose bits no
/// arithmetic produces), instead of an `Optional`'s 16. Tables with hundreds of thousands of rows
/// (grade and institution indicators) stay in memory while the early-warning model runs beside them.
public enum ResultCells: Sendable {
    /// Whole numbers (`emptyInteger` for an empty cell).
    case integers([Int64])
    /// Proportions (`emptyNumber` for an empty cell).
    case rates([Double])
    /// Means and statistics (`emptyNumber` for an empty cell).
    case decimals([Double])
    /// Text.
    case texts([String?])

    /// The stored form of an empty whole-number cell (no count, year or code is this low).
    public static let emptyInteger = Int64.min
    /// The stored form of an empty decimal cell: a quiet NaN with a payload, so that a NaN a
    /// computation gives stays a NaN value.
    public static let emptyNumber = Double(bitPattern: 0x7FF8_0000_E3E7_0001)

    /// Whether a stored decimal is the empty cell.
    @inline(__always)
    public static func isEmpty(_ value: Double) -> Bool { value.bitPattern == emptyNumber.bitPattern }

    /// The stored form of `values`.
    public init(_ values: ResultColumn.Values) {
        switch values {
        case .integers(let v): self = .integers(v.map { $0 ?? ResultCells.emptyInteger })
        case .rates(let v): self = .rates(v.map { $0 ?? ResultCells.emptyNumber })
        case .decimals(let v): self = .decimals(v.map { $0 ?? ResultCells.emptyNumber })
        case .texts(let v): self = .texts(v)
        }
    }

    /// The values with empty cells as `nil`.
    public var values: ResultColumn.Values {
        switch self {
        case .integers(let v): .integers(v.map { $0 == ResultCells.emptyInteger ? nil : $0 })
        case .rates(let v): .rates(v.map { ResultCells.isEmpty($0) ? nil : $0 })
        case .decimals(let v): .decimals(v.map { ResultCells.isEmpty($0) ? nil : $0 })
        case .texts(let v): .texts(v)
        }
    }

    /// Number of cells.
    public var count: Int {
        switch self {
        case .integers(let v): v.count
        case .rates(let v), .decimals(let v): v.count
        case .texts(let v): v.count
        }
    }
}
