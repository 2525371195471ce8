extension String {
    /// The text word-wrapped so that, indented by `indent` spaces, no line passes `width` columns.
    ///
    /// Every line, the first included, starts with the indent; explicit line breaks are kept.
    /// A word longer than the room available stands alone on its line.
    func wrapped(to width: Int, indent: Int = 0) -> String {
        let margin = String(repeating: " ", count: indent)
        let room = Swift.max(width - indent, 1)
        return split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty && line.count + 1 + word.count > room {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line)
            return lines.map { $0.isEmpty ? "" : margin + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
