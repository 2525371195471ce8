/// The character encoding an input file was read with.
public enum TextEncoding: String, Sendable, Codable {
    /// UTF-8, with or without byte-order mark.
    case utf8 = "utf-8"
    /// Windows-1252 (a superset of Latin-1 in the printable range).
    case windows1252 = "windows-1252"
    /// A sheet of an Excel workbook (`.xlsx`): its text is UTF-8 by the format, and it reaches the
    /// loaders as the CSV that `XLSXSheetCSV` writes. Never a value of `--encoding`.
    case xlsx = "xlsx"

    /// Decodes `bytes` to UTF-8: drops a UTF-8 BOM, and transcodes from Windows-1252 when `forced`
    /// says so or when the bytes are not valid UTF-8.
    ///
    /// - Returns: the UTF-8 bytes, the encoding used and, when UTF-8 was invalid, the byte offset of
    ///   the first invalid sequence (so the caller can name its line).
    public static func decode(_ bytes: [UInt8], forced: TextEncoding? = nil)
        -> (utf8: [UInt8], encoding: TextEncoding, firstInvalidOffset: Int?)
    {
        var body = bytes
        if body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF {
            body.removeFirst(3)
        }
        if forced == .utf8 { return (body, .utf8, nil) }
        if forced == .windows1252 { return (transcodeWindows1252(body), .windows1252, nil) }
        if let bad = firstInvalidUTF8(body) {
            return (transcodeWindows1252(body), .windows1252, bad)
        }
        return (body, .utf8, nil)
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
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var minimum: UInt32
                var code: UInt32
                switch b {
                case 0xC2...0xDF: length = 2; minimum = 0x80; code = UInt32(b & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; code = UInt32(b & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; code = UInt32(b & 0x07)
                default: return i
                }
                if i + length > n { return i }
                for k in 1..<length {
                    let c = p[i + k]
                    if c & 0xC0 != 0x80 { return i }
                    code = (code << 6) | UInt32(c & 0x3F)
                }
                if code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) { return i }
                i += length
            }
            return nil
        }
    }

    /// Windows-1252 to UTF-8.
    public static func transcodeWindows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar = b >= 0xA0 || b < 0x80 ? UInt32(b) : windows1252High[Int(b) - 0x80]
            appendUTF8(scalar, to: &out)
        }
        return out
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
