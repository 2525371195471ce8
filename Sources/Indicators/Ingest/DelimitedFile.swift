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
    /// Bytes read as Windows-1252 in a file read as UTF-8 (a mostly-UTF-8 file; 0 otherwise).
    public var mixedBytes = 0

    /// Opens, decodes and sniffs `path`.
    public init(path: String, encoding forced: TextEncoding? = nil) throws(IngestError) {
        let raw = try FileBytes.read(path)
        if raw.isEmpty || raw.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x20 }) {
            throw IngestError(.emptyFile, file: path, hint: "exporte de nuevo el archivo desde SIMAT")
        }
        if FileBytes.looksBinary(raw) {
            throw IngestError(.binaryFile, file: path, line: 1,
                              hint: "si es un libro de Excel, guárdelo como CSV (delimitado) antes de cargarlo")
        }
        let decoded = TextEncoding.decode(raw, forced: forced)
        self.path = path
        encoding = decoded.encoding
        mixedBytes = decoded.mixedBytes
        if let offset = decoded.firstInvalidOffset {
            invalidUTF8At = DelimitedFile.lineAndColumn(of: offset, in: raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw)
        }
        let sniffed = Dialect.sniff(decoded.utf8)
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
