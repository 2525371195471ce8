/// Decoding of XML character data and of the OOXML `_xHHHH_` escapes, and RFC 4180 quoting.
enum XMLText {
    /// Appends the character data `raw` with its entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`,
    /// `&#10;`, `&#x41;`) resolved. An unknown or broken entity is kept as written.
    static func appendUnescaped(_ raw: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let amp = UInt8(ascii: "&")
        var i = 0
        let n = raw.count
        while i < n {
            var j = i
            while j < n && raw[j] != amp { j += 1 }
            if j > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[i..<j])) }
            if j == n { return }
            var k = j + 1
            while k < n && k - j <= 10 && raw[k] != UInt8(ascii: ";") { k += 1 }
            guard k < n && raw[k] == UInt8(ascii: ";") else {
                out.append(amp)
                i = j + 1
                continue
            }
            let name = UnsafeBufferPointer(rebasing: raw[(j + 1)..<k])
            if let scalar = entity(name) {
                appendUTF8(scalar, to: &out)
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[j...k]))
            }
            i = k + 1
        }
    }

    /// The scalar an entity name (between `&` and `;`) stands for.
    static func entity(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        if XMLScanner.isName(name, "amp") { return 0x26 }
        if XMLScanner.isName(name, "lt") { return 0x3C }
        if XMLScanner.isName(name, "gt") { return 0x3E }
        if XMLScanner.isName(name, "quot") { return 0x22 }
        if XMLScanner.isName(name, "apos") { return 0x27 }
        guard name.count >= 2, name[0] == UInt8(ascii: "#") else { return nil }
        let hex = name[1] == UInt8(ascii: "x") || name[1] == UInt8(ascii: "X")
        var value: UInt32 = 0
        for b in name[(hex ? 2 : 1)...] {
            guard let digit = digitValue(b, hex: hex), value < 0x110000 else { return nil }
            value = value * (hex ? 16 : 10) + digit
        }
        guard value > 0, value < 0x110000, !(0xD800...0xDFFF).contains(value) else { return nil }
        return value
    }

    /// Replaces the OOXML escapes `_xHHHH_` (a UTF-16 code unit, e.g. `_x000D_` for a carriage
    /// return; `_x005F_` escapes a literal underscore) in `text`.
    static func decodingOOXMLEscapes(_ text: [UInt8]) -> [UInt8] {
        guard text.contains(UInt8(ascii: "_")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            if text[i] == UInt8(ascii: "_"), i + 6 < text.count, text[i + 1] == UInt8(ascii: "x"),
               text[i + 6] == UInt8(ascii: "_") {
                var value: UInt32 = 0
                var valid = true
                for k in 2..<6 {
                    guard let digit = digitValue(text[i + k], hex: true) else { valid = false; break }
                    value = value << 4 | digit
                }
                if valid && !(0xD800...0xDFFF).contains(value) {
                    appendUTF8(value, to: &out)
                    i += 7
                    continue
                }
            }
            out.append(text[i])
            i += 1
        }
        return out
    }

    /// Appends `field` as one RFC 4180 CSV field: quoted (with `""` for `"`) when it holds a comma, a
    /// quote, a line break, or leading/trailing spaces; as it is otherwise.
    static func appendCSVField(_ field: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var needsQuotes = false
        for b in field where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        if !needsQuotes, let first = field.first, let last = field.last, first == 0x20 || last == 0x20 {
            needsQuotes = true
        }
        guard needsQuotes else {
            out.append(contentsOf: field)
            return
        }
        out.append(UInt8(ascii: "\""))
        for b in field {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }

    static func digitValue(_ b: UInt8, hex: Bool) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(b - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80: out.append(UInt8(scalar))
        case ..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
