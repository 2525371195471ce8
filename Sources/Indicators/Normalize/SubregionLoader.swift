import Foundation

/// One row of a `subregiones` file: a municipality and the subregion the SE places it in (SPEC §12).
public struct SubregionEntry: Sendable, Equatable {
    /// Municipality code, left-padded to 5 digits.
    public var municipality: String
    /// Municipality name as written (may be empty).
    public var name: String
    /// Subregion name as written, trimmed.
    public var subregion: String

    /// Creates an entry.
    public init(municipality: String, name: String, subregion: String) {
        self.municipality = municipality
        self.name = name
        self.subregion = subregion
    }
}

/// Loads `subregiones` files (SPEC §1, §12): the SE's own municipality → subregion table.
///
/// Any dialect is accepted (e.g. `Código Municipio;Municipio;Subregión` in Windows-1252). The code
/// comes from the municipality column of SPEC §1.2 (`MUN_CODIGO`, `CODIGO_MUNICIPIO`,
/// `MUNICIPIO_CODIGO`), the name from `MUNICIPIO` or `NOMBRE_MUNICIPIO` when present, the subregion
/// from `SUBREGION`. Codes lose a trailing `.0` and are left-padded to 5 digits (`5001` → `05001`).
/// A row without a code or a subregion is rejected.
public enum SubregionLoader {
    /// Reads the entries of `file`, in file order.
    public static func load(_ file: DelimitedFile, fileIndex: Int, summary: inout FileSummary)
        throws(IngestError) -> (entries: [SubregionEntry], rejects: [RejectedRow])
    {
        let header = file.normalizedHeader
        let mapping = ColumnMapping(normalizedHeader: header)
        let codeIndex = mapping[.municipality]
        let nameIndex = header.firstIndex(of: "MUNICIPIO") ?? header.firstIndex(of: "NOMBRE_MUNICIPIO")
        let subregionIndex = header.firstIndex(of: "SUBREGION")
        var entries: [SubregionEntry] = []
        let (read, rejects) = try RowReader.forEachRow(file, fileIndex: fileIndex) { fields, _ in
            let code = codeIndex.map { CodeRepair.code(fields[$0], padMunicipality: true) } ?? ""
            let subregion = subregionIndex.map { fields[$0].trimmedOfWhitespace } ?? ""
            if code.isEmpty || subregion.isEmpty {
                return RejectReasonDetail(.missingMunicipality,
                                          code.isEmpty ? "columna CODIGO_MUNICIPIO vacía" : "columna SUBREGION vacía")
            }
            let name = nameIndex.map { fields[$0].trimmedOfWhitespace } ?? ""
            entries.append(SubregionEntry(municipality: code, name: name, subregion: subregion))
            return nil
        }
        summary.rowsRead = read
        summary.rowsRejected = rejects.count
        summary.rowsUsed = entries.count
        return (entries, rejects)
    }
}
