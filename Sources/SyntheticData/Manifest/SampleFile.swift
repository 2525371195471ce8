/// One file written by the generator, described so a test can reconcile what it reads with it.
public struct SampleFile: Sendable, Hashable {
    /// Path relative to the output directory, e.g. `matricula_2019.csv`.
    public var path: String
    /// What the file holds.
    public var kind: SampleFileKind
    /// The school year of a `matricula` or `saber11` file; nil for the directory.
    public var year: Int?
    /// Data rows written (every line but the header), injected bad rows included.
    public var rows: Int
    /// The field delimiter as text: `,` `;` `\t` `|` or `¬`.
    public var delimiter: String
    /// The byte encoding of the file.
    public var encoding: SampleEncoding
    /// The line terminator, `\n` or `\r\n`.
    public var lineEnding: String
    /// The header's column names, in order, as written (before any normalisation).
    public var columns: [String]
    /// Rows that carry a deliberate defect, by reason key.
    ///
    /// `matricula` files use the `InjectedReason` keys. `saber11` files use `sin_colegio` (no school
    /// code), `consecutivo_duplicado` (a second row with an earlier `ESTU_CONSECUTIVO`) and
    /// `no_publicar` (`ESTU_ESTADOINVESTIGACION` other than `PUBLICAR`); these occur in clean mode too.
    public var injected: [String: Int]

    /// Creates a file description.
    public init(
        path: String, kind: SampleFileKind, year: Int?, rows: Int, delimiter: String,
        encoding: SampleEncoding, lineEnding: String, columns: [String], injected: [String: Int]
    ) {
        self.path = path
        self.kind = kind
        self.year = year
        self.rows = rows
        self.delimiter = delimiter
        self.encoding = encoding
        self.lineEnding = lineEnding
        self.columns = columns
        self.injected = injected
    }
}

/// The kind of a generated file, named as SPEC §1 names input kinds.
public enum SampleFileKind: String, Sendable, Hashable, CaseIterable {
    /// SIMAT-style enrollment records.
    case matricula
    /// ICFES Saber 11 results.
    case saber11
    /// The institution directory.
    case directorio
}

/// The byte encoding of a generated file.
public enum SampleEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 without byte-order mark.
    case utf8 = "utf-8"
    /// UTF-8 preceded by the byte-order mark EF BB BF.
    case utf8WithBOM = "utf-8-bom"
    /// Windows-1252: every accented letter is one byte.
    case windows1252 = "windows-1252"

    /// The name a reader reports for it (`resumen.json`'s `codificacion`): the BOM is not an encoding.
    public var reportedName: String {
        self == .windows1252 ? "windows-1252" : "utf-8"
    }
}
