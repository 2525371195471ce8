extension DelimitedFile {
    /// The seam to the xlsx reader: the sheet `sheet` (or the first) of the workbook `raw` as CSV
    /// bytes, with the reader's problems turned into a Spanish `IngestError` naming the file.
    static func sheetCSV(_ raw: [UInt8], path: String, sheet: String?) throws(IngestError) -> (csv: [UInt8], sheet: String) {
        do throws(XLSXError) {
            return try XLSXSheetCSV.csv(workbook: raw, sheet: sheet)
        } catch where error.code == .sheetNotFound {
            throw IngestError(.sheetNotFound, file: path, found: error.detail,
                              expected: error.sheets.joined(separator: ", "),
                              hint: "escriba en --hoja el nombre de la hoja tal como aparece en su pestaña")
        } catch {
            var found = error.code.rawValue
            if let detail = error.detail { found += " (\(detail))" }
            throw IngestError(.unreadableWorkbook, file: path, found: found,
                              hint: "abra el libro en Excel o LibreOffice y guárdelo de nuevo como .xlsx, o guarde la hoja como CSV")
        }
    }
}
