/// Why a workbook could not be written: a table exceeds what a spreadsheet can hold.
struct XLSXWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which limit was exceeded.
    enum Code: Sendable, Equatable {
        /// More rows than a sheet holds (1 048 576, header included).
        case tooManyRows
        /// More columns than a sheet holds (16 384).
        case tooManyColumns
        /// The workbook would pass 4 GiB, the limit of a ZIP archive without ZIP64.
        case archiveTooLarge
    }

    /// The limit exceeded.
    let code: Code
    /// The table (sheet) concerned; empty for the whole workbook.
    let table: String
    /// The size found: rows, columns or bytes.
    let found: Int
    /// The most allowed.
    let limit: Int

    /// A Spanish message naming the table, the size found and the limit, with what to do instead.
    var description: String {
        switch code {
        case .tooManyRows:
            "La tabla «\(table)» tiene \(found) filas y una hoja de cálculo admite \(limit); "
                + "use el archivo CSV de esa tabla."
        case .tooManyColumns:
            "La tabla «\(table)» tiene \(found) columnas y una hoja de cálculo admite \(limit); "
                + "use el archivo CSV de esa tabla."
        case .archiveTooLarge:
            "El libro diagnostico.xlsx ocuparía \(found) bytes y el máximo es \(limit); "
                + "use los archivos CSV."
        }
    }
}
