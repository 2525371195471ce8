/// Receives the tags and text of an XML fragment from `XMLScanner.scan`.
///
/// Names are local names (a `prefix:` is dropped). Ranges index the scanned buffer; attributes are
/// read with `XMLScanner.attribute(_:in:of:)`.
protocol XMLHandler {
    /// A start tag `<name …>`, or an empty-element tag `<name …/>` when `isEmpty`.
    mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: Range<Int>,
                        in buffer: UnsafeBufferPointer<UInt8>, isEmpty: Bool)
    /// An end tag `</name>`.
    mutating func end(_ name: UnsafeBufferPointer<UInt8>)
    /// Character data between tags (entities still escaped), or the raw content of a CDATA section.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool)
}

/// A minimal, non-validating XML tokenizer on UTF-8 bytes: enough for the SpreadsheetML parts of an
/// xlsx workbook (tags, attributes, text, entities, CDATA; comments, processing instructions and the
/// doctype are skipped). It can scan a document in pieces: `completePrefix(_:)` tells how far a
/// piece can be scanned without cutting a tag or an entity.
enum XMLScanner {
    /// Length of the longest prefix of `buffer` that ends before a tag that may be incomplete: up to
    /// its last `<` (the rest waits for the next piece). A buffer without `<` is all text.
    static func completePrefix(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var i = buffer.count
        while i > 0 {
            i -= 1
            if buffer[i] == UInt8(ascii: "<") { return i }
        }
        return 0
    }

    /// Scans `buffer[range]`, which holds whole tags, calling `handler` for each tag and text run.
    static func scan<Handler: XMLHandler>(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                          _ handler: inout Handler) {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if buffer[i] != lt {
                var j = i + 1
                while j < end && buffer[j] != lt { j += 1 }
                handler.text(UnsafeBufferPointer(rebasing: buffer[i..<j]), isCDATA: false)
                i = j
                continue
            }
            guard i + 1 < end else { return }
            let next = buffer[i + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                i = skipMarkup(buffer, from: i, end: end, handler: &handler)
                continue
            }
            let isEndTag = next == slash
            var j = isEndTag ? i + 2 : i + 1
            var localStart = j
            while j < end {
                let b = buffer[j]
                if b == gt || b == slash || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { break }
                if b == UInt8(ascii: ":") { localStart = j + 1 }
                j += 1
            }
            let name = UnsafeBufferPointer(rebasing: buffer[localStart..<j])
            let attributesStart = j
            var quote: UInt8 = 0
            while j < end {
                let b = buffer[j]
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == gt {
                    break
                }
                j += 1
            }
            if isEndTag {
                handler.end(name)
            } else {
                let isEmpty = j > attributesStart && buffer[j - 1] == slash
                handler.start(name, attributes: attributesStart..<(isEmpty ? j - 1 : j), in: buffer, isEmpty: isEmpty)
            }
            i = j + 1
        }
    }

    /// Skips `<!-- … -->`, `<? … ?>` and `<!DOCTYPE …>`; reports the content of `<![CDATA[ … ]]>` as text.
    private static func skipMarkup<Handler: XMLHandler>(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int,
                                                        end: Int, handler: inout Handler) -> Int {
        func find(_ pattern: [UInt8], from: Int) -> Int? {
            var k = from
            while k + pattern.count <= end {
                var match = true
                for (offset, byte) in pattern.enumerated() where buffer[k + offset] != byte {
                    match = false
                    break
                }
                if match { return k }
                k += 1
            }
            return nil
        }
        if matches(buffer, at: start, "<![CDATA[") {
            let body = start + 9
            let close = find(Array("]]>".utf8), from: body) ?? end
            handler.text(UnsafeBufferPointer(rebasing: buffer[body..<close]), isCDATA: true)
            return min(end, close + 3)
        }
        if matches(buffer, at: start, "<!--") {
            return min(end, (find(Array("-->".utf8), from: start + 4) ?? end) + 3)
        }
        var k = start
        while k < end && buffer[k] != UInt8(ascii: ">") { k += 1 }
        return k + 1
    }

    /// Whether `buffer` holds `literal` at `offset`.
    static func matches(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= buffer.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where buffer[offset + k] != p[k] { return false }
        return true
    }

    /// Whether the local name `name` equals `literal`.
    @inline(__always)
    static func isName(_ name: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard name.count == count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where name[k] != p[k] { return false }
        return true
    }

    /// The raw (still escaped) value of the attribute whose local name is `name`, or nil.
    static func attribute(_ name: StaticString, in range: Range<Int>,
                          of buffer: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            while i < end && (buffer[i] == 0x20 || buffer[i] == 0x09 || buffer[i] == 0x0A || buffer[i] == 0x0D) { i += 1 }
            var localStart = i
            while i < end && buffer[i] != UInt8(ascii: "=") && buffer[i] != 0x20 {
                if buffer[i] == UInt8(ascii: ":") { localStart = i + 1 }
                i += 1
            }
            let nameEnd = i
            while i < end && buffer[i] != UInt8(ascii: "\"") && buffer[i] != UInt8(ascii: "'") { i += 1 }
            guard i < end else { return nil }
            let quote = buffer[i]
            let valueStart = i + 1
            i = valueStart
            while i < end && buffer[i] != quote { i += 1 }
            let valueEnd = i
            i += 1
            if isName(UnsafeBufferPointer(rebasing: buffer[localStart..<nameEnd]), name) { return valueStart..<valueEnd }
        }
        return nil
    }
}
