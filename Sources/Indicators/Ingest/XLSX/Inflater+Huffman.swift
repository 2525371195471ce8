extension Inflater {
    /// Base match length of length symbols 257…285.
    static let lengthBase: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                       35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    /// Extra bits of length symbols 257…285.
    static let lengthExtra: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                       3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Base distance of distance symbols 0…29.
    static let distanceBase: [UInt16] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                         257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                                         8193, 12289, 16385, 24577]
    /// Extra bits of distance symbols 0…29.
    static let distanceExtra: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                         7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// Order in which code-length code lengths are sent (RFC 1951 §3.2.7).
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The fixed tables of block type 1 (RFC 1951 §3.2.6).
    func setFixedTables() {
        for i in 0..<144 { lengths[i] = 8 }
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        for i in 280..<288 { lengths[i] = 8 }
        for i in 288..<320 { lengths[i] = 5 }
        lengths.withUnsafeBufferPointer { p in
            _ = literals.build(lengths: UnsafeBufferPointer(rebasing: p[0..<288]))
            _ = distances.build(lengths: UnsafeBufferPointer(rebasing: p[288..<320]))
        }
    }

    /// Reads the code lengths of a dynamic block and builds its tables (RFC 1951 §3.2.7).
    func readDynamicTables(_ reader: inout BitReader) throws(InflateError) {
        reader.refill()
        let literalCount = reader.take(5) + 257
        let distanceCount = reader.take(5) + 1
        let codeLengthCount = reader.take(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw InflateError(.invalidCodeLengths, offset: reader.offset) }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount {
            reader.refill()
            codeLengthLengths[Self.codeLengthOrder[i]] = UInt8(reader.take(3))
        }
        let codeLengths = HuffmanTable(symbolCapacity: 19)
        let complete = codeLengthLengths.withUnsafeBufferPointer { codeLengths.build(lengths: $0) }
        guard complete else { throw InflateError(.invalidCodeLengths, offset: reader.offset) }
        let total = literalCount + distanceCount
        var index = 0
        while index < total {
            reader.refill()
            let symbol = try decode(&reader, codeLengths)
            if symbol < 16 {
                lengths[index] = UInt8(symbol)
                index += 1
                continue
            }
            var value: UInt8 = 0
            let repeatCount: Int
            switch symbol {
            case 16:
                guard index > 0 else { throw InflateError(.invalidCodeLengths, offset: reader.offset) }
                value = lengths[index - 1]
                repeatCount = 3 + reader.take(2)
            case 17: repeatCount = 3 + reader.take(3)
            default: repeatCount = 11 + reader.take(7)
            }
            guard index + repeatCount <= total else { throw InflateError(.invalidCodeLengths, offset: reader.offset) }
            for _ in 0..<repeatCount {
                lengths[index] = value
                index += 1
            }
        }
        guard lengths[256] != 0 else { throw InflateError(.invalidCodeLengths, offset: reader.offset) }
        let built = lengths.withUnsafeBufferPointer { p in
            literals.build(lengths: UnsafeBufferPointer(rebasing: p[0..<literalCount]))
                && distances.build(lengths: UnsafeBufferPointer(rebasing: p[literalCount..<total]))
        }
        guard built else { throw InflateError(.invalidCodeLengths, offset: reader.offset) }
    }

    /// Decodes one symbol of `table`; the reader holds at least 15 bits.
    @inline(__always)
    func decode(_ reader: inout BitReader, _ table: HuffmanTable) throws(InflateError) -> Int {
        var entry = table.fast[Int(reader.bits & UInt64((1 << HuffmanTable.fastBits) - 1))]
        if entry == 0 {
            guard let slow = table.decodeSlow(reader.bits) else { throw InflateError(.invalidSymbol, offset: reader.offset) }
            entry = slow
        }
        _ = reader.take(Int(entry & 15))
        return Int(entry >> 4)
    }

    /// Decodes the symbols of a Huffman block into the output until its end-of-block symbol.
    func huffmanBlock(_ reader: inout BitReader, _ consume: (UnsafeBufferPointer<UInt8>) -> Void) throws(InflateError) {
        let limit = capacity - Self.maxMatch
        while true {
            if outCount >= limit {
                flush(consume)
                if reader.isOverrun { throw InflateError(.truncated, offset: reader.count) }
            }
            reader.refill()
            let symbol = try decode(&reader, literals)
            if symbol < 256 {
                output[outCount] = UInt8(truncatingIfNeeded: symbol)
                outCount += 1
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else { throw InflateError(.invalidSymbol, offset: reader.offset) }
            let length = Int(Self.lengthBase[lengthIndex]) + reader.take(Int(Self.lengthExtra[lengthIndex]))
            let distanceSymbol = try decode(&reader, distances)
            guard distanceSymbol < 30 else { throw InflateError(.invalidSymbol, offset: reader.offset) }
            let distance = Int(Self.distanceBase[distanceSymbol]) + reader.take(Int(Self.distanceExtra[distanceSymbol]))
            guard distance <= outCount else { throw InflateError(.distanceTooFar, offset: reader.offset) }
            let target = output + outCount
            let source = target - distance
            if distance >= length {
                target.update(from: source, count: length)
            } else {
                for i in 0..<length { target[i] = source[i] }
            }
            outCount += length
        }
    }
}
