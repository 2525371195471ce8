/// The character encoding an input file was read with.
public enum TextEncoding: String, Sendable, Codable {
    /// UTF-8, with or without byte-order mark (possibly with a few Windows-1252 bytes: see `TextBlocks`).
    case utf8 = "utf-8"
    /// Windows-1252 (a superset of Latin-1 in the printable range).
    case windows1252 = "windows-1252"
    /// A sheet of an Excel workbook (`.xlsx`): its text is UTF-8 by the format, and it reaches the
    /// loaders as the CSV that `XLSXSheetCSV` writes. Never a value of `--encoding`.
    case xlsx = "xlsx"
}
