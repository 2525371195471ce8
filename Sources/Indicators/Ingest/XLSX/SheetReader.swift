/// Turns the XML of one worksheet into RFC 4180 CSV bytes (comma-delimited, UTF-8), row by row as
/// the XML arrives, so that every loader downstream reads an xlsx sheet exactly as it reads a CSV.
///
/// - Rows keep their sheet row numbers: a row missing from the XML (or without values) becomes an
///   empty line, so line N of the CSV is row N of the sheet and messages name the row Excel shows.
/// - Cells are placed in their columns by their `r` reference (`C7` → third field); cells before it
///   that the XML leaves out are empty fields. A row is padded with empty fields to the width of the
///   first row with values (the header), as a CSV export does.
/// - Values: shared strings (`t="s"`), formula strings (`t="str"`), inline strings (`t="inlineStr"`,
///   rich-text runs joined), booleans as `TRUE`/`FALSE`, errors as written (`#N/A`), ISO dates
///   (`t="d"`) as `YYYY-MM-DD`, numbers per `CellNumber`. Formulas give their cached value.
struct SheetReader: XMLHandler {
    /// The CSV produced so far.
    var csv: [UInt8] = []
    let strings: SharedStrings
    let formats: [CellFormat]
    let uses1904: Bool

    private var nextRow = 1
    private var rowNumber = 1
    private var written = 0
    private var headerWidth = 0
    private var column = 0
    private var type = CellType.number
    private var format = CellFormat.number
    private var value: [UInt8] = []
    private var field: [UInt8] = []
    private var collecting = false
    private var inInline = false
    private var phoneticDepth = 0

    /// The `t` attribute of a cell.
    enum CellType { case number, shared, formulaString, inline, boolean, error, isoDate }

    init(strings: SharedStrings, formats: [CellFormat], uses1904: Bool) {
        self.strings = strings
        self.formats = formats
        self.uses1904 = uses1904
    }

    mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: Range<Int>,
                        in buffer: UnsafeBufferPointer<UInt8>, isEmpty: Bool) {
        switch name.count {
        case 1 where name[0] == UInt8(ascii: "c"):
            startCell(attributes, buffer)
            if isEmpty { type = .number }
        case 1 where name[0] == UInt8(ascii: "v"):
            value.removeAll(keepingCapacity: true)
            collecting = !isEmpty
        case 1 where name[0] == UInt8(ascii: "t"):
            collecting = inInline && phoneticDepth == 0 && !isEmpty
        case 2 where XMLScanner.isName(name, "is"):
            value.removeAll(keepingCapacity: true)
            inInline = !isEmpty
        case 3 where XMLScanner.isName(name, "row"):
            startRow(attributes, buffer)
            if isEmpty { endRow() }
        case 3 where XMLScanner.isName(name, "rPh"):
            if !isEmpty { phoneticDepth += 1 }
        default: break
        }
    }

    mutating func end(_ name: UnsafeBufferPointer<UInt8>) {
        switch name.count {
        case 1 where name[0] == UInt8(ascii: "c"): endCell()
        case 1 where name[0] == UInt8(ascii: "v"), 1 where name[0] == UInt8(ascii: "t"): collecting = false
        case 2 where XMLScanner.isName(name, "is"): inInline = false
        case 3 where XMLScanner.isName(name, "row"): endRow()
        case 3 where XMLScanner.isName(name, "rPh"): phoneticDepth = max(0, phoneticDepth - 1)
        default: break
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {
        guard collecting else { return }
        if isCDATA { value.append(contentsOf: bytes) } else { XMLText.appendUnescaped(bytes, to: &value) }
    }

    /// Starts row `r` (or the next row), writing empty lines for the rows the XML skipped.
    private mutating func startRow(_ attributes: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        rowNumber = nextRow
        if let r = XMLScanner.attribute("r", in: attributes, of: buffer) {
            var number = 0
            for i in r where buffer[i] >= UInt8(ascii: "0") && buffer[i] <= UInt8(ascii: "9") && number < 1 << 24 {
                number = number * 10 + Int(buffer[i] - UInt8(ascii: "0"))
            }
            if number >= nextRow { rowNumber = number }
        }
        while nextRow < rowNumber {
            csv.append(0x0A)
            nextRow += 1
        }
        written = 0
        column = 0
    }

    /// Ends the row: pads it to the header's width and ends the line.
    private mutating func endRow() {
        if written > 0 {
            if headerWidth == 0 { headerWidth = written }
            while written < headerWidth {
                csv.append(UInt8(ascii: ","))
                written += 1
            }
        }
        csv.append(0x0A)
        nextRow = rowNumber + 1
        written = 0
    }

    /// Reads a `<c>`'s reference, type and style.
    private mutating func startCell(_ attributes: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) {
        value.removeAll(keepingCapacity: true)
        collecting = false
        inInline = false
        column = written
        if let r = XMLScanner.attribute("r", in: attributes, of: buffer) {
            var letters = 0
            for i in r {
                let b = buffer[i] | 0x20
                guard b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") else { break }
                letters = letters * 26 + Int(b - UInt8(ascii: "a") + 1)
            }
            if letters > 0 && letters <= 16_384 { column = max(letters - 1, written) }
        }
        type = .number
        if let t = XMLScanner.attribute("t", in: attributes, of: buffer), let first = t.first {
            switch buffer[first] {
            case UInt8(ascii: "s"): type = t.count == 1 ? .shared : .formulaString
            case UInt8(ascii: "i"): type = .inline
            case UInt8(ascii: "b"): type = .boolean
            case UInt8(ascii: "e"): type = .error
            case UInt8(ascii: "d"): type = .isoDate
            default: type = .number
            }
        }
        format = .number
        if let s = XMLScanner.attribute("s", in: attributes, of: buffer) {
            var index = 0
            for i in s where buffer[i] >= UInt8(ascii: "0") && buffer[i] <= UInt8(ascii: "9") && index < 1 << 24 {
                index = index * 10 + Int(buffer[i] - UInt8(ascii: "0"))
            }
            if index < formats.count { format = formats[index] }
        }
    }

    /// Writes the cell's value as a CSV field in its column (nothing when it has no value).
    private mutating func endCell() {
        collecting = false
        inInline = false
        guard !value.isEmpty else { return }
        field.removeAll(keepingCapacity: true)
        switch type {
        case .shared:
            var index = 0
            for b in value where b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") && index < 1 << 40 {
                index = index * 10 + Int(b - UInt8(ascii: "0"))
            }
            strings.appendField(index, to: &field)
        case .formulaString, .inline, .error:
            let decoded = XMLText.decodingOOXMLEscapes(value)
            decoded.withUnsafeBufferPointer { XMLText.appendCSVField($0, to: &field) }
        case .boolean:
            field.append(contentsOf: value == [UInt8(ascii: "1")] ? Array("TRUE".utf8) : Array("FALSE".utf8))
        case .isoDate:
            appendISODate()
        case .number:
            CellNumber.append(value, format: format, uses1904: uses1904, to: &field)
        }
        guard !field.isEmpty else { return }
        let separators = column - max(written - 1, 0)
        for _ in 0..<separators { csv.append(UInt8(ascii: ",")) }
        csv.append(contentsOf: field)
        written = column + 1
    }

    /// `2021-03-04T00:00:00` → `2021-03-04`; a time other than midnight is kept after a space.
    private mutating func appendISODate() {
        guard value.count >= 10 else {
            value.withUnsafeBufferPointer { XMLText.appendCSVField($0, to: &field) }
            return
        }
        field.append(contentsOf: value[0..<10])
        if value.count >= 19, value[10] == UInt8(ascii: "T") {
            let time = value[11..<19]
            if !time.elementsEqual("00:00:00".utf8) {
                field.append(0x20)
                field.append(contentsOf: time)
            }
        }
    }
}
