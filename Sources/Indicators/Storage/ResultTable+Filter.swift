extension ResultTable {
    /// The rows for which `keep` returns true; `keep` reads a text cell of the row by column name.
    public func filtered(_ keep: ((String) -> String?) -> Bool) -> ResultTable {
        let rows = (0..<rowCount).filter { row in
            keep { name in column(named: name)?.text(at: row) }
        }
        return selecting(rows)
    }

    /// The given rows, in the given order.
    public func selecting(_ rows: [Int]) -> ResultTable {
        ResultTable(name: name, columns: columns.map { column in
            switch column.values {
            case .integers(let v): ResultColumn(column.name, .integers(rows.map { v[$0] }))
            case .rates(let v): ResultColumn(column.name, .rates(rows.map { v[$0] }))
            case .decimals(let v): ResultColumn(column.name, .decimals(rows.map { v[$0] }))
            case .texts(let v): ResultColumn(column.name, .texts(rows.map { v[$0] }))
            }
        })
    }
}
