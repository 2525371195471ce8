import Indicators

/// One column of a `ResultTable` as a plain buffer of its stored cells (`ResultCells`) that the CSV
/// writer reads cell by cell, without retaining the column's array for every cell. Rates and decimals
/// are both written with six decimals.
enum CSVCellSource {
    /// Whole numbers (`ResultCells.emptyInteger` for an empty cell).
    case integers(UnsafeBufferPointer<Int64>)
    /// Rates and decimals (`ResultCells.emptyNumber` for an empty cell).
    case numbers(UnsafeBufferPointer<Double>)
    /// Texts.
    case texts(UnsafeBufferPointer<String?>)

    /// Calls `body` with a source for each of `columns`, in order; the buffers are valid only inside `body`.
    static func withSources<R>(_ columns: [ResultCells], _ body: ([CSVCellSource]) -> R) -> R {
        var sources: [CSVCellSource] = []
        sources.reserveCapacity(columns.count)
        return nest(columns[...], &sources, body)
    }

    /// Opens the buffer of the first of `columns`, then the rest inside it.
    private static func nest<R>(_ columns: ArraySlice<ResultCells>, _ sources: inout [CSVCellSource],
                                _ body: ([CSVCellSource]) -> R) -> R {
        guard let first = columns.first else { return body(sources) }
        let rest = columns.dropFirst()
        switch first {
        case .integers(let values):
            return values.withUnsafeBufferPointer { sources.append(.integers($0)); return nest(rest, &sources, body) }
        case .rates(let values), .decimals(let values):
            return values.withUnsafeBufferPointer { sources.append(.numbers($0)); return nest(rest, &sources, body) }
        case .texts(let values):
            return values.withUnsafeBufferPointer { sources.append(.texts($0)); return nest(rest, &sources, body) }
        }
    }
}
