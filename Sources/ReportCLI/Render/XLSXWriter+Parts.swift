extension XLSXWriter {
    /// XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// SpreadsheetML main namespace.
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    /// Office document relationships namespace.
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// Style index of rate cells (`0.00%`), in `cellXfs` order.
    static let rateStyle = 1
    /// Style index of decimal cells (`0.000000`).
    static let decimalStyle = 2
    /// Style index of header cells (bold).
    static let headerStyle = 3

    /// `[Content_Types].xml`: the type of every part, one override per sheet.
    static func contentTypes(sheetCount: Int) -> String {
        let sheets = (1...sheetCount).map { number in
            "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + sheets + "</Types>"
    }

    /// `_rels/.rels`: the package's entry point is the workbook.
    static let packageRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    /// `xl/workbook.xml`: the sheets in order, named `sheetNames`.
    static func workbook(sheetNames: [String]) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            "<sheet name=\"\(MarkupEscaping.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return declaration
            + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
            + "<sheets>\(sheets)</sheets></workbook>"
    }

    /// `xl/_rels/workbook.xml.rels`: `rId1…rIdN` are the sheets, `rIdN+1` the styles.
    static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (1...sheetCount).map { number in
            "<Relationship Id=\"rId\(number)\" Type=\"\(relationshipsNamespace)/worksheet\" "
                + "Target=\"worksheets/sheet\(number).xml\"/>"
        }.joined()
        return declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + sheets
            + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipsNamespace)/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }

    /// `xl/styles.xml`: cell formats 0 default, 1 percent (`numFmtId` 10, `0.00%`), 2 six decimals
    /// (custom 164, `0.000000`), 3 bold header.
    static let styles = declaration
        + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.000000\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
