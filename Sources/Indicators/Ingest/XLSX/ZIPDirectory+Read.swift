extension ZIPDirectory {
    /// Decompresses `entry` of the archive `bytes`, handing its contents to `consume` in pieces.
    ///
    /// - Throws: `XLSXError` when the entry is encrypted, uses another compression, is damaged or
    ///   does not have the size the directory records.
    public func read(_ entry: ZIPEntry, in bytes: [UInt8], inflater: Inflater,
                     _ consume: (UnsafeBufferPointer<UInt8>) -> Void) throws(XLSXError) {
        guard entry.flags & ZIPFormat.flagEncrypted == 0 else { throw XLSXError(.encrypted, detail: entry.name) }
        let range = try dataRange(of: entry, in: bytes)
        var produced = 0
        switch entry.method {
        case ZIPFormat.methodStored:
            bytes.withUnsafeBufferPointer { p in
                var start = range.lowerBound
                while start < range.upperBound {
                    let end = min(range.upperBound, start + inflater.chunkSize)
                    consume(UnsafeBufferPointer(rebasing: p[start..<end]))
                    start = end
                }
            }
            produced = range.count
        case ZIPFormat.methodDeflated:
            let failure: InflateError? = bytes.withUnsafeBufferPointer { p in
                do throws(InflateError) {
                    try inflater.inflate(UnsafeBufferPointer(rebasing: p[range])) { piece in
                        produced += piece.count
                        consume(piece)
                    }
                    return nil
                } catch {
                    return error
                }
            }
            if let failure { throw XLSXError(.damagedEntry, detail: "\(entry.name): \(failure.code.rawValue)") }
        default:
            throw XLSXError(.unsupportedCompression, detail: "\(entry.name): método \(entry.method)")
        }
        guard produced == entry.uncompressedSize else {
            throw XLSXError(.damagedEntry, detail: "\(entry.name): \(produced) bytes en lugar de \(entry.uncompressedSize)")
        }
    }

    /// The whole decompressed contents of `entry` (for the small parts of a workbook).
    public func contents(of entry: ZIPEntry, in bytes: [UInt8], inflater: Inflater) throws(XLSXError) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(min(entry.uncompressedSize, 1 << 26))
        try self.read(entry, in: bytes, inflater: inflater) { result.append(contentsOf: $0) }
        return result
    }
}
