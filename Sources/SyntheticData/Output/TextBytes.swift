/// Encodes the generator's own text (upper-case Spanish, all within Latin-1) into file bytes.
enum TextBytes {
    /// The bytes of `text` in `encoding`: UTF-8 as is, Windows-1252 one byte per character.
    ///
    /// Every character the generator writes is below U+0100, where Windows-1252 and Latin-1 agree
    /// (outside 0x80–0x9F, which we never use); anything else is a programmer error.
    static func encode(_ text: String, as encoding: SampleEncoding) -> [UInt8] {
        switch encoding {
        case .utf8, .utf8WithBOM:
            return Array(text.utf8)
        case .windows1252:
            return text.unicodeScalars.map { scalar in
                precondition(scalar.value < 0x100 && !(0x80..<0xA0).contains(scalar.value), "not Latin-1: \(scalar)")
                return UInt8(scalar.value)
            }
        }
    }

    /// The field as written: encoded, and quoted per RFC 4180 (inner quotes doubled) when it holds
    /// the delimiter, a double quote or a line break.
    static func field(_ text: String, as encoding: SampleEncoding, delimiter: Delimiter) -> [UInt8] {
        let needsQuotes = text.unicodeScalars.contains { scalar in
            scalar == delimiter.scalar || scalar == "\"" || scalar == "\n" || scalar == "\r"
        }
        guard needsQuotes else { return encode(text, as: encoding) }
        var quoted = "\""
        for character in text {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return encode(quoted, as: encoding)
    }
}
