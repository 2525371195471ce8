import Indicators

extension XLSXWriter {
    /// `xl/worksheets/sheetN.xml` for `table`: a bold, frozen header row, then one row per table row.
    /// Empty values get no cell at all.
    ///
    /// - Complexity: O(cells), appending bytes to one buffer.
    static func worksheet(for table: ResultTable, isFirst: Bool) -> [UInt8] {
        let letters = table.columns.indices.map(columnLetters)
        var xml: [UInt8] = []
        xml.reserveCapacity(256 + (table.rowCount + 1) * max(table.columns.count, 1) * 32)
        xml.append(contentsOf: declaration.utf8)
        xml.append(contentsOf: "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">".utf8)
        if let lastLetters = letters.last {
            xml.append(contentsOf: "<dimension ref=\"A1:\(lastLetters)\(table.rowCount + 1)\"/>".utf8)
        }
        xml.append(contentsOf: "<sheetViews><sheetView\(isFirst ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">".utf8)
        xml.append(contentsOf: "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>".utf8)
        xml.append(contentsOf: "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>".utf8)
        xml.append(contentsOf: "</sheetView></sheetViews><sheetData>".utf8)
        xml.append(contentsOf: "<row r=\"1\">".utf8)
        for (letter, column) in zip(letters, table.columns) {
            appendTextCell(column.name, reference: letter, row: 1, style: headerStyle, to: &xml)
        }
        xml.append(contentsOf: "</row>".utf8)
        for row in 0..<table.rowCount {
            let sheetRow = row + 2
            xml.append(contentsOf: "<row r=\"".utf8)
            xml.appendDecimalDigits(of: Int64(sheetRow))
            xml.append(contentsOf: "\">".utf8)
            for (letter, column) in zip(letters, table.columns) {
                appendCell(column.values, at: row, reference: letter, sheetRow: sheetRow, to: &xml)
            }
            xml.append(contentsOf: "</row>".utf8)
        }
        xml.append(contentsOf: "</sheetData></worksheet>".utf8)
        return xml
    }

    /// The column letters of 0-based `index`: 0 → `A`, 25 → `Z`, 26 → `AA`.
    static func columnLetters(_ index: Int) -> String {
        var letters: [UInt8] = []
        var remaining = index + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.insert(UInt8(ascii: "A") + UInt8(digit), at: 0)
            remaining = (remaining - 1) / 26
        }
        return String(decoding: letters, as: UTF8.self)
    }

    /// Appends the cell for `values[row]`, or nothing when it is empty or not a finite number.
    private static func appendCell(
        _ values: ResultColumn.Values, at row: Int, reference: String, sheetRow: Int, to xml: inout [UInt8]
    ) {
        switch values {
        case .integers(let column):
            guard let value = column[row] else { return }
            appendNumberCell(reference: reference, row: sheetRow, style: nil, to: &xml) { $0.appendDecimalDigits(of: value) }
        case .rates(let column):
            guard let value = column[row], value.isFinite else { return }
            appendNumberCell(reference: reference, row: sheetRow, style: rateStyle, to: &xml) { $0.append(contentsOf: value.description.utf8) }
        case .decimals(let column):
            guard let value = column[row], value.isFinite else { return }
            appendNumberCell(reference: reference, row: sheetRow, style: decimalStyle, to: &xml) { $0.append(contentsOf: value.description.utf8) }
        case .texts(let column):
            guard let value = column[row] else { return }
            appendTextCell(value, reference: reference, row: sheetRow, style: nil, to: &xml)
        }
    }

    /// Appends `<c r="B2" s="1" t="n"><v>…</v></c>`, the value written by `writeValue`.
    private static func appendNumberCell(
        reference: String, row: Int, style: Int?, to xml: inout [UInt8], writeValue: (inout [UInt8]) -> Void
    ) {
        appendCellStart(reference: reference, row: row, style: style, to: &xml)
        xml.append(contentsOf: " t=\"n\"><v>".utf8)
        writeValue(&xml)
        xml.append(contentsOf: "</v></c>".utf8)
    }

    /// Appends an inline-string cell; spaces at either end are preserved.
    private static func appendTextCell(_ text: String, reference: String, row: Int, style: Int?, to xml: inout [UInt8]) {
        appendCellStart(reference: reference, row: row, style: style, to: &xml)
        let keepsSpaces = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        xml.append(contentsOf: (keepsSpaces ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>").utf8)
        xml.append(contentsOf: MarkupEscaping.escaped(text).utf8)
        xml.append(contentsOf: "</t></is></c>".utf8)
    }

    /// Appends `<c r="B2"` and, when given, ` s="1"`.
    private static func appendCellStart(reference: String, row: Int, style: Int?, to xml: inout [UInt8]) {
        xml.append(contentsOf: "<c r=\"".utf8)
        xml.append(contentsOf: reference.utf8)
        xml.appendDecimalDigits(of: Int64(row))
        xml.append(UInt8(ascii: "\""))
        if let style {
            xml.append(contentsOf: " s=\"".utf8)
            xml.appendDecimalDigits(of: Int64(style))
            xml.append(UInt8(ascii: "\""))
        }
    }
}
