import Indicators

/// A `ResultTable` whose columns are found by name in constant time, read cell by cell.
///
/// The reports read every input by table and column name, so they keep working when a column is
/// missing (the cell reads as `nil`) and never depend on how another module built the table.
struct IndexedTable: Sendable {
    /// The table as given.
    let table: ResultTable
    /// Position of each column in `table.columns`.
    private let positions: [String: Int]

    /// Indexes `table`; when two columns share a name, the first wins.
    init(_ table: ResultTable) {
        self.table = table
        var positions: [String: Int] = [:]
        for (index, column) in table.columns.enumerated() where positions[column.name] == nil {
            positions[column.name] = index
        }
        self.positions = positions
    }

    /// Number of rows.
    var rowCount: Int { table.rowCount }

    /// Whether the table has a column named `name`.
    func has(_ name: String) -> Bool { positions[name] != nil }

    /// The column named `name`, if any.
    func column(_ name: String) -> ResultColumn? {
        positions[name].map { table.columns[$0] }
    }

    /// The text at `row` of column `name`; numbers are not converted.
    func text(_ name: String, at row: Int) -> String? {
        column(name)?.text(at: row)
    }

    /// The whole number at `row` of column `name`.
    func integer(_ name: String, at row: Int) -> Int64? {
        column(name)?.integer(at: row)
    }

    /// The number at `row` of column `name`, whatever its numeric kind (count, rate or decimal).
    func number(_ name: String, at row: Int) -> Double? {
        column(name)?.number(at: row)
    }

    /// The year of `row` (column `anio`).
    func year(at row: Int) -> Int? {
        integer("anio", at: row).map(Int.init)
    }

    /// Row numbers grouped by the text of column `name`, each group in table order.
    ///
    /// - Complexity: O(rows).
    func rowsGrouped(by name: String) -> [String: [Int]] {
        guard case .texts(let values)? = column(name)?.values else { return [:] }
        var groups: [String: [Int]] = [:]
        for (row, value) in values.enumerated() {
            if let value { groups[value, default: []].append(row) }
        }
        return groups
    }

    /// The distinct years of column `anio`, ascending.
    var years: [Int] {
        guard case .integers(let values)? = column("anio")?.values else { return [] }
        return Set(values.compactMap { $0.map(Int.init) }).sorted()
    }
}
