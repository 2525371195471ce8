/// One input opened for reading in pieces, decoded to UTF-8, with its dialect and header: the
/// starting point of every loader.
///
/// Opening reads the first block (at least the 1 MiB the dialect sniffer samples), checks for an
/// empty or binary input, sniffs the delimiter and reads the header. The data rows then come block
/// by block through `forEachBlock(_:)`; the file is never whole in memory.
public final class DelimitedFile {
    /// The path as given.
    public let path: String
    /// The sniffed (or forced) dialect.
    public let dialect: Dialect
    /// Header names as written.
    public let header: [String]
    /// Header names normalised per SPEC §1.2.
    public let normalizedHeader: [String]
    /// Offset of the first data row in the first block's text.
    public let dataStart: Int
    /// 1-based line of the first data row.
    public let dataLine: Int
    /// Raw bytes per block (`defaultBlockSize` unless a test asks for less).
    public let blockSize: Int
    /// A row longer than this (four blocks, at least 1 MiB) ends the reading of the file: it can
    /// only be an unterminated quote or a file that is not a table.
    public var maxRowBytes: Int { max(blockSize * 4, 1 << 20) }

    /// 32 MiB: large enough that per-block work is negligible and that chunks stay few (each
    /// chunk's dictionaries are merged into the run's, so many small chunks cost CPU).
    public static let defaultBlockSize = 32 << 20

    let blocks: TextBlocks
    private let restartedAt: (line: Int, column: Int)?
    /// 1-based line where a row longer than `maxRowBytes` stopped the reading, if one did.
    public private(set) var stoppedAtLongRow: Int?

    /// The sheet read, when `path` is an Excel workbook (its rows arrive as the CSV `XLSXSheetCSV` writes).
    public let sheet: String?

    /// The encoding the file was read with (it can turn to Windows-1252 while reading, at the first
    /// invalid UTF-8 byte); `.xlsx` for a workbook.
    public var encoding: TextEncoding {
        if sheet != nil { return .xlsx }
        return restartedAt == nil ? blocks.encoding : .windows1252
    }
    /// 1-based line and column of the first invalid UTF-8 byte, when the file was read as
    /// Windows-1252 because of it.
    public var invalidUTF8At: (line: Int, column: Int)? { restartedAt ?? blocks.firstInvalid }
    /// Bytes read as Windows-1252 in a file read as UTF-8 (a mostly-UTF-8 file; 0 otherwise). Known
    /// only once the file is read.
    public var mixedBytes: Int { blocks.mixedBytes }
    /// Raw byte offset where a run of NUL bytes stopped the reading, if one did.
    public var stoppedAtNul: Int? { blocks.stoppedAtNul }

    /// Opens `path`, reads its first block, sniffs the dialect and reads the header.
    ///
    /// - Parameters:
    ///   - restartedAt: set when an earlier attempt found invalid UTF-8 after valid non-ASCII text:
    ///     the file is then read as Windows-1252 from the start, and this is where the invalid byte is.
    ///   - waitSeconds: how long a pipe or FIFO may stay silent before it is refused.
    ///   - firstReadBytes: text read before sniffing (the sniffer's 1 MiB sample and one byte more,
    ///     so it knows whether the file goes on); tests lower it to put block boundaries in headers.
    /// - Throws: missing, unreadable, empty or binary input; `encodingRestart` (see `TextBlocks`).
    ///   - sheet: the sheet to read when `path` is an `.xlsx` workbook (nil: its first sheet).
    public init(path: String, encoding requested: TextEncoding? = nil, sheet wanted: String? = nil,
                blockSize: Int = defaultBlockSize, waitSeconds: Int = 30,
                restartedAt: (line: Int, column: Int)? = nil,
                firstReadBytes: Int = (1 << 20) + 1) throws(IngestError) {
        self.path = path
        self.blockSize = blockSize
        self.restartedAt = restartedAt
        var source = try InputSource(path: path, waitSeconds: waitSeconds)
        var forced = restartedAt == nil ? requested : .windows1252
        var sheet: String?
        // A workbook (ZIP signature) is converted whole to CSV, then read in blocks like any file.
        if source.starts(with: [0x50, 0x4B, 0x03, 0x04]) || source.starts(with: [0x50, 0x4B, 0x05, 0x06]),
           let raw = try source.readWhole() {
            let converted = try Self.sheetCSV(raw, path: path, sheet: wanted)
            source = InputSource(path: path, bytes: converted.csv)
            sheet = converted.sheet
            forced = .utf8
        }
        self.sheet = sheet
        let blocks = TextBlocks(source: source, blockSize: blockSize, forced: forced)
        self.blocks = blocks
        // The sniffer's sample is 1 MiB: read at least that much (or the whole input) first.
        repeat { try blocks.fill() } while blocks.end < firstReadBytes && !blocks.isFinished
        if !blocks.sawNonWhitespace {
            while !blocks.sawNonWhitespace && !blocks.isFinished {
                blocks.consume(to: blocks.end)
                try blocks.fill()
            }
            if blocks.sawNonWhitespace {
                throw IngestError(.unknownKind, file: path, found: "más de \(blockSize >> 20) MB de líneas en blanco al principio",
                                  hint: "quite las líneas en blanco del principio del archivo")
            }
            throw IngestError(.emptyFile, file: path, hint: "exporte de nuevo el archivo desde SIMAT")
        }
        if FileBytes.looksBinary(blocks.rawSample) {
            throw IngestError(.binaryFile, file: path, line: 1,
                              hint: "si es un libro de Excel .xls (formato antiguo), guárdelo como .xlsx o CSV antes de cargarlo")
        }
        let sniffed = sheet != nil ? Dialect.candidates[0]
            : Dialect.sniff(UnsafeBufferPointer(rebasing: blocks.text[blocks.start...]), more: !blocks.isFinished)
        if sniffed.isNotSign { blocks.replaceNotSign() }
        dialect = sniffed
        let row = RowFields()
        var line = 1
        var names: [String] = []
        while blocks.start < blocks.end || !blocks.isFinished {
            if blocks.start == blocks.end {
                try blocks.fill()
                continue
            }
            let text = blocks.text
            let scan = CSVScanner.scanRow(text, from: blocks.start, delimiter: sniffed.delimiter, into: row)
            if scan.next >= blocks.end && !blocks.isFinished && blocks.end - blocks.start <= max(blockSize * 4, 1 << 20) {
                try blocks.fill()   // the row may go on in the next block
                continue
            }
            let blank = CSVScanner.isBlank(row.spans)
            if !blank { names = row.spans.map { CSVScanner.string(text, $0) } }
            blocks.consume(to: scan.next)
            line += scan.lineEnds
            if !blank { break }
        }
        if names.isEmpty { throw IngestError(.emptyFile, file: path) }
        header = names
        normalizedHeader = names.map(TextNormalizer.normalize)
        dataStart = blocks.start
        dataLine = line
    }

    /// Calls `body` with each piece of the data rows, in order, until the end of the input.
    ///
    /// `body(text, start, line, final)` gets the decoded buffer, the offset of its first unread row
    /// and that row's 1-based line; unless `final`, the last row in `text` may be incomplete, so
    /// `body` returns where it stopped (a row start) and the line there, and the rows from that point
    /// come again, completed, with the next piece. With `final` it must read to the end.
    public func forEachBlock(_ body: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> (next: Int, line: Int))
        throws(IngestError)
    {
        var line = dataLine
        while true {
            let final = blocks.isFinished || stoppedAtLongRow != nil
            let stop = body(blocks.text, blocks.start, line, final)
            blocks.consume(to: stop.next)
            line = stop.line
            if final { return }
            if blocks.end - blocks.start > maxRowBytes {
                stoppedAtLongRow = line
                continue
            }
            try blocks.fill()
        }
    }

    /// The rest of the decoded text from the buffer's start (header included when nothing was
    /// consumed yet): for tests and tools on small files; it defeats the point of reading in pieces.
    public func readAll() throws(IngestError) -> [UInt8] {
        var out = Array(blocks.text)
        while !blocks.isFinished {
            blocks.consume(to: blocks.end)
            try blocks.fill()
            out += UnsafeBufferPointer(rebasing: blocks.text[blocks.start...])
        }
        return out
    }

    /// Spanish notes on how the file was read (encoding switch, reading stopped early).
    public var readingNotes: [String] {
        var notes: [String] = []
        if let at = invalidUTF8At, mixedBytes == 0 {
            notes.append("el archivo no es UTF-8 válido (línea \(at.line), columna \(at.column)); se leyó como Windows-1252")
        }
        if let offset = stoppedAtNul {
            notes.append("desde el byte \(offset) el archivo solo tiene bytes nulos (NUL): se leyó hasta ahí")
        }
        if let line = stoppedAtLongRow {
            let size = maxRowBytes >= 1 << 20 ? "\(maxRowBytes >> 20) MB" : "\(maxRowBytes) bytes"
            notes.append("la fila de la línea \(line) supera \(size) (¿comillas sin cerrar?): se dejó de leer ahí")
        }
        return notes
    }
}
