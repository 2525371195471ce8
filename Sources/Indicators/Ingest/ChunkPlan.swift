/// A split of a file's data rows into byte ranges that start at row boundaries, for parallel scanning.
///
/// The quoted state at any offset is the parity of the quote bytes before it (see `CSVScanner`), so a
/// first parallel pass counts quotes and line ends per raw range, and each chunk then finds its first
/// row start by itself. Line numbers stay exact (1-based, physical lines).
public struct ChunkPlan: Sendable {
    /// Rows that start in `start..<end`; `start` is a row start; `firstLine` its 1-based line.
    public struct Chunk: Sendable, Equatable {
        /// Offset of the first row of the chunk.
        public var start: Int
        /// Offset one past the chunk (the next chunk's first row).
        public var end: Int
        /// 1-based line number of the row at `start`.
        public var firstLine: Int
    }

    /// The chunks, in file order.
    public var chunks: [Chunk]

    /// Plans about `count` chunks over `p[dataStart...]`, whose first row is on line `dataLine`.
    public init(_ p: UnsafeBufferPointer<UInt8>, dataStart: Int, dataLine: Int, count requested: Int) {
        let total = p.count - dataStart
        let count = max(1, min(requested, total / (1 << 20)))
        let raw = (0...count).map { dataStart + Int((Int64(total) * Int64($0)) / Int64(count)) }
        let pointer = _SendableBuffer(p)
        let tallies = parallelMap(count) { k in ChunkPlan.tally(pointer.buffer, raw[k]..<raw[k + 1]) }
        var starts = [dataStart]
        var lines = [dataLine]
        var quotes = 0, lineEnds = 0
        for k in 1..<count {
            quotes += tallies[k - 1].quotes
            lineEnds += tallies[k - 1].lineEnds
            let (start, extraLines) = ChunkPlan.firstRowStart(p, from: raw[k], inQuote: quotes % 2 == 1)
            if start > starts.last! {
                starts.append(start)
                lines.append(dataLine + lineEnds + extraLines)
            }
        }
        chunks = starts.indices.map { k in
            Chunk(start: starts[k], end: k + 1 < starts.count ? starts[k + 1] : p.count, firstLine: lines[k])
        }
    }

    /// Quotes and line ends (`\n`, and `\r` not followed by `\n`) in `range`.
    ///
    /// 32 bytes at a time: equal bytes become −1 lanes that are subtracted from byte counters (at
    /// most 255 blocks before the counters are summed); a lone `\r` is counted as every `\r` minus
    /// the `\r\n` pairs. The last bytes go one by one.
    static func tally(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (quotes: Int, lineEnds: Int) {
        var quotes = 0, lineEnds = 0
        let base = p.baseAddress!
        let raw = UnsafeRawPointer(base)
        let quote = SIMD32<UInt8>(repeating: 0x22), lf = SIMD32<UInt8>(repeating: 0x0A)
        let cr = SIMD32<UInt8>(repeating: 0x0D)
        var i = range.lowerBound
        // The block and the byte after it must be in the buffer (`\r\n` pairs look one byte ahead).
        while i + 32 <= range.upperBound && i + 33 <= p.count {
            var quoteLanes = SIMD32<UInt8>(), lfLanes = SIMD32<UInt8>()
            var crLanes = SIMD32<UInt8>(), crlfLanes = SIMD32<UInt8>()
            var blocks = 0
            while blocks < 255 && i + 32 <= range.upperBound && i + 33 <= p.count {
                let bytes = raw.loadUnaligned(fromByteOffset: i, as: SIMD32<UInt8>.self)
                let following = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD32<UInt8>.self)
                let isCR = bytes .== cr
                quoteLanes &-= unsafeBitCast(bytes .== quote, to: SIMD32<UInt8>.self)
                lfLanes &-= unsafeBitCast(bytes .== lf, to: SIMD32<UInt8>.self)
                crLanes &-= unsafeBitCast(isCR, to: SIMD32<UInt8>.self)
                crlfLanes &-= unsafeBitCast(isCR .& (following .== lf), to: SIMD32<UInt8>.self)
                i += 32
                blocks += 1
            }
            quotes += Int(SIMD32<UInt16>(truncatingIfNeeded: quoteLanes).wrappedSum())
            lineEnds += Int(SIMD32<UInt16>(truncatingIfNeeded: lfLanes).wrappedSum())
                + Int(SIMD32<UInt16>(truncatingIfNeeded: crLanes).wrappedSum())
                - Int(SIMD32<UInt16>(truncatingIfNeeded: crlfLanes).wrappedSum())
        }
        while i < range.upperBound {
            let b = base[i]
            quotes &+= b == 0x22 ? 1 : 0
            lineEnds &+= (b == 0x0A || (b == 0x0D && (i + 1 == p.count || base[i + 1] != 0x0A))) ? 1 : 0
            i += 1
        }
        return (quotes, lineEnds)
    }

    /// The high bit of every byte of `word` equal to `byte` (exact, no false positives).
    static func exactMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        let low7 = 0x7F7F_7F7F_7F7F_7F7F as UInt64
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// The first row start at or after `offset`, and the line ends passed on the way.
    static func firstRowStart(_ p: UnsafeBufferPointer<UInt8>, from offset: Int, inQuote: Bool) -> (Int, Int) {
        if !inQuote && offset > 0 {
            let before = p[offset - 1]
            if before == 0x0A || (before == 0x0D && p[offset] != 0x0A) { return (offset, 0) }
        }
        var quoted = inQuote
        var lineEnds = 0
        var i = offset
        while i < p.count {
            let b = p[i]
            if b == 0x22 {
                quoted.toggle()
            } else if b == 0x0A || b == 0x0D {
                let isEnd = b == 0x0A || i + 1 == p.count || p[i + 1] != 0x0A
                if isEnd { lineEnds += 1 }
                if !quoted { return (isEnd ? i + 1 : i + 2, lineEnds + (isEnd ? 0 : 1)) }
            }
            i += 1
        }
        return (p.count, lineEnds)
    }
}
