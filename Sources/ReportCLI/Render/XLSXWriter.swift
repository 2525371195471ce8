import Indicators

/// Writes `diagnostico.xlsx`: one sheet per `ResultTable`, as a minimal Office Open XML workbook in a
/// STORED ZIP with fixed timestamps, so the same tables always give the same bytes.
///
/// Numbers are numeric cells (rates formatted `0.00%`, decimals `0.000000`), texts inline strings, the
/// header row bold and frozen.
enum XLSXWriter {
    /// Most rows a sheet holds, header included.
    static let maximumRows = 1_048_576
    /// Most columns a sheet holds.
    static let maximumColumns = 16_384

    /// The workbook's bytes, ready for `AtomicFile.write`.
    ///
    /// Throws when a table has more rows or columns than a sheet holds, or the file would pass 4 GiB.
    static func bytes(for tables: [ResultTable]) throws(XLSXWriterError) -> [UInt8] {
        precondition(!tables.isEmpty, "a workbook needs at least one sheet")
        for table in tables {
            if table.rowCount + 1 > maximumRows {
                throw XLSXWriterError(
                    code: .tooManyRows, table: table.name, found: table.rowCount + 1, limit: maximumRows)
            }
            if table.columns.count > maximumColumns {
                throw XLSXWriterError(code: .tooManyColumns, table: table.name, found: table.columns.count,
                                      limit: maximumColumns)
            }
        }
        let sheetNames = XLSXSheetName.uniqueNames(for: tables.map(\.name))
        var archive = ZIPArchive()
        archive.add(name: "[Content_Types].xml", bytes: Array(contentTypes(sheetCount: tables.count).utf8))
        archive.add(name: "_rels/.rels", bytes: Array(packageRelationships.utf8))
        archive.add(name: "xl/workbook.xml", bytes: Array(workbook(sheetNames: sheetNames).utf8))
        archive.add(name: "xl/_rels/workbook.xml.rels",
                    bytes: Array(workbookRelationships(sheetCount: tables.count).utf8))
        archive.add(name: "xl/styles.xml", bytes: Array(styles.utf8))
        for (index, table) in tables.enumerated() {
            archive.add(name: "xl/worksheets/sheet\(index + 1).xml", bytes: worksheet(for: table, isFirst: index == 0))
        }
        guard archive.size <= ZIPArchive.maximumSize else {
            throw XLSXWriterError(code: .archiveTooLarge, table: "", found: archive.size, limit: ZIPArchive.maximumSize)
        }
        return archive.bytes()
    }
}
