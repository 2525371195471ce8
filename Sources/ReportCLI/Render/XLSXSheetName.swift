/// Sheet names Excel and LibreOffice accept: at most 31 characters, none of `[ ] : * ? / \`, no
/// leading or trailing apostrophe, no trailing space, not `History`, and unique regardless of case.
enum XLSXSheetName {
    /// Longest name allowed, in UTF-16 code units.
    static let maximumLength = 31
    /// Characters a sheet name may not contain.
    private static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// One valid, distinct name per wanted name, in order; clashes get a `~2`, `~3`… suffix.
    static func uniqueNames(for wanted: [String]) -> [String] {
        var taken: Set<String> = []
        return wanted.map { name in
            let base = sanitized(name)
            var candidate = base
            var counter = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = "~\(counter)"
                candidate = truncated(base, to: maximumLength - suffix.utf16.count) + suffix
                counter += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }

    /// `name` with forbidden characters as `_`, cut to 31, without apostrophes at either end or
    /// trailing spaces.
    static func sanitized(_ name: String) -> String {
        var cleaned = truncated(String(name.map { forbidden.contains($0) || $0.isNewline ? "_" : $0 }), to: maximumLength)
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        while cleaned.hasSuffix("'") || cleaned.last?.isWhitespace == true { cleaned.removeLast() }
        if cleaned.isEmpty { cleaned = "Hoja" }
        if cleaned.lowercased() == "history" { cleaned += "_" }
        return cleaned
    }

    /// The longest prefix of `name` (whole characters) within `length` UTF-16 units.
    private static func truncated(_ name: String, to length: Int) -> String {
        var result = ""
        var used = 0
        for character in name {
            used += character.utf16.count
            if used > length { break }
            result.append(character)
        }
        return result
    }
}
