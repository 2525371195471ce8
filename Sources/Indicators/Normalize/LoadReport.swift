/// Why a row was rejected (SPEC §2).
public enum RejectReason: String, Sendable, CaseIterable, Codable {
    /// Field count differs from the header's.
    case fieldCount = "campos"
    /// The file ends inside a quoted field.
    case unterminatedQuote = "comillas_sin_cerrar"
    /// Year missing or outside 2000–2100.
    case invalidYear = "anio_invalido"
    /// Institution code missing.
    case missingInstitution = "institucion_vacia"
    /// Neither a person id nor a document number.
    case missingKey = "sin_clave"
    /// Grade missing or not in the SIMAT grade table.
    case invalidGrade = "grado_invalido"
    /// A Saber 11 row without a usable `PERIODO`.
    case invalidPeriod = "periodo_invalido"
    /// A required code (institution, student key) in scientific notation: its digits are lost.
    case scientificCode = "codigo_notacion_cientifica"
    /// A `ruta` row whose institution has no matrícula record.
    case unknownInstitution = "institucion_desconocida"
    /// A `ruta` row whose `anio_base` has no matrícula record.
    case baseYearNotLoaded = "anio_base_no_cargado"
    /// A `subregiones` row without a municipality code or a subregion.
    case missingMunicipality = "municipio_vacio"

    /// Spanish description for the rejects file.
    public var description: String {
        switch self {
        case .fieldCount: "número de campos distinto del encabezado"
        case .unterminatedQuote: "comillas sin cerrar al final del archivo"
        case .invalidYear: "año vacío o fuera de 2000–2100"
        case .missingInstitution: "código de institución vacío"
        case .missingKey: "sin PER_ID ni número de documento"
        case .invalidGrade: "grado vacío o fuera de la tabla de grados SIMAT"
        case .invalidPeriod: "PERIODO vacío o inválido"
        case .scientificCode: "código en notación científica (Excel perdió sus dígitos)"
        case .unknownInstitution: "institución sin registros de matrícula"
        case .baseYearNotLoaded: "año base sin matrícula cargada"
        case .missingMunicipality: "código de municipio o subregión vacío"
        }
    }
}

/// One rejected input row, as written to `rechazos.csv`.
public struct RejectedRow: Sendable {
    /// Index of the input file.
    public var file: Int
    /// 1-based line where the row starts.
    public var line: Int
    /// Why.
    public var reason: RejectReason
    /// Detail: column, value found and expected.
    public var detail: String
    /// The raw row text.
    public var content: String
}

/// Invalid optional values of one column (kept as null, counted as warnings).
public struct ColumnWarning: Sendable {
    /// Canonical column name.
    public var column: String
    /// How many values were invalid.
    public var count: Int
    /// Line of the first one.
    public var exampleLine: Int
    /// The first invalid value.
    public var exampleValue: String
}

/// A data-quality finding about one input file, for `calidad_datos.csv` (the file is added there).
public struct FileCheck: Sendable, Equatable {
    /// Check name (`codigo_notacion_cientifica`, `codificacion_mixta`, …).
    public var check: String
    /// Column concerned (may be empty).
    public var column: String
    /// Number of cases.
    public var cases: Int
    /// One example (line and value) and, where useful, a hint.
    public var example: String

    /// Creates a finding.
    public init(_ check: String, column: String = "", cases: Int, example: String) {
        self.check = check
        self.column = column
        self.cases = cases
        self.example = example
    }
}

/// What happened to one input file.
public struct FileSummary: Sendable {
    /// Path as given.
    public var path: String
    /// Detected or forced kind.
    public var kind: FileKind
    /// Delimiter name.
    public var delimiter: String
    /// Encoding used (`.xlsx` for a sheet of an Excel workbook).
    public var encoding: TextEncoding
    /// The sheet read, for an `.xlsx` input.
    public var sheet: String?
    /// Data rows read (blank lines excluded).
    public var rowsRead = 0
    /// Rows used.
    public var rowsUsed = 0
    /// Rows rejected.
    public var rowsRejected = 0
    /// Exact duplicates dropped.
    public var duplicates = 0
    /// Years present among used rows.
    public var years: [Int] = []
    /// Invalid optional values per column.
    public var warnings: [ColumnWarning] = []
    /// Non-fatal notes (e.g. read as Windows-1252 because of invalid UTF-8 at a line and column).
    public var notes: [String] = []
    /// Data-quality findings about this file beyond rejects and invalid values.
    public var checks: [FileCheck] = []

    /// Whether read = used + rejected + duplicates.
    public var reconciles: Bool { rowsRead == rowsUsed + rowsRejected + duplicates }
}
