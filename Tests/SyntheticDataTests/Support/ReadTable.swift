@testable import SyntheticData

/// A generated file decoded and split the simple way (no quoted line breaks occur in our output).
struct ReadTable {
    /// The header's names, decoded.
    let header: [String]
    /// Each data line's fields, unquoted.
    let rows: [[String]]
    /// Each data line as text, without its line ending.
    let lines: [String]

    /// Decodes `bytes` with the manifest's encoding and splits on its line ending and delimiter.
    init(_ bytes: [UInt8], file: SampleFile) {
        var body = bytes[...]
        if file.encoding == .utf8WithBOM { body = body.dropFirst(3) }
        let text: String =
            file.encoding == .windows1252
            ? String(String.UnicodeScalarView(body.map { Unicode.Scalar($0) }))
            : String(decoding: body, as: UTF8.self)
        var allLines = text.components(separatedBy: file.lineEnding)
        if allLines.last == "" { allLines.removeLast() }
        let delimiter = Character(file.delimiter)
        header = ReadTable.split(allLines[0], delimiter: delimiter)
        lines = Array(allLines.dropFirst())
        rows = lines.map { ReadTable.split($0, delimiter: delimiter) }
    }

    /// The index of a header name.
    func column(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// RFC 4180 fields of one line: quotes group, `""` is a quote.
    static func split(_ line: String, delimiter: Character) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == delimiter {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
