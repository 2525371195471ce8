/// A problem with an input file that stops that file (never the process) from loading.
///
/// Carries everything the Spanish message needs: file, 1-based line, column, the value found and
/// what was expected, and a hint with possible fixes.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable {
        case fileNotFound = "archivo_inexistente"
        case unreadable = "archivo_ilegible"
        case noInputs = "sin_entradas"
        case emptyFile = "archivo_vacio"
        case binaryFile = "archivo_binario"
        case unknownKind = "tipo_desconocido"
        case missingColumns = "columnas_faltantes"
        case streamIdle = "tuberia_sin_datos"
        case skippedInput = "entrada_omitida"
        /// Internal: valid UTF-8 text came before the first invalid byte, so the file is read again
        /// from the start as Windows-1252 (never shown: `Ingestor` catches it).
        case encodingRestart = "reinicio_codificacion"
        case unreadableWorkbook = "xlsx_ilegible"
        case sheetNotFound = "hoja_inexistente"
        case tooManyFiles = "demasiados_archivos"
    }

    /// The kind of problem.
    public var code: Code
    /// The file concerned (as given by the user).
    public var file: String
    /// 1-based line, when the problem is at a line.
    public var line: Int?
    /// The column concerned, when there is one.
    public var column: String?
    /// What was found.
    public var found: String?
    /// What was expected.
    public var expected: String?
    /// A Spanish hint: possible fixes.
    public var hint: String?

    /// Creates an error.
    public init(_ code: Code, file: String, line: Int? = nil, column: String? = nil,
                found: String? = nil, expected: String? = nil, hint: String? = nil) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.found = found
        self.expected = expected
        self.hint = hint
    }

    /// The Spanish message shown to the analyst.
    public var description: String {
        var text: String
        switch code {
        case .fileNotFound: text = "no existe el archivo o carpeta"
        case .unreadable: text = "no se pudo leer el archivo"
        case .noInputs: text = "la carpeta no contiene archivos .csv, .txt, .tsv ni .xlsx"
        case .emptyFile: text = "el archivo está vacío"
        case .binaryFile: text = "el archivo parece binario (no es texto delimitado)"
        case .unknownKind: text = "no se reconoce el tipo de archivo por su encabezado"
        case .missingColumns: text = "al encabezado le faltan columnas obligatorias"
        case .streamIdle: text = "la tubería no entregó datos (nadie escribe en ella)"
        case .skippedInput: text = "se omitió esta entrada"
        case .encodingRestart: text = "se vuelve a leer el archivo como Windows-1252"
        case .unreadableWorkbook: text = "no se pudo leer el libro de Excel (.xlsx)"
        case .sheetNotFound: text = "el libro de Excel no tiene la hoja indicada con --hoja"
        case .tooManyFiles: text = "hay demasiados archivos de entrada para leer este de matrícula"
        }
        var location = file
        if let line { location += ", línea \(line)" }
        if let column { location += ", columna \(column)" }
        text = "\(location): \(text)"
        if let found { text += "; se encontró: \(found)" }
        if let expected { text += "; se esperaba: \(expected)" }
        if let hint { text += ". Posibles soluciones: \(hint)" }
        return text
    }
}
