/// Scans an XML document that arrives in pieces (from `Inflater`): each piece is scanned up to its
/// last `<`, and the unfinished tail waits for the next piece, so only about one piece is in memory.
struct XMLPieceScanner {
    private var carry: [UInt8] = []

    /// Scans what `piece` completes.
    mutating func feed<Handler: XMLHandler>(_ piece: UnsafeBufferPointer<UInt8>, _ handler: inout Handler) {
        carry.append(contentsOf: piece)
        let cut = carry.withUnsafeBufferPointer { p in
            let cut = XMLScanner.completePrefix(p)
            XMLScanner.scan(p, 0..<cut, &handler)
            return cut
        }
        carry.removeSubrange(0..<cut)
    }

    /// Scans the rest at the end of the document.
    mutating func finish<Handler: XMLHandler>(_ handler: inout Handler) {
        carry.withUnsafeBufferPointer { XMLScanner.scan($0, 0..<$0.count, &handler) }
        carry.removeAll()
    }
}
