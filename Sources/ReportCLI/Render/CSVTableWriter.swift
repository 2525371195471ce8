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
        var buffer = RawByteBuffer(capacity: estimatedSize(of: table))
        render(table, into: &buffer, flushAbove: .max) { _ in true }
        return Array(buffer.bytes)
    }

    /// Streams `table` to `sink` in pieces of about `pieceSize` bytes (the same bytes as `bytes(for:)`).
    func write(_ table: ResultTable, to sink: AtomicFileSink, pieceSize: Int = 1 << 20) throws(AtomicFileError) {
        var buffer = RawByteBuffer(capacity: pieceSize + 4096)
        var failure: AtomicFileError?
        render(table, into: &buffer, flushAbove: pieceSize) { bytes in
            do throws(AtomicFileError) { try sink.write(bytes) } catch { failure = error }
            return failure == nil
        }
        if let failure { throw failure }
        try sink.write(buffer.bytes)
    }

    /// Appends the file's bytes to `buffer`; whenever it holds at least `threshold` bytes after a
    /// row (or the header), hands them to `flush` and empties it. Stops when `flush` returns false.
    private func render(_ table: ResultTable, into buffer: inout RawByteBuffer, flushAbove threshold: Int,
                        flush: (UnsafeRawBufferPointer) -> Bool) {
        if dialect.writesByteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        for (index, column) in table.columns.enumerated() {
            if index > 0 { buffer.append(dialect.delimiter) }
            appendText(column.name, to: &buffer)
        }
        buffer.append(contentsOf: dialect.lineEnding)
        if buffer.count >= threshold {
            guard flush(buffer.bytes) else { return }
            buffer.removeAll()
        }
        let rowCount = table.rowCount
        CSVCellSource.withSources(table.columns.map(\.cells)) { sources in
            let lineEnding = dialect.lineEnding, delimiter = dialect.delimiter
            let separator = dialect.decimalSeparator
            for row in 0..<rowCount {
                for (index, source) in sources.enumerated() {
                    if index > 0 { buffer.append(delimiter) }
                    switch source {
                    case .integers(let column):
                        let value = column[row]
                        if value != ResultCells.emptyInteger { buffer.appendDecimalDigits(of: value) }
                    case .numbers(let column):
                        let value = column[row]
                        if !ResultCells.isEmpty(value) { buffer.appendSixDecimals(value, separator: separator) }
                    case .texts(let column):
                        if let value = column[row] { appendText(value, to: &buffer) }
                    }
                }
                lineEnding.withUnsafeBytes { buffer.append($0) }
                if buffer.count >= threshold {
                    guard flush(buffer.bytes) else { return }
                    buffer.removeAll()
                }
            }
        }
    }

    /// Appends `text`, quoted with doubled inner quotes when it holds a byte that needs quoting.
    private func appendText(_ text: String, to buffer: inout RawByteBuffer) {
        var text = text
        text.withUTF8 { utf8 in
            guard utf8.contains(where: dialect.needsQuoting) else {
                buffer.append(UnsafeRawBufferPointer(utf8))
                return
            }
            buffer.append(UInt8(ascii: "\""))
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { buffer.append(byte) }
                buffer.append(byte)
            }
            buffer.append(UInt8(ascii: "\""))
        }
    }

    /// A first guess at the output size, so the buffer rarely reallocates.
    private func estimatedSize(of table: ResultTable) -> Int {
        let bytesPerCell = 10
        return 64 + table.rowCount * max(1, table.columns.count) * bytesPerCell
    }
}
