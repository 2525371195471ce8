/// The SPEC §1.2 normalisation of headers and coded values: accents removed (Á→A, Ñ→N), upper-cased,
/// every run of characters other than A–Z, 0–9 and `_` turned into one `_`, trimmed of `_` at both ends.
///
/// `_` itself is kept as written so that `PREESCOLAR__B_SICA` stays as it is (the SPEC's own example;
/// see Guides/Ingest.md for this reading of the rule). Works on UTF-8 bytes.
public enum TextNormalizer {
    /// Normalises `input` into `scratch`, returning the normalised bytes (valid until `scratch` is
    /// reused; `input` itself when it is already normal).

    public static func normalize(_ input: UnsafeBufferPointer<UInt8>, into scratch: ByteScratch)
        -> UnsafeBufferPointer<UInt8>
    {
        // Most coded values (`1`, `MATRICULADO`, `APROBADO`) are already normal: return them as they are.
        var isNormal = true
        for b in input where !((b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)) {
            isNormal = false
            break
        }
        if isNormal { return input }
        let out = scratch.reserve(input.count)
        var n = 0
        var pendingSeparator = false
        var i = 0
        let count = input.count
        while i < count {
            let b = input[i]
            var mapped: UInt8 = 0
            var width = 1
            if b < 0x80 {
                if b >= 0x61 && b <= 0x7A { mapped = b - 0x20 }
                else if (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F { mapped = b }
            } else if b == 0xC3 && i + 1 < count {
                mapped = latin1Base(input[i + 1])
                width = 2
            } else {
                width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            }
            i += width
            if mapped == 0 {
                pendingSeparator = n > 0
                continue
            }
            if pendingSeparator { out[n] = 0x5F; n += 1; pendingSeparator = false }
            out[n] = mapped
            n += 1
        }
        while n > 0 && out[n - 1] == 0x5F { n -= 1 }
        var start = 0
        while start < n && out[start] == 0x5F { start += 1 }
        return UnsafeBufferPointer(start: out + start, count: n - start)
    }

    /// Normalises a Swift string (headers and small tables).
    public static func normalize(_ text: String) -> String {
        var copy = text
        let scratch = ByteScratch(capacity: text.utf8.count + 1)
        return withExtendedLifetime(scratch) {
            copy.withUTF8 { String(decoding: normalize($0, into: scratch), as: UTF8.self) }
        }
    }

    /// The unaccented upper-case ASCII letter for the second byte of a `C3 xx` UTF-8 sequence
    /// (U+00C0–U+00FF), or 0 for a non-letter.

    static func latin1Base(_ second: UInt8) -> UInt8 {
        let code = Int(second) + 0x40          // U+00C0 … U+00FF
        switch code {
        case 0xC0...0xC6, 0xE0...0xE6: return 0x41 // A
        case 0xC7, 0xE7: return 0x43               // C
        case 0xC8...0xCB, 0xE8...0xEB: return 0x45 // E
        case 0xCC...0xCF, 0xEC...0xEF: return 0x49 // I
        case 0xD0, 0xF0: return 0x44               // D
        case 0xD1, 0xF1: return 0x4E               // N
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return 0x4F // O
        case 0xD9...0xDC, 0xF9...0xFC: return 0x55 // U
        case 0xDD, 0xFD, 0xFF: return 0x59         // Y
        default: return 0
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether the bytes equal the ASCII `text`.

    public func equals(_ text: StaticString) -> Bool {
        guard count == text.utf8CodeUnitCount else { return false }
        let other = text.utf8Start
        for i in 0..<count where self[i] != other[i] { return false }
        return true
    }

    /// Whether the bytes contain the ASCII `text`.

    public func contains(_ text: StaticString) -> Bool {
        let m = text.utf8CodeUnitCount
        guard m > 0, count >= m else { return m == 0 }
        let other = text.utf8Start
        outer: for start in 0...(count - m) {
            for k in 0..<m where self[start + k] != other[k] { continue outer }
            return true
        }
        return false
    }
}
