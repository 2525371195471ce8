/// How one output file is written: its dialect, encoding and, in messy mode, its quirks.
struct FileStyle {
    /// Field delimiter.
    var delimiter: Delimiter = .comma
    /// Byte encoding.
    var encoding: SampleEncoding = .utf8
    /// Whether lines end in `\r\n` rather than `\n`.
    var crlf = false
    /// How dates are written.
    var dateStyle: DateStyle = .dayMonthYear
    /// Whether grades −2…11 are written as labels (`TRANSICION`, `PRIMERO`…`ONCE`, `5°`).
    var gradeLabels = false
    /// Whether codes look damaged by a spreadsheet (`105001000123.0`, municipality `5001`).
    var spreadsheetDamage = false
    /// Whether header names are drawn among accepted variants (`Año`, `Código_DANE`, `Sexo`…).
    var headerVariants = false
    /// Whether `SIT_ACAD_ANO_ANT` and `CON_ALUM_ANO_ANT` are left out.
    var omitsPriorYearColumns = false
    /// Whether bad rows are injected (`InjectedReason`).
    var injectsBadRows = false
    /// Whether the directory writes zones as `1`/`2` instead of `URBANA`/`RURAL`.
    var numericZones = false

    /// The line terminator as text.
    var lineEnding: String { crlf ? "\r\n" : "\n" }

    /// The style of a year's `matricula` file: clean, or in messy mode varied by year so that any
    /// three consecutive years differ in delimiter, encoding and date format.
    static func matricula(yearIndex: Int, years: Int, messy: Bool) -> FileStyle {
        guard messy else { return FileStyle() }
        return FileStyle(
            delimiter: [.semicolon, .tab, .pipe, .comma][yearIndex % 4],
            encoding: [.windows1252, .utf8WithBOM, .utf8][yearIndex % 3],
            crlf: yearIndex % 2 == 0,
            dateStyle: [.isoDate, .shortDayMonthYear, .dayMonthYearMidnight, .isoDateT, .dayMonthYear][yearIndex % 5],
            gradeLabels: yearIndex == min(1, years - 1),
            spreadsheetDamage: yearIndex % 2 == 0,
            headerVariants: true,
            omitsPriorYearColumns: yearIndex == 2,
            injectsBadRows: true)
    }

    /// The style of the `saberIndex`-th Saber 11 file: ICFES's `¬` in messy mode, in varying encodings.
    static func saber(saberIndex: Int, messy: Bool) -> FileStyle {
        guard messy else { return FileStyle() }
        return FileStyle(
            delimiter: .notSign, encoding: [.utf8, .windows1252, .utf8WithBOM][saberIndex % 3], crlf: saberIndex % 2 == 1)
    }

    /// The style of the directory file.
    static func directory(messy: Bool) -> FileStyle {
        guard messy else { return FileStyle() }
        return FileStyle(delimiter: .semicolon, encoding: .windows1252, crlf: true, headerVariants: true, numericZones: true)
    }
}

/// A field delimiter.
enum Delimiter {
    /// `,`
    case comma
    /// `;`
    case semicolon
    /// Tab.
    case tab
    /// `|`
    case pipe
    /// `¬` (U+00AC), as ICFES writes.
    case notSign

    /// The delimiter as a Unicode scalar.
    var scalar: Unicode.Scalar {
        switch self {
        case .comma: ","
        case .semicolon: ";"
        case .tab: "\t"
        case .pipe: "|"
        case .notSign: "\u{AC}"
        }
    }

    /// The delimiter as text.
    var text: String { String(Character(scalar)) }
}

/// How a file writes dates (SPEC §1.4 formats).
enum DateStyle {
    /// `DD/MM/YYYY`.
    case dayMonthYear
    /// `YYYY-MM-DD`.
    case isoDate
    /// `D/M/YYYY`.
    case shortDayMonthYear
    /// `DD/MM/YYYY 00:00:00`.
    case dayMonthYearMidnight
    /// `YYYY-MM-DDT00:00:00`.
    case isoDateT
}
