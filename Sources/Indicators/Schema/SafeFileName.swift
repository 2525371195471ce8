/// File names made from institution codes (`instituciones/<codigo>.html`, `estudiantes_riesgo/<codigo>.csv`):
/// safe, bounded and one-to-one.
///
/// ASCII letters, digits and `-` stay; every other byte (including `_`, `/`, `.`, a space, each byte of
/// `Ñ`) becomes `_` and its two uppercase hex digits, so `X/1` → `X_2F1` and `X_1` → `X_5F1` differ
/// and `..` or `/` cannot leave the folder. A name longer than `maximumLength` bytes (a 300-character
/// code) keeps its first bytes, then `__` and 16 hex digits of a 64-bit FNV-1a hash of the code: `__`
/// never occurs in a name that was not shortened, so shortened and plain names cannot meet. The empty
/// code is `_`. Usual DANE codes (digits) are unchanged.
public enum SafeFileName {
    /// Longest name produced, in bytes (file systems allow 255; the extension and temporary-file
    /// prefixes need room).
    public static let maximumLength = 96
    /// Bytes of the encoded code kept before the hash in a shortened name.
    static let keptPrefix = maximumLength - 18

    /// The file stem for `code`.
    public static func stem(for code: String) -> String {
        guard !code.isEmpty else { return "_" }
        var encoded: [UInt8] = []
        var boundaries: [Int] = []
        for byte in code.utf8 {
            boundaries.append(encoded.count)
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D {
                encoded.append(byte)
            } else {
                encoded += [0x5F, hexDigit(byte >> 4), hexDigit(byte & 0x0F)]
            }
        }
        if encoded.count > maximumLength {
            let cut = boundaries.last { $0 <= keptPrefix } ?? 0
            encoded = Array(encoded[..<cut]) + Array("__".utf8) + hash(code)
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x41 + value - 10
    }

    /// 64-bit FNV-1a of the code's UTF-8 bytes, as 16 lowercase-free hex digits.
    private static func hash(_ code: String) -> [UInt8] {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in code.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return (0..<16).reversed().map { hexDigit(UInt8((value >> (UInt64($0) * 4)) & 0x0F)) }
    }
}
