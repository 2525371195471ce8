/// Decompresses a raw deflate stream (RFC 1951: stored, fixed-Huffman and dynamic-Huffman blocks)
/// and hands the output to a consumer in pieces.
///
/// The output lives in one reused buffer: the last 32 KiB window (what back-references may reach)
/// plus `chunkSize` bytes. Each time the buffer fills, the new bytes go to the consumer and only the
/// window is kept, so a 200 MB sheet never sits whole in memory. Decoding is table-driven (see
/// `HuffmanTable`) over a 64-bit bit buffer refilled eight bytes at a time.
///
/// - Complexity: O(input + output).
public final class Inflater {
    /// Back-references reach at most this far.
    static let windowSize = 1 << 15
    /// Longest match.
    static let maxMatch = 258

    let chunkSize: Int
    let capacity: Int
    let output: UnsafeMutablePointer<UInt8>
    var outCount = 0
    var flushedUpTo = 0
    let literals = HuffmanTable(symbolCapacity: 288)
    let distances = HuffmanTable(symbolCapacity: 32)
    var lengths = [UInt8](repeating: 0, count: 288 + 32)

    /// Creates an inflater whose consumer receives pieces of up to about `chunkSize` bytes.
    public init(chunkSize: Int = 1 << 20) {
        self.chunkSize = max(chunkSize, 1 << 12)
        capacity = Self.windowSize + self.chunkSize + Self.maxMatch
        output = .allocate(capacity: capacity)
    }

    deinit { output.deallocate() }

    /// Decompresses `input`, calling `consume` with consecutive pieces of the output, in order.
    public func inflate(_ input: UnsafeBufferPointer<UInt8>,
                        _ consume: (UnsafeBufferPointer<UInt8>) -> Void) throws(InflateError) {
        outCount = 0
        flushedUpTo = 0
        guard let base = input.baseAddress, input.count > 0 else { throw InflateError(.truncated, offset: 0) }
        var reader = BitReader(base: base, count: input.count)
        var final = false
        while !final {
            reader.refill()
            final = reader.take(1) == 1
            switch reader.take(2) {
            case 0: try storedBlock(&reader, consume)
            case 1:
                setFixedTables()
                try huffmanBlock(&reader, consume)
            case 2:
                try readDynamicTables(&reader)
                try huffmanBlock(&reader, consume)
            default: throw InflateError(.invalidBlockType, offset: reader.offset)
            }
            if reader.isOverrun { throw InflateError(.truncated, offset: input.count) }
        }
        flush(consume)
    }

    /// Decompresses `input` whole (small parts and tests).
    public static func inflate(_ input: [UInt8]) throws(InflateError) -> [UInt8] {
        var result: [UInt8] = []
        let inflater = Inflater(chunkSize: 1 << 16)
        try input.withUnsafeBufferPointer { (p) throws(InflateError) in
            try inflater.inflate(p) { result.append(contentsOf: $0) }
        }
        return result
    }

    /// Hands the bytes not yet consumed to `consume`, then keeps only the window.
    func flush(_ consume: (UnsafeBufferPointer<UInt8>) -> Void) {
        if outCount > flushedUpTo {
            consume(UnsafeBufferPointer(start: output + flushedUpTo, count: outCount - flushedUpTo))
        }
        if outCount > Self.windowSize {
            (output).update(from: output + (outCount - Self.windowSize), count: Self.windowSize)
            outCount = Self.windowSize
        }
        flushedUpTo = outCount
    }

    /// Copies a stored block (after aligning to a byte) to the output.
    func storedBlock(_ reader: inout BitReader, _ consume: (UnsafeBufferPointer<UInt8>) -> Void) throws(InflateError) {
        reader.alignToByte()
        guard reader.position + 4 <= reader.count else { throw InflateError(.truncated, offset: reader.count) }
        let p = reader.base + reader.position
        let length = Int(p[0]) | Int(p[1]) << 8
        let complement = Int(p[2]) | Int(p[3]) << 8
        guard length == complement ^ 0xFFFF else { throw InflateError(.storedLengthMismatch, offset: reader.position) }
        reader.position += 4
        guard reader.position + length <= reader.count else { throw InflateError(.truncated, offset: reader.count) }
        var remaining = length
        while remaining > 0 {
            if outCount >= capacity - Self.maxMatch { flush(consume) }
            let n = min(remaining, capacity - Self.maxMatch - outCount)
            (output + outCount).update(from: reader.base + reader.position, count: n)
            outCount += n
            reader.position += n
            remaining -= n
        }
    }
}
