/// A canonical Huffman decoding table (RFC 1951 §3.2.2) for LSB-first bit streams.
///
/// Codes up to `fastBits` long decode with one lookup of the next `fastBits` input bits (each entry
/// holds `symbol << 4 | length`; 0 marks a longer code). Longer codes, rare in practice, decode
/// canonically from the per-length counts, as RFC 1951 describes.
final class HuffmanTable {
    /// Bits resolved by one lookup.
    static let fastBits = 10
    /// Longest code the format allows.
    static let maxBits = 15

    /// `symbol << 4 | length` per `fastBits`-bit pattern (bit-reversed codes), or 0 for a longer code.
    let fast: UnsafeMutablePointer<UInt16>
    /// Number of codes of each length 0…15.
    let counts: UnsafeMutablePointer<UInt16>
    /// Symbols ordered by code (length, then symbol).
    let symbols: UnsafeMutablePointer<UInt16>

    /// An empty table, to be filled by `build(lengths:)`.
    init(symbolCapacity: Int) {
        fast = .allocate(capacity: 1 << Self.fastBits)
        fast.initialize(repeating: 0, count: 1 << Self.fastBits)
        counts = .allocate(capacity: Self.maxBits + 1)
        counts.initialize(repeating: 0, count: Self.maxBits + 1)
        symbols = .allocate(capacity: symbolCapacity)
        symbols.initialize(repeating: 0, count: symbolCapacity)
    }

    deinit {
        fast.deallocate()
        counts.deallocate()
        symbols.deallocate()
    }

    /// Rebuilds the table for the code lengths of symbols `0..<lengths.count` (0 = unused symbol).
    ///
    /// - Returns: false when the lengths over-subscribe the code space (no prefix code has them).
    ///   An incomplete code is accepted; a pattern it leaves unassigned fails when decoded.
    func build(lengths: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0...Self.maxBits { counts[i] = 0 }
        for length in lengths { counts[Int(length)] &+= 1 }
        counts[0] = 0
        var left = 1
        for length in 1...Self.maxBits {
            left <<= 1
            left -= Int(counts[length])
            if left < 0 { return false }
        }
        var offsets = [Int](repeating: 0, count: Self.maxBits + 2)
        for length in 1...Self.maxBits { offsets[length + 1] = offsets[length] + Int(counts[length]) }
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[Int(length)]] = UInt16(symbol)
            offsets[Int(length)] += 1
        }
        let size = 1 << Self.fastBits
        fast.update(repeating: 0, count: size)
        var code = 0
        var index = 0
        for length in 1...Self.fastBits {
            for _ in 0..<Int(counts[length]) {
                let entry = symbols[index] << 4 | UInt16(length)
                var reversed = 0
                for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
                var slot = reversed
                while slot < size {
                    fast[slot] = entry
                    slot += 1 << length
                }
                code += 1
                index += 1
            }
            code <<= 1
        }
        return true
    }

    /// Decodes a code longer than `fastBits` from the next `maxBits` input bits (LSB first).
    ///
    /// - Returns: `symbol << 4 | length`, or nil when the bits are no code of this table.
    func decodeSlow(_ bits: UInt64) -> UInt16? {
        var code = 0
        var first = 0
        var index = 0
        var stream = bits
        for length in 1...Self.maxBits {
            code |= Int(stream & 1)
            stream >>= 1
            let count = Int(counts[length])
            if code - first < count { return symbols[index + code - first] << 4 | UInt16(length) }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        return nil
    }
}
