/// The shared-strings table of a workbook (`xl/sharedStrings.xml`), each string kept already written
/// as a CSV field, in one byte pool.
///
/// A string is the text of its `<si>`: its `<t>`, or the `<t>` of all its rich-text runs `<r>`
/// joined; phonetic runs `<rPh>` are left out. Entities and the OOXML `_xHHHH_` escapes are decoded.
struct SharedStrings {
    /// CSV fields one after another.
    private(set) var pool: [UInt8] = []
    /// End offset in `pool` of each string.
    private(set) var ends: [Int] = []

    /// Number of strings.
    var count: Int { ends.count }

    /// Appends string `index` as a CSV field; an index outside the table appends nothing.
    @inline(__always)
    func appendField(_ index: Int, to out: inout [UInt8]) {
        guard index >= 0, index < ends.count else { return }
        let start = index == 0 ? 0 : ends[index - 1]
        pool.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<ends[index]])) }
    }

    /// Whether string `index` is empty or outside the table.
    func isEmpty(_ index: Int) -> Bool {
        guard index >= 0, index < ends.count else { return true }
        return ends[index] == (index == 0 ? 0 : ends[index - 1])
    }

    /// Reads the table from the part `entry` of the workbook, streaming.
    static func read(_ entry: ZIPEntry, of directory: ZIPDirectory, in bytes: [UInt8],
                     inflater: Inflater) throws(XLSXError) -> SharedStrings {
        var handler = Handler()
        var scanner = XMLPieceScanner()
        try directory.read(entry, in: bytes, inflater: inflater) { scanner.feed($0, &handler) }
        scanner.finish(&handler)
        return handler.table
    }

    /// Collects `<si>` texts.
    private struct Handler: XMLHandler {
        var table = SharedStrings()
        var current: [UInt8] = []
        var inItem = false
        var collecting = false
        var phoneticDepth = 0

        mutating func start(_ name: UnsafeBufferPointer<UInt8>, attributes: Range<Int>,
                            in buffer: UnsafeBufferPointer<UInt8>, isEmpty: Bool) {
            if XMLScanner.isName(name, "si") {
                current.removeAll(keepingCapacity: true)
                inItem = !isEmpty
                if isEmpty { finishItem() }
            } else if XMLScanner.isName(name, "t") {
                collecting = inItem && phoneticDepth == 0 && !isEmpty
            } else if XMLScanner.isName(name, "rPh") && !isEmpty {
                phoneticDepth += 1
            }
        }

        mutating func end(_ name: UnsafeBufferPointer<UInt8>) {
            if XMLScanner.isName(name, "t") {
                collecting = false
            } else if XMLScanner.isName(name, "rPh") {
                phoneticDepth = max(0, phoneticDepth - 1)
            } else if XMLScanner.isName(name, "si") {
                finishItem()
                inItem = false
            }
        }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {
            guard collecting else { return }
            if isCDATA { current.append(contentsOf: bytes) } else { XMLText.appendUnescaped(bytes, to: &current) }
        }

        mutating func finishItem() {
            let decoded = XMLText.decodingOOXMLEscapes(current)
            decoded.withUnsafeBufferPointer { XMLText.appendCSVField($0, to: &table.pool) }
            table.ends.append(table.pool.count)
        }
    }
}
