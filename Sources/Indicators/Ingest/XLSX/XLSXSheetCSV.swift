/// The seam between xlsx workbooks and the CSV ingest path: one sheet of a workbook as RFC 4180 CSV
/// bytes (comma, UTF-8, `\n`), which `DelimitedFile` then reads like any CSV file.
public enum XLSXSheetCSV {
    /// The sheet named `sheet` (or the first sheet) of the workbook `bytes`, as CSV.
    ///
    /// The sheet XML is inflated and converted a piece at a time; only the workbook's compressed
    /// bytes, its shared strings and the CSV output are held whole.
    ///
    /// - Returns: the CSV bytes and the name of the sheet read.
    public static func csv(workbook bytes: [UInt8], sheet: String? = nil) throws(XLSXError) -> (csv: [UInt8], sheet: String) {
        let inflater = Inflater()
        let workbook = try XLSXWorkbook(bytes, inflater: inflater)
        let chosen = try workbook.sheet(named: sheet)
        let directory = workbook.directory
        var strings = SharedStrings()
        if let part = workbook.sharedStringsPart, let entry = directory.entry(named: part) {
            strings = try SharedStrings.read(entry, of: directory, in: bytes, inflater: inflater)
        }
        var formats: [CellFormat] = []
        if let part = workbook.stylesPart, let entry = directory.entry(named: part) {
            formats = CellFormat.styles(try directory.contents(of: entry, in: bytes, inflater: inflater))
        }
        guard let entry = directory.entry(named: chosen.part) else { throw XLSXError(.missingPart, detail: chosen.part) }
        var reader = SheetReader(strings: strings, formats: formats, uses1904: workbook.uses1904DateSystem)
        reader.csv.reserveCapacity(entry.uncompressedSize / 3)
        var scanner = XMLPieceScanner()
        try directory.read(entry, in: bytes, inflater: inflater) { scanner.feed($0, &reader) }
        scanner.finish(&reader)
        return (reader.csv, chosen.name)
    }
}
