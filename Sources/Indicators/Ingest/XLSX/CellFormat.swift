/// What a cell's number format says about how to write its number: as a date, a time, a percentage
/// or a plain number. Read from `xl/styles.xml`: each cell's style index `s` picks an `<xf>` of
/// `<cellXfs>`, whose `numFmtId` is a built-in format or a `<numFmt>` with its `formatCode`.
enum CellFormat: Sendable, Equatable {
    /// General or any number format: the number as stored.
    case number
    /// A date format: the serial as `YYYY-MM-DD`.
    case date
    /// A date and time format: `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS` when the time is not midnight.
    case dateTime
    /// A time-only format: `HH:MM:SS`.
    case time
    /// A percent format: the number times 100 followed by `%`, as the cell shows it.
    case percent
    /// A format of zeros only (`00000`), used to keep a code's leading zeros: a whole number is padded
    /// with zeros to this many digits (`5001` → `05001`), as the cell shows it.
    case zeroPadded(Int)

    /// The kind of the built-in number format `id` (ECMA-376 §18.8.30).
    static func builtIn(_ id: Int) -> CellFormat {
        switch id {
        case 9, 10: return .percent
        case 14...17, 27...31, 34...36, 50...58: return .date
        case 18...21, 32, 33, 45...47: return .time
        case 22: return .dateTime
        default: return .number
        }
    }

    /// The kind of a custom format code: its first section with quoted text, escaped characters,
    /// `[…]` brackets (colours, conditions, locales) and `_x` / `*x` padding removed, then looked at
    /// for date letters (`y`, `d`, `mmm`), time letters (`h`, `s`, `AM/PM`, `[h]`) and `%`.
    static func custom(_ code: String) -> CellFormat {
        var kept: [Character] = []
        var elapsedTime = false
        var iterator = code.makeIterator()
        outer: while let c = iterator.next() {
            switch c {
            case ";": break outer
            case "\"": while let d = iterator.next(), d != "\"" {}
            case "\\", "_", "*": _ = iterator.next()
            case "[":
                var inside = ""
                while let d = iterator.next(), d != "]" { inside.append(d) }
                let lowered = inside.lowercased()
                if lowered.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) && !lowered.isEmpty { elapsedTime = true }
            default: kept.append(contentsOf: c.lowercased())
            }
        }
        let text = String(kept)
        if text.count > 1 && text.count <= 30 && text.allSatisfy({ $0 == "0" }) { return .zeroPadded(text.count) }
        let hasDate = text.contains("y") || text.contains("d") || text.contains("mmm")
        let hasTime = elapsedTime || text.contains("h") || text.contains("s") || text.contains("am/pm") || text.contains("a/p")
        if text == "general" { return .number }
        if hasDate && hasTime { return .dateTime }
        if hasDate { return .date }
        if hasTime { return .time }
        if text.contains("%") { return .percent }
        return .number
    }

    /// The format of each `<cellXfs>` style index of a `styles.xml` part.
    static func styles(_ xml: [UInt8]) -> [CellFormat] {
        struct Handler: XMLHandler {
            var custom: [Int: CellFormat] = [:]
            var cellStyleIDs: [Int] = []
            var inCellXfs = false
            mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: Range<Int>,
                                in buffer: UnsafeBufferPointer<UInt8>, isEmpty: Bool) {
                if XMLScanner.isName(name, "numFmt") {
                    guard let id = XMLScanner.attribute("numFmtId", in: attributes, of: buffer).flatMap({ Int(XLSXWorkbook.text(buffer, $0)) }),
                          let code = XMLScanner.attribute("formatCode", in: attributes, of: buffer) else { return }
                    custom[id] = CellFormat.custom(XLSXWorkbook.text(buffer, code))
                } else if XMLScanner.isName(name, "cellXfs") {
                    inCellXfs = !isEmpty
                } else if XMLScanner.isName(name, "xf") && inCellXfs {
                    let id = XMLScanner.attribute("numFmtId", in: attributes, of: buffer).flatMap { Int(XLSXWorkbook.text(buffer, $0)) }
                    cellStyleIDs.append(id ?? 0)
                }
            }
            mutating func end(_ name: UnsafeBufferPointer<UInt8>) {
                if XMLScanner.isName(name, "cellXfs") { inCellXfs = false }
            }
            mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {}
        }
        var handler = Handler()
        xml.withUnsafeBufferPointer { XMLScanner.scan($0, 0..<$0.count, &handler) }
        return handler.cellStyleIDs.map { handler.custom[$0] ?? builtIn($0) }
    }
}
