/// Sequential row iteration with `String` fields, for the small input kinds (directorio, MEN
/// reference, Ruta plans, subregions; Saber 11 files are read in chunks by `ChunkedRowReader`).
/// Rows with a wrong field count or an unterminated quote become rejects.
public struct RowReader {
    /// Calls `body(fields, line)` for every well-formed data row of `file`; returns rows read and the
    /// rejected rows (`fileIndex` is stored in them). Only the fields whose index is in `columns`
    /// (all when nil) are decoded; the others are passed as empty strings.
    public static func forEachRow(_ file: DelimitedFile, fileIndex: Int, columns: Set<Int>? = nil,
                                  _ body: ([String], Int) -> RejectReasonDetail?)
        throws(IngestError) -> (read: Int, rejects: [RejectedRow])
    {
        let wanted = columns.map { set in (0..<file.header.count).map { set.contains($0) } }
        let scratch = ByteScratch()
        return try forEachRawRow(file, fileIndex: fileIndex) { p, fields, line in
            var values = [String](repeating: "", count: fields.count)
            for (k, field) in fields.enumerated() where wanted?[k] ?? true {
                values[k] = String(decoding: CSVScanner.value(p, field, scratch: scratch), as: UTF8.self)
            }
            return body(values, line)
        }
    }

    /// Like `forEachRow`, but `body(text, fields, line)` reads the fields' bytes itself
    /// (`CSVScanner.value`).
    static func forEachRawRow(_ file: DelimitedFile, fileIndex: Int,
                              _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<FieldSpan>, Int) -> RejectReasonDetail?)
        throws(IngestError) -> (read: Int, rejects: [RejectedRow])
    {
        var rejects: [RejectedRow] = []
        var read = 0
        let expected = file.header.count
        let row = RowFields(capacity: expected + 4)
        try file.forEachBlock { p, start, firstLine, final in
            var position = start
            var line = firstLine
            while position < p.count {
                let scan = CSVScanner.scanRow(p, from: position, delimiter: file.dialect.delimiter, into: row)
                let fields = row.spans
                if !final && scan.next >= p.count { break }   // completed by the next block
                defer { position = scan.next; line += scan.lineEnds }
                if CSVScanner.isBlank(fields) { continue }
                read += 1
                var problem: RejectReasonDetail?
                if scan.unterminatedQuote {
                    problem = RejectReasonDetail(.unterminatedQuote, "el archivo termina dentro de comillas")
                } else if fields.count != expected {
                    problem = RejectReasonDetail(.fieldCount, "se esperaban \(expected) campos y hay \(fields.count)")
                } else {
                    problem = body(p, fields, line)
                }
                if let problem {
                    rejects.append(RejectedRow(file: fileIndex, line: line, reason: problem.reason,
                                               detail: problem.detail,
                                               content: CSVScanner.rawRow(p, from: position, to: scan.next)))
                }
            }
            return (position, line)
        }
        return (read, rejects)
    }
}

/// A rejection decided by a row callback.
public struct RejectReasonDetail: Sendable {
    /// Why.
    public var reason: RejectReason
    /// Detail for the rejects file.
    public var detail: String
    /// Creates a rejection.
    public init(_ reason: RejectReason, _ detail: String) {
        self.reason = reason
        self.detail = detail
    }
}
