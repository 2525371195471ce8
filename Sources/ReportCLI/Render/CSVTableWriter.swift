import Indicators

/// Renders a `ResultTable` as CSV bytes (SPEC §8): a header row, then one row per table row.
///
/// Integers are written as is, rates and decimals with exactly six decimals (`%.6f` rounding), texts
/// quoted only when needed, `nil` as an empty field.
struct CSVTableWriter: Sendable {
    /// The layout of the output.
    var dialect: CSVDialect

    /// Creates a writer for `dialect` (the standard one unless told otherwise).
    init(dialect: CSVDialect = .standard) {
        self.dialect = dialect
    }

    /// The whole file for `table`, ready for `AtomicFile.write`.
    ///
    /// - Complexity: O(cells); one growing byte buffer, no String per numeric cell.
    func bytes(for table: ResultTable) -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(estimatedSize(of: table))
        write(table, into: &buffer) { _ in }
        return buffer
    }

    /// Streams `table` to `sink` in pieces of about `pieceSize` bytes (the same bytes as `bytes(for:)`).
    func write(_ table: ResultTable, to sink: AtomicFileSink, pieceSize: Int = 1 << 20) throws(AtomicFileError) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(pieceSize + 4096)
        var failure: AtomicFileError?
        write(table, into: &buffer) { buffer in
            guard failure == nil, buffer.count >= pieceSize else { return }
            do throws(AtomicFileError) { try sink.write(buffer) } catch { failure = error }
            buffer.removeAll(keepingCapacity: true)
        }
        if let failure { throw failure }
        try sink.write(buffer)
    }

    /// Appends the file's bytes to `buffer`, calling `rowDone` after the header and after each row
    /// (where a streaming caller may flush).
    private func write(_ table: ResultTable, into buffer: inout [UInt8], rowDone: (inout [UInt8]) -> Void) {
        if dialect.writesByteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        for (index, column) in table.columns.enumerated() {
            if index > 0 { buffer.append(dialect.delimiter) }
            appendText(column.name, to: &buffer)
        }
        buffer.append(contentsOf: dialect.lineEnding)
        let columns = table.columns.map(\.values)
        for row in 0..<table.rowCount {
            for index in columns.indices {
                if index > 0 { buffer.append(dialect.delimiter) }
                appendCell(columns[index], row: row, to: &buffer)
            }
            buffer.append(contentsOf: dialect.lineEnding)
            rowDone(&buffer)
        }
    }

    /// Appends the value at `row`, or nothing when it is `nil`.
    private func appendCell(_ values: ResultColumn.Values, row: Int, to buffer: inout [UInt8]) {
        switch values {
        case .integers(let column):
            if let value = column[row] { buffer.appendDecimalDigits(of: value) }
        case .rates(let column), .decimals(let column):
            if let value = column[row] { buffer.appendSixDecimals(value, separator: dialect.decimalSeparator) }
        case .texts(let column):
            if let value = column[row] { appendText(value, to: &buffer) }
        }
    }

    /// Appends `text`, quoted with doubled inner quotes when it holds a byte that needs quoting.
    private func appendText(_ text: String, to buffer: inout [UInt8]) {
        let utf8 = text.utf8
        guard utf8.contains(where: dialect.needsQuoting) else {
            buffer.append(contentsOf: utf8)
            return
        }
        buffer.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { buffer.append(byte) }
            buffer.append(byte)
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// A first guess at the output size, so the buffer rarely reallocates.
    private func estimatedSize(of table: ResultTable) -> Int {
        let bytesPerCell = 10
        return 64 + table.rowCount * max(1, table.columns.count) * bytesPerCell
    }
}
