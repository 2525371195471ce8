/// The character encoding an input file was read with.
public enum TextEncoding: String, Sendable, Codable {
    /// UTF-8, with or without byte-order mark (possibly with a few Windows-1252 bytes, see `decode`).
    case utf8 = "utf-8"
    /// Windows-1252 (a superset of Latin-1 in the printable range).
    case windows1252 = "windows-1252"
    /// A sheet of an Excel workbook (`.xlsx`): its text is UTF-8 by the format, and it reaches the
    /// loaders as the CSV that `XLSXSheetCSV` writes. Never a value of `--encoding`.
    case xlsx = "xlsx"

    /// What `decode` did with a file.
    public struct Decoded: Sendable {
        /// The UTF-8 bytes.
        public var utf8: [UInt8]
        /// The encoding used.
        public var encoding: TextEncoding
        /// Byte offset (after the BOM) of the first invalid UTF-8 sequence, nil when all was valid.
        public var firstInvalidOffset: Int?
        /// Bytes read as Windows-1252 inside a file read as UTF-8 (a mixed file); 0 otherwise.
        public var mixedBytes: Int
    }

    /// Decodes `bytes` to UTF-8: drops a UTF-8 BOM, and transcodes from Windows-1252 when `forced`
    /// says so or when the bytes are not valid UTF-8.
    ///
    /// A file with invalid UTF-8 is read as Windows-1252 when it is mostly invalid: when its invalid
    /// bytes outnumber its valid multi-byte UTF-8 sequences. Otherwise (a UTF-8 export where a few
    /// cells were pasted from a Windows-1252 source) valid sequences stay UTF-8 and only the invalid
    /// bytes are read as Windows-1252, and counted in `mixedBytes`. A tie is UTF-8: Windows-1252 text
    /// almost never holds a valid UTF-8 sequence by chance (a lead byte `Â`…`ï` followed by a symbol
    /// in 0x80–0xBF), so a valid sequence is strong evidence of UTF-8.
    ///
    /// - Complexity: O(n); the common all-valid case is one validation pass, eight ASCII bytes at a
    ///   time; a second pass runs only when an invalid byte exists.
    public static func decode(_ bytes: [UInt8], forced: TextEncoding? = nil) -> Decoded {
        var body = bytes
        if body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF {
            body.removeFirst(3)
        }
        if forced == .utf8 { return Decoded(utf8: body, encoding: .utf8, firstInvalidOffset: nil, mixedBytes: 0) }
        if forced == .windows1252 {
            return Decoded(utf8: transcodeWindows1252(body), encoding: .windows1252, firstInvalidOffset: nil, mixedBytes: 0)
        }
        guard let bad = firstInvalidUTF8(body) else {
            return Decoded(utf8: body, encoding: .utf8, firstInvalidOffset: nil, mixedBytes: 0)
        }
        let tally = tallyUTF8(body, from: 0)
        if tally.validMultibyte >= tally.invalidBytes {
            return Decoded(utf8: repairMixed(body, from: bad), encoding: .utf8, firstInvalidOffset: bad,
                           mixedBytes: tally.invalidBytes)
        }
        return Decoded(utf8: transcodeWindows1252(body), encoding: .windows1252, firstInvalidOffset: bad, mixedBytes: 0)
    }

    /// Length of the valid UTF-8 sequence starting at `i` (1 for ASCII), or 0 when the byte there
    /// does not start a valid sequence (overlong forms, surrogates and values above U+10FFFF are invalid).
    @inline(__always)
    static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = p[i]
        if b < 0x80 { return 1 }
        let length: Int
        let minimum: UInt32
        var code: UInt32
        switch b {
        case 0xC2...0xDF: length = 2; minimum = 0x80; code = UInt32(b & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; code = UInt32(b & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; code = UInt32(b & 0x07)
        default: return 0
        }
        if i + length > p.count { return 0 }
        for k in 1..<length {
            let c = p[i + k]
            if c & 0xC0 != 0x80 { return 0 }
            code = (code << 6) | UInt32(c & 0x3F)
        }
        if code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) { return 0 }
        return length
    }

    /// Offset of the first byte that is not part of a valid UTF-8 sequence, or nil when all are valid.
    ///
    /// - Complexity: O(n), eight ASCII bytes at a time.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            let n = p.count
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let length = sequenceLength(p, at: i)
                if length == 0 { return i }
                i += length
            }
            return nil
        }
    }

    /// Valid multi-byte sequences and invalid bytes of `bytes` from `start`.
    static func tallyUTF8(_ bytes: [UInt8], from start: Int) -> (validMultibyte: Int, invalidBytes: Int) {
        bytes.withUnsafeBufferPointer { p in
            var valid = 0, invalid = 0
            var i = start
            let n = p.count
            while i < n {
                if i + 8 <= n {
                    let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let length = sequenceLength(p, at: i)
                if length == 0 { invalid += 1; i += 1 } else { if length > 1 { valid += 1 }; i += length }
            }
            return (valid, invalid)
        }
    }

    /// `bytes` with every byte that is not part of a valid UTF-8 sequence transcoded from
    /// Windows-1252; valid runs are copied in bulk. `start` is the first invalid offset.
    static func repairMixed(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 64)
        bytes.withUnsafeBufferPointer { p in
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[0..<start]))
            var runStart = start
            var i = start
            let n = p.count
            while i < n {
                let length = sequenceLength(p, at: i)
                if length > 0 { i += length; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
                appendWindows1252(p[i], to: &out)
                i += 1
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<n]))
        }
        return out
    }

    /// Windows-1252 to UTF-8.
    public static func transcodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            appendWindows1252(b, to: &out)
        }
        return out
    }

    @inline(__always)
    private static func appendWindows1252(_ b: UInt8, to out: inout [UInt8]) {
        let scalar = b >= 0xA0 || b < 0x80 ? UInt32(b) : windows1252High[Int(b) - 0x80]
        appendUTF8(scalar, to: &out)
    }

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        if scalar < 0x80 {
            out.append(UInt8(scalar))
        } else if scalar < 0x800 {
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        } else {
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// Unicode scalars of Windows-1252 bytes 0x80–0x9F (undefined bytes map to themselves).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
