/// UTF-8 validation and Windows-1252 transcoding on raw buffers, for inputs read in pieces
/// (`TextBlocks`).
extension TextEncoding {
    /// The outcome of validating one block of UTF-8.
    struct BlockValidation {
        /// Offset of the first invalid sequence, if any.
        var firstInvalid: Int?
        /// Bytes that form whole valid sequences from the start (up to `firstInvalid`, or up to an
        /// incomplete sequence at the end that the next block may complete).
        var validCount: Int
        /// Whether a byte ≥ 0x80 appeared before `validCount`.
        var sawNonASCII: Bool { multibyteSequences > 0 }
        /// Valid multi-byte sequences before `validCount`.
        var multibyteSequences: Int
    }

    /// Validates `count` bytes at `p` as UTF-8: overlong forms, surrogates and values above U+10FFFF
    /// are invalid. When `final` is false, an incomplete (but so far valid) sequence at the end is not an error: it is
    /// left out of `validCount` so the caller can carry it to the next block.
    ///
    /// - Complexity: O(count), 32 or 8 ASCII bytes at a time.
    static func validateBlock(_ p: UnsafePointer<UInt8>, count n: Int, final: Bool) -> BlockValidation {
        let raw = UnsafeRawPointer(p)
        let high: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        var multibyte = 0
        while i < n {
            // ASCII runs 32 bytes at a time (four words OR-ed: one test).
            while i + 32 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
                if word & high != 0 { break }
                i += 32
            }
            // Then to the first non-ASCII byte, eight at a time (text with accents every few words).
            while i + 8 <= n {
                let stops = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & high
                if stops != 0 {
                    i += stops.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            if i >= n { break }
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var code: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; code = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; code = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; code = UInt32(b & 0x07)
            default: return BlockValidation(firstInvalid: i, validCount: i, multibyteSequences: multibyte)
            }
            let available = min(length, n - i)
            for k in 1..<available {
                let c = p[i + k]
                if c & 0xC0 != 0x80 { return BlockValidation(firstInvalid: i, validCount: i, multibyteSequences: multibyte) }
                code = (code << 6) | UInt32(c & 0x3F)
            }
            if available < length {
                // The sequence runs past the block: the next block decides (or it is invalid at the end).
                if final { return BlockValidation(firstInvalid: i, validCount: i, multibyteSequences: multibyte) }
                if length == 3 && available == 2 && !prefixCanBeValid3(b, p[i + 1]) {
                    return BlockValidation(firstInvalid: i, validCount: i, multibyteSequences: multibyte)
                }
                if length == 4 && available >= 2 && !prefixCanBeValid4(b, p[i + 1]) {
                    return BlockValidation(firstInvalid: i, validCount: i, multibyteSequences: multibyte)
                }
                return BlockValidation(firstInvalid: nil, validCount: i, multibyteSequences: multibyte)
            }
            if code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) {
                return BlockValidation(firstInvalid: i, validCount: i, multibyteSequences: multibyte)
            }
            multibyte += 1
            i += length
        }
        return BlockValidation(firstInvalid: nil, validCount: n, multibyteSequences: multibyte)
    }

    /// `validateBlock` on both cores for large blocks: the block is cut where a character starts (a
    /// byte that is not a continuation byte), every part but the last validated as complete (an
    /// incomplete sequence at its end is followed by a non-continuation byte: invalid, as in one pass),
    /// and the parts' results joined in order. The result equals one pass's.
    static func validateBlockInParallel(_ p: UnsafePointer<UInt8>, count n: Int, final: Bool) -> BlockValidation {
        let parts = workerCount
        guard parts > 1 && n >= 4 << 20 else { return validateBlock(p, count: n, final: final) }
        var cuts = [0]
        for k in 1..<parts {
            var cut = max(cuts[k - 1], n * k / parts)
            var skipped = 0
            while cut < n && skipped < 3 && p[cut] & 0xC0 == 0x80 { cut += 1; skipped += 1 }
            cuts.append(cut)
        }
        cuts.append(n)
        let base = _SendableBuffer(UnsafeBufferPointer(start: p, count: n))
        let bounds = cuts
        let results = parallelMap(parts) { k in
            validateBlock(base.buffer.baseAddress! + bounds[k], count: bounds[k + 1] - bounds[k],
                          final: k == parts - 1 ? final : true)
        }
        var multibyte = 0
        for k in 0..<parts {
            let part = results[k]
            multibyte += part.multibyteSequences
            if let invalid = part.firstInvalid {
                return BlockValidation(firstInvalid: cuts[k] + invalid, validCount: cuts[k] + part.validCount,
                                       multibyteSequences: multibyte)
            }
            if k == parts - 1 {
                return BlockValidation(firstInvalid: nil, validCount: cuts[k] + part.validCount,
                                       multibyteSequences: multibyte)
            }
        }
        return BlockValidation(firstInvalid: nil, validCount: n, multibyteSequences: multibyte)
    }

    /// Whether a 3-byte lead and its second byte can still start a valid scalar (no overlong form, no
    /// surrogate): the same verdict the whole sequence gets once the third byte is there.
    private static func prefixCanBeValid3(_ lead: UInt8, _ second: UInt8) -> Bool {
        if lead == 0xE0 { return second >= 0xA0 }
        if lead == 0xED { return second < 0xA0 }
        return true
    }

    /// As `prefixCanBeValid3` for a 4-byte lead.
    private static func prefixCanBeValid4(_ lead: UInt8, _ second: UInt8) -> Bool {
        if lead == 0xF0 { return second >= 0x90 }
        if lead == 0xF4 { return second < 0x90 }
        return true
    }

    /// Transcodes `count` Windows-1252 bytes at `source` to UTF-8 at `destination` (room for
    /// `3 * count` bytes); returns the bytes written. Bytes 0x80–0x9F map to Windows-1252's characters
    /// (€, ‘, ’, …; its five undefined bytes to the same code points), the others to Latin-1's.
    static func transcodeWindows1252(_ source: UnsafePointer<UInt8>, count: Int,
                                     into destination: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        for i in 0..<count {
            let b = source[i]
            if b < 0x80 { destination[n] = b; n += 1; continue }
            let scalar = b >= 0xA0 ? UInt32(b) : windows1252HighScalars[Int(b) - 0x80]
            if scalar < 0x800 {
                destination[n] = UInt8(0xC0 | (scalar >> 6))
                destination[n + 1] = UInt8(0x80 | (scalar & 0x3F))
                n += 2
            } else {
                destination[n] = UInt8(0xE0 | (scalar >> 12))
                destination[n + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                destination[n + 2] = UInt8(0x80 | (scalar & 0x3F))
                n += 3
            }
        }
        return n
    }

    /// Unicode scalars of Windows-1252 bytes 0x80–0x9F (undefined bytes map to themselves).
    private static let windows1252HighScalars: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
