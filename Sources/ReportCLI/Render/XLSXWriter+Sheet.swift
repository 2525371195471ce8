import Indicators

extension XLSXWriter {
    /// `xl/worksheets/sheetN.xml` for `table`: a bold, frozen header row, then one row per table row.
    /// Empty values get no cell at all; rates and decimals hold the same six-decimal values as the CSV.
    ///
    /// - Complexity: O(cells), appending bytes to one buffer; each column's cell markup is built once.
    static func worksheet(for table: ResultTable, isFirst: Bool) -> [UInt8] {
        let letters = table.columns.indices.map(columnLetters)
        var xml: [UInt8] = []
        xml.reserveCapacity(256 + (table.rowCount + 1) * max(table.columns.count, 1) * 40)
        xml.append(contentsOf: declaration.utf8)
        xml.append(contentsOf: "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">".utf8)
        if let lastLetters = letters.last {
            xml.append(contentsOf: "<dimension ref=\"A1:\(lastLetters)\(table.rowCount + 1)\"/>".utf8)
        }
        xml.append(contentsOf: "<sheetViews><sheetView\(isFirst ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">".utf8)
        xml.append(contentsOf: "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>".utf8)
        xml.append(contentsOf: "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>".utf8)
        xml.append(contentsOf: "</sheetView></sheetViews><sheetData><row r=\"1\">".utf8)
        for (letter, column) in zip(letters, table.columns) {
            xml.append(contentsOf: "<c r=\"\(letter)1\" s=\"\(headerStyle)\" t=\"inlineStr\">".utf8)
            appendInlineString(column.name, to: &xml)
        }
        xml.append(contentsOf: "</row>".utf8)
        let cells = zip(letters, table.columns).map { CellMarkup(letters: $0, values: $1.values) }
        for row in 0..<table.rowCount {
            xml.append(contentsOf: "<row r=\"".utf8)
            xml.appendDecimalDigits(of: Int64(row + 2))
            xml.append(contentsOf: "\">".utf8)
            for cell in cells {
                cell.append(row: row, to: &xml)
            }
            xml.append(contentsOf: "</row>".utf8)
        }
        xml.append(contentsOf: "</sheetData>".utf8)
        xml.append(contentsOf: dataValidations(for: table).utf8)
        xml.append(contentsOf: "</worksheet>".utf8)
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

    /// Appends `<is><t>…</t></is></c>` for `text`, preserving XML spaces (space, tab, LF, CR) at either end.
    static func appendInlineString(_ text: String, to xml: inout [UInt8]) {
        let xmlSpaces: [UInt8] = [0x20, 0x09, 0x0A, 0x0D]
        let utf8 = text.utf8
        let keepsSpaces = utf8.first.map(xmlSpaces.contains) == true || utf8.last.map(xmlSpaces.contains) == true
        xml.append(contentsOf: (keepsSpaces ? "<is><t xml:space=\"preserve\">" : "<is><t>").utf8)
        let isPlain = utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0xEF && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<")
                && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
        }
        xml.append(contentsOf: isPlain ? utf8 : MarkupEscaping.escaped(text).utf8)
        xml.append(contentsOf: "</t></is></c>".utf8)
    }
}

/// The markup of one column's cells, built once: `<c r="D` + row + `" s="1" t="n"><v>` + value + `</v></c>`.
private struct CellMarkup {
    /// The column's values.
    let values: ResultColumn.Values
    /// `<c r="D`: the cell start up to the row number.
    let opening: [UInt8]
    /// What follows the row number: style, type and the value's opening tag.
    let afterRow: [UInt8]

    /// Prepares the markup of column `letters` holding `values`.
    init(letters: String, values: ResultColumn.Values) {
        self.values = values
        opening = Array("<c r=\"\(letters)".utf8)
        switch values {
        case .integers: afterRow = Array("\" t=\"n\"><v>".utf8)
        case .rates: afterRow = Array("\" s=\"\(XLSXWriter.rateStyle)\" t=\"n\"><v>".utf8)
        case .decimals: afterRow = Array("\" s=\"\(XLSXWriter.decimalStyle)\" t=\"n\"><v>".utf8)
        case .texts: afterRow = Array("\" t=\"inlineStr\">".utf8)
        }
    }

    /// Appends the cell of 0-based table `row`, or nothing when the value is empty or not finite.
    func append(row: Int, to xml: inout [UInt8]) {
        switch values {
        case .integers(let column):
            guard let value = column[row] else { return }
            appendStart(row: row, to: &xml)
            xml.appendDecimalDigits(of: value)
            xml.append(contentsOf: "</v></c>".utf8)
        case .rates(let column), .decimals(let column):
            guard let value = column[row], value.isFinite else { return }
            appendStart(row: row, to: &xml)
            xml.appendSixDecimals(value, separator: UInt8(ascii: "."))
            xml.append(contentsOf: "</v></c>".utf8)
        case .texts(let column):
            guard let value = column[row] else { return }
            appendStart(row: row, to: &xml)
            XLSXWriter.appendInlineString(value, to: &xml)
        }
    }

    /// Appends the cell's start tag for table `row` (sheet row `row + 2`).
    private func appendStart(row: Int, to xml: inout [UInt8]) {
        xml.append(contentsOf: opening)
        xml.appendDecimalDigits(of: Int64(row + 2))
        xml.append(contentsOf: afterRow)
    }
}
