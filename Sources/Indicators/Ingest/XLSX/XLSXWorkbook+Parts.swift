extension XLSXWorkbook {
    /// One `<Relationship>` of a `.rels` part.
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of a `.rels` part.
    static func relationships(_ xml: [UInt8]) -> [Relationship] {
        struct Handler: XMLHandler {
            var found: [Relationship] = []
            mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: Range<Int>,
                                in buffer: UnsafeBufferPointer<UInt8>, isEmpty: Bool) {
                guard XMLScanner.isName(name, "Relationship") else { return }
                let value = { (attribute: StaticString) -> String in
                    XMLScanner.attribute(attribute, in: attributes, of: buffer).map { XLSXWorkbook.text(buffer, $0) } ?? ""
                }
                found.append(Relationship(id: value("Id"), type: value("Type"), target: value("Target")))
            }
            mutating func end(_ name: UnsafeBufferPointer<UInt8>) {}
            mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {}
        }
        var handler = Handler()
        xml.withUnsafeBufferPointer { XMLScanner.scan($0, 0..<$0.count, &handler) }
        return handler.found
    }

    /// The `<sheet name r:id>` elements of `workbook.xml` in tab order, and its date system.
    static func workbookSheets(_ xml: [UInt8]) -> (sheets: [(name: String, relationship: String)], uses1904: Bool) {
        struct Handler: XMLHandler {
            var sheets: [(name: String, relationship: String)] = []
            var uses1904 = false
            mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: Range<Int>,
                                in buffer: UnsafeBufferPointer<UInt8>, isEmpty: Bool) {
                if XMLScanner.isName(name, "sheet") {
                    let sheetName = XMLScanner.attribute("name", in: attributes, of: buffer).map { XLSXWorkbook.text(buffer, $0) } ?? ""
                    let id = XMLScanner.attribute("id", in: attributes, of: buffer).map { XLSXWorkbook.text(buffer, $0) } ?? ""
                    sheets.append((sheetName, id))
                } else if XMLScanner.isName(name, "workbookPr") {
                    let flag = XMLScanner.attribute("date1904", in: attributes, of: buffer).map { XLSXWorkbook.text(buffer, $0) }
                    uses1904 = flag == "1" || flag == "true"
                }
            }
            mutating func end(_ name: UnsafeBufferPointer<UInt8>) {}
            mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {}
        }
        var handler = Handler()
        xml.withUnsafeBufferPointer { XMLScanner.scan($0, 0..<$0.count, &handler) }
        return (handler.sheets, handler.uses1904)
    }

    /// The unescaped text of `buffer[range]` as a string.
    static func text(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        XMLText.appendUnescaped(UnsafeBufferPointer(rebasing: buffer[range]), to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
