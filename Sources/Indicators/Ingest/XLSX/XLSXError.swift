/// Why an xlsx workbook could not be read.
public struct XLSXError: Error, Sendable, Equatable {
    /// The kind of problem.
    public enum Code: String, Sendable {
        /// No end-of-central-directory record: not a ZIP archive, or cut short.
        case notZIP = "no es un archivo ZIP completo (¿descarga interrumpida?)"
        /// The central directory or a local header is damaged.
        case damagedZIP = "la estructura ZIP está dañada"
        /// An entry is encrypted (a workbook with a password to open).
        case encrypted = "el libro está protegido con contraseña"
        /// An entry uses a compression other than stored or deflate.
        case unsupportedCompression = "compresión ZIP no admitida"
        /// A deflated entry could not be decompressed.
        case damagedEntry = "una parte comprimida está dañada"
        /// A part the workbook needs is missing.
        case missingPart = "falta una parte del libro"
        /// The workbook has no worksheet.
        case noSheets = "el libro no tiene hojas de cálculo"
        /// The sheet asked for with `--hoja` is not in the workbook.
        case sheetNotFound = "no existe la hoja indicada"
    }

    /// The kind of problem.
    public var code: Code
    /// A detail for the message: the part name, the sheet asked for.
    public var detail: String?
    /// The sheets of the workbook, when known (for `sheetNotFound`).
    public var sheets: [String]

    /// Creates an error.
    public init(_ code: Code, detail: String? = nil, sheets: [String] = []) {
        self.code = code
        self.detail = detail
        self.sheets = sheets
    }
}
