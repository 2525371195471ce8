/// How a CSV file is laid out: delimiter, decimal mark, line ending and byte-order mark.
struct CSVDialect: Sendable, Equatable {
    /// The byte between fields.
    var delimiter: UInt8
    /// The byte between the integer and fractional parts of a number.
    var decimalSeparator: UInt8
    /// The bytes that end every row, header included.
    var lineEnding: [UInt8]
    /// Whether the file starts with the UTF-8 byte-order mark `EF BB BF`.
    var writesByteOrderMark: Bool

    /// SPEC §8 standard: UTF-8, `,`, decimal point, `\n`, no BOM.
    static let standard = CSVDialect(
        delimiter: UInt8(ascii: ","), decimalSeparator: UInt8(ascii: "."),
        lineEnding: [UInt8(ascii: "\n")], writesByteOrderMark: false)

    /// `--excel`: what a Spanish-locale spreadsheet opens directly: `;`, decimal comma, `\r\n`, BOM.
    static let spanishSpreadsheet = CSVDialect(
        delimiter: UInt8(ascii: ";"), decimalSeparator: UInt8(ascii: ","),
        lineEnding: [UInt8(ascii: "\r"), UInt8(ascii: "\n")], writesByteOrderMark: true)

    /// Whether a text field holding `byte` must be quoted (RFC 4180): quote, CR, LF, comma, and the
    /// delimiter when it is not a comma.
    func needsQuoting(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: ","): true
        default: byte == delimiter
        }
    }
}
