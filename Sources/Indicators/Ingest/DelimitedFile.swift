/// One input file decoded to UTF-8, with its dialect and header: the starting point of every loader.
public struct DelimitedFile: Sendable {
    /// The path as given.
    public var path: String
    /// UTF-8 bytes (BOM removed, Windows-1252 transcoded, `¬` rewritten to one byte).
    public var bytes: [UInt8]
    /// The encoding the file was read with.
    public var encoding: TextEncoding
    /// The sniffed (or forced) dialect.
    public var dialect: Dialect
    /// Header names as written.
    public var header: [String]
    /// Header names normalised per SPEC §1.2.
    public var normalizedHeader: [String]
    /// Offset of the first data row.
    public var dataStart: Int
    /// 1-based line of the first data row.
    public var dataLine: Int
    /// 1-based line and column of the first invalid UTF-8 byte, when the file was read as Windows-1252
    /// because of it.
    public var invalidUTF8At: (line: Int, column: Int)?
    /// The sheet read, when `path` is an Excel workbook (its rows arrive as the CSV `XLSXSheetCSV` writes).
    public var sheet: String?

    /// Opens, decodes and sniffs `path`; an `.xlsx` workbook is read as CSV from `sheet` (or its first sheet).
    public init(path: String, encoding requested: TextEncoding? = nil, sheet wanted: String? = nil) throws(IngestError) {
        var raw = try FileBytes.read(path)
        var forced = requested
        if ZIPDirectory.looksLikeZIP(raw) {
            let converted = try Self.sheetCSV(raw, path: path, sheet: wanted)
            raw = converted.csv
            sheet = converted.sheet
            forced = .utf8
        }
        if raw.isEmpty || raw.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x20 }) {
            throw IngestError(.emptyFile, file: path, hint: "exporte de nuevo el archivo desde SIMAT")
        }
        if FileBytes.looksBinary(raw) {
            throw IngestError(.binaryFile, file: path, line: 1,
                              hint: "si es un libro de Excel .xls (formato antiguo), guárdelo como .xlsx o CSV antes de cargarlo")
        }
        let decoded = TextEncoding.decode(raw, forced: forced)
        self.path = path
        encoding = sheet == nil ? decoded.encoding : .xlsx
        if let offset = decoded.firstInvalidOffset {
            invalidUTF8At = DelimitedFile.lineAndColumn(of: offset, in: raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw)
        }
        let sniffed = sheet == nil ? Dialect.sniff(decoded.utf8) : Dialect.candidates[0]
        let text = sniffed.isNotSign ? Dialect.replacingNotSign(decoded.utf8) : decoded.utf8
        var fields: [FieldSpan] = []
        var start = 0
        var line = 1
        var names: [String] = []
        while start < text.count {
            let scan = text.withUnsafeBufferPointer {
                CSVScanner.scanRow($0, from: start, delimiter: sniffed.delimiter, fields: &fields)
            }
            let blank = CSVScanner.isBlank(fields)
            if !blank {
                names = text.withUnsafeBufferPointer { p in fields.map { CSVScanner.string(p, $0) } }
            }
            start = scan.next
            line += scan.lineEnds
            if !blank { break }
        }
        if names.isEmpty { throw IngestError(.emptyFile, file: path) }
        dialect = sniffed
        bytes = text
        header = names
        normalizedHeader = names.map(TextNormalizer.normalize)
        dataStart = start
        dataLine = line
    }

    /// Number of data bytes after the header.
    public var dataBytes: Int { bytes.count - dataStart }

    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        for i in 0..<offset where bytes[i] == 0x0A || (bytes[i] == 0x0D && bytes[i + 1] != 0x0A) {
            line += 1
            lineStart = i + 1
        }
        return (line, offset - lineStart + 1)
    }
}
