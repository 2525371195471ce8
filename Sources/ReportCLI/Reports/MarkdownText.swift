/// Escaping of plain text written into Markdown prose, so names and codes never turn into markup.
enum MarkdownText {
    /// `text` with Markdown's inline markers escaped (`\ * _ [ ] < > `` ` `` and `|`), line breaks as
    /// spaces, and a leading `#` or `-` escaped so it cannot start a heading or a list.
    static func escaped(_ text: String) -> String {
        let isPlain = text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "\n"),
                 UInt8(ascii: "\r"): false
            default: true
            }
        }
        if isPlain, let first = text.utf8.first,
           first != UInt8(ascii: "#"), first != UInt8(ascii: "-"), first != UInt8(ascii: "+") {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\", "*", "_", "[", "]", "<", ">", "`", "|": result += "\\" + String(character)
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        if let first = result.first, first == "#" || first == "-" || first == "+" {
            result = "\\" + result
        }
        return result
    }
}
