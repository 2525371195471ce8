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
    /// Municipality name as the file writes it (empty when the file has none).
    public var municipalityName: String = ""
    /// Department name as the file writes it (empty when the file has none).
    public var departmentName: String = ""
}

/// Loads `directorio` files (SPEC §1.2): institution, name, municipality, zone, sector, with the
/// header names of `DirectoryColumn`.
///
/// A directory of sedes lists an institution once per sede: the entry of an institution is its
/// principal sede's row (the sede whose code is the institution's code) when the file has a sede
/// column and lists it, else its first row; each row still counts as used.
public enum DirectoryLoader {
    /// Reads the entries of `file`; rows without an institution code, or with one in scientific
    /// notation, are rejected.
    public static func load(_ file: DelimitedFile, fileIndex: Int, summary: inout FileSummary)
        throws(IngestError) -> (entries: [DirectoryEntry], rejects: [RejectedRow])
    {
        let mapping = DirectoryColumn.mapping(file.normalizedHeader)
        var entries: [DirectoryEntry] = []
        var position: [String: Int] = [:]
        var principal: [Bool] = []
        var scientific: [DirectoryColumn: (count: Int, line: Int, value: String)] = [:]
        let (read, rejects) = try RowReader.forEachRow(file, fileIndex: fileIndex) { fields, line in
            func value(_ column: DirectoryColumn) -> String {
                let i = mapping[column.rawValue]
                return i >= 0 ? fields[i].trimmedOfWhitespace : ""
            }
            func code(_ column: DirectoryColumn, padMunicipality: Bool = false) -> String {
                let text = value(column)
                if CodeRepair.isScientific(text) {
                    let previous = scientific[column]
                    scientific[column] = ((previous?.count ?? 0) + 1, previous?.line ?? line, previous?.value ?? text)
                    return ""
                }
                return CodeRepair.code(text, padMunicipality: padMunicipality, droppingSeparators: true)
            }
            let institution = code(.institution)
            if institution.isEmpty {
                if CodeRepair.isScientific(value(.institution)) {
                    return RejectReasonDetail(.scientificCode, "valor '\(value(.institution))' en notación científica; \(CodeRepair.scientificHint)")
                }
                return RejectReasonDetail(.missingInstitution, "código de institución vacío")
            }
            let entry = DirectoryEntry(code: institution, name: value(.institutionName),
                                       municipality: code(.municipality, padMunicipality: true),
                                       zone: zoneName(value(.zone)), sector: sectorName(value(.sector)),
                                       municipalityName: value(.municipalityName),
                                       departmentName: value(.departmentName))
            let isPrincipal = mapping[DirectoryColumn.sede.rawValue] >= 0 && code(.sede) == institution
            if let k = position[institution] {
                if isPrincipal && !principal[k] {
                    entries[k] = entry
                    principal[k] = true
                }
            } else {
                position[institution] = entries.count
                entries.append(entry)
                principal.append(isPrincipal)
            }
            return nil
        }
        summary.rowsRead = read
        summary.rowsRejected = rejects.count
        summary.rowsUsed = read - rejects.count
        for column in DirectoryColumn.allCases {
            guard let found = scientific[column] else { continue }
            let i = mapping[column.rawValue]
            summary.checks.append(FileCheck(
                "codigo_notacion_cientifica", column: i >= 0 ? file.normalizedHeader[i] : "", cases: found.count,
                example: "línea \(found.line): '\(found.value)'. \(CodeRepair.scientificHint)"))
        }
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

import Foundation
