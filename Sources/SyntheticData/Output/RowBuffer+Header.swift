extension RowBuffer {
    /// Appends the byte-order mark when the style asks for one, then the header line.
    mutating func appendHeader(_ names: [String], style: FileStyle) {
        if style.encoding == .utf8WithBOM { append([0xEF, 0xBB, 0xBF]) }
        for (position, name) in names.enumerated() {
            if position > 0 { appendDelimiter() }
            append(TextBytes.field(name, as: style.encoding, delimiter: style.delimiter))
        }
        appendLineEnd()
    }
}
