/// Reads a deflate stream's bits least significant first from a 64-bit buffer refilled eight bytes
/// at a time. Past the end of the input it reads zero bytes and remembers that it did.
struct BitReader {
    let base: UnsafePointer<UInt8>
    let count: Int
    /// Next input byte not yet in `bits`.
    var position = 0
    /// Buffered bits, next bit lowest.
    var bits: UInt64 = 0
    /// Number of valid bits in `bits`.
    var available = 0
    /// Zero bytes supplied past the end of the input.
    var overrun = 0

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Offset of the next unread byte, for messages.
    var offset: Int { max(0, position - available / 8) }

    /// Whether more bits were taken than the input holds.
    var isOverrun: Bool { overrun * 8 > available }

    /// Fills the buffer to at least 56 bits.
    @inline(__always)
    mutating func refill() {
        if position + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            bits |= word << UInt64(available)
            position += (63 - available) >> 3
            available |= 56
            return
        }
        while available <= 56 {
            if position < count {
                bits |= UInt64(base[position]) << UInt64(available)
                position += 1
            } else {
                overrun += 1
            }
            available += 8
        }
    }

    /// Takes `n` (≤ 32) bits; the caller has refilled enough of them.
    @inline(__always)
    mutating func take(_ n: Int) -> Int {
        let value = Int(bits & ((1 << UInt64(n)) - 1))
        bits >>= UInt64(n)
        available -= n
        return value
    }

    /// Drops the bits up to the next byte boundary and returns the whole buffered bytes to the input.
    mutating func alignToByte() {
        _ = take(available & 7)
        var giveBack = available / 8
        let fromOverrun = min(overrun, giveBack)
        overrun -= fromOverrun
        giveBack -= fromOverrun
        position -= giveBack
        bits = 0
        available = 0
    }
}
