/// One institution of a `directorio` file.
public struct DirectoryEntry: Sendable, Equatable {
    /// Institution code (repaired).
    public var code: String
    /// Name.
    public var name: String
    /// Municipality code, 5 digits.
    public var municipality: String
    /// `URBANA`, `RURAL` or empty.
    public var zone: String
    /// `OFICIAL`, `NO OFICIAL` or empty.
    public var sector: String
}

/// Loads `directorio` files (SPEC §1.2): institution, name, municipality, zone, sector.
public enum DirectoryLoader {
    /// Reads the entries of `file`; rows without an institution code are rejected.
    public static func load(_ file: DelimitedFile, fileIndex: Int, summary: inout FileSummary)
        throws(IngestError) -> (entries: [DirectoryEntry], rejects: [RejectedRow])
    {
        let mapping = ColumnMapping(normalizedHeader: file.normalizedHeader)
        let header = file.normalizedHeader
        let zoneIndex = header.firstIndex(of: "ZONA") ?? header.firstIndex(of: "ZONA_ESTABLECIMIENTO")
        let sectorIndex = header.firstIndex(of: "SECTOR") ?? header.firstIndex(of: "NATURALEZA")
        var entries: [DirectoryEntry] = []
        let (read, rejects) = try RowReader.forEachRow(file, fileIndex: fileIndex) { fields, _ in
            func value(_ column: MatriculaColumn) -> String { mapping[column].map { fields[$0] } ?? "" }
            let code = CodeRepair.code(value(.institution))
            if code.isEmpty { return RejectReasonDetail(.missingInstitution, "código de institución vacío") }
            let zone = zoneIndex.map { zoneName(fields[$0]) } ?? ""
            let sector = sectorIndex.map { sectorName(fields[$0]) } ?? ""
            entries.append(DirectoryEntry(code: code, name: value(.institutionName),
                                          municipality: CodeRepair.code(value(.municipality), padMunicipality: true),
                                          zone: zone, sector: sector))
            return nil
        }
        summary.rowsRead = read
        summary.rowsRejected = rejects.count
        summary.rowsUsed = entries.count
        return (entries, rejects)
    }

    /// `URBANA`/`RURAL` from `URBANA`, `RURAL`, `1`, `2` (and the student zone codes).
    static func zoneName(_ text: String) -> String {
        var copy = TextNormalizer.normalize(text)
        return copy.withUTF8 { bytes in
            switch CodeTables.zone(bytes) {
            case 1: "URBANA"
            case 2: "RURAL"
            default: ""
            }
        }
    }

    /// `OFICIAL`/`NO OFICIAL` from `OFICIAL`, `NO OFICIAL`, `PRIVADO`, `PRIVADA`.
    static func sectorName(_ text: String) -> String {
        switch TextNormalizer.normalize(text) {
        case "OFICIAL", "PUBLICO", "PUBLICA": "OFICIAL"
        case "NO_OFICIAL", "PRIVADO", "PRIVADA": "NO OFICIAL"
        default: ""
        }
    }
}
