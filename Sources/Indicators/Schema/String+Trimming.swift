import Foundation

extension String {
    /// Whether the first and last bytes are ASCII other than space and tab. Then no whitespace of
    /// `CharacterSet.whitespaces` (nor a BOM, nor any other non-ASCII character) sits at either end:
    /// every non-ASCII character begins and ends with a byte ≥ 0x80.
    var endsInPlainASCII: Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        return first < 0x80 && last < 0x80 && first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09
    }

    /// The text without leading and trailing whitespace (`CharacterSet.whitespaces`: spaces, tabs and
    /// the Unicode space separators such as U+00A0): the result of `trimmingCharacters(in:
    /// .whitespaces)`, without calling Foundation when `endsInPlainASCII` says there is nothing to trim.
    /// Cells of the small input kinds (Saber 11, directories, MEN references) pass through this.
    public var trimmedOfWhitespace: String {
        endsInPlainASCII || isEmpty ? self : trimmingCharacters(in: .whitespaces)
    }
}
