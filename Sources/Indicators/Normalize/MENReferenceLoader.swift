/// MEN's published indicators for one municipality (or department) and year.
public struct MENReferenceRow: Sendable {
    /// Year.
    public var year: Int
    /// Municipality code, 5 digits (empty for a department row).
    public var municipality: String
    /// Department code (as written, without padding).
    public var department: String
    /// Municipality or department name.
    public var name: String
    /// Every numeric column by normalised name (`DESERCION`, `APROBACION_PRIMARIA`, …), in percent.
    public var values: [String: Double]
    /// Department name (`DEPARTAMENTO` of a municipal file; empty when absent).
    public var departmentName: String = ""
    /// Index of the input file and 1-based line.
    public var file: Int = 0, line: Int = 0

    /// Creates a row.
    public init(year: Int, municipality: String, department: String, name: String, values: [String: Double],
                departmentName: String = "", file: Int = 0, line: Int = 0) {
        self.year = year
        self.municipality = municipality
        self.department = department
        self.name = name
        self.values = values
        self.departmentName = departmentName
        self.file = file
        self.line = line
    }

    /// The territory the row describes: its municipality code, else `D` and its department code.
    public var territoryKey: String { municipality.isEmpty ? "D\(department)" : municipality }
}

/// Loads `referencia_men` files (SPEC §1, ../shared/data/men_estadisticas_municipio.csv).
public enum MENReferenceLoader {
    /// Accepted names of the year column.
    public static let yearNames = ["ANO", "ANIO", "VIGENCIA"]

    /// Columns that identify the row rather than measure it.
    static let identityColumns: Set<String> = [
        "ANO", "ANIO", "VIGENCIA", "CODIGO_MUNICIPIO", "MUNICIPIO", "NOMBRE_MUNICIPIO", "CODIGO_DEPARTAMENTO",
        "DEPARTAMENTO", "NOMBRE_DEPARTAMENTO", "CODIGO_ETC", "ETC",
    ]

    /// Reads every row of `file`; a row without a valid year is rejected. Years and codes may carry
    /// thousands separators (`2,021`, `5,001`), as the datos.gov.co portal writes them.
    public static func load(_ file: DelimitedFile, fileIndex: Int, summary: inout FileSummary)
        throws(IngestError) -> (rows: [MENReferenceRow], rejects: [RejectedRow])
    {
        let header = file.normalizedHeader
        func index(_ name: String) -> Int? { header.firstIndex(of: name) }
        let yearIndex = yearNames.lazy.compactMap(index).first
        let municipalityIndex = index("CODIGO_MUNICIPIO")
        let departmentIndex = index("CODIGO_DEPARTAMENTO")
        let nameIndex = index("MUNICIPIO") ?? index("NOMBRE_MUNICIPIO") ?? index("DEPARTAMENTO") ?? index("NOMBRE_DEPARTAMENTO")
        let departmentNameIndex = municipalityIndex == nil ? nil : (index("DEPARTAMENTO") ?? index("NOMBRE_DEPARTAMENTO"))
        let measures = header.indices.filter { !identityColumns.contains(header[$0]) }
        let yearName = yearIndex.map { file.header[$0] } ?? "AÑO"
        var rows: [MENReferenceRow] = []
        let (read, rejects) = try RowReader.forEachRow(file, fileIndex: fileIndex) { fields, line in
            guard let y = yearIndex, let year = CodeTables.parseInteger(fields[y]), (2000...2100).contains(year) else {
                let found = yearIndex.map { fields[$0] } ?? ""
                return RejectReasonDetail(.invalidYear, "columna \(yearName): valor '\(found)', se esperaba un año entre 2000 y 2100")
            }
            var values: [String: Double] = [:]
            for i in measures {
                if let v = DecimalParser.parse(fields[i]) { values[header[i]] = v }
            }
            rows.append(MENReferenceRow(
                year: year,
                municipality: municipalityIndex.map { CodeRepair.code(fields[$0], padMunicipality: true, droppingSeparators: true) } ?? "",
                department: departmentIndex.map { CodeRepair.code(fields[$0], droppingSeparators: true) } ?? "",
                name: nameIndex.map { fields[$0].trimmedOfWhitespace } ?? "",
                values: values,
                departmentName: departmentNameIndex.map { fields[$0].trimmedOfWhitespace } ?? "",
                file: fileIndex, line: line))
            return nil
        }
        summary.rowsRead = read
        summary.rowsRejected = rejects.count
        summary.rowsUsed = rows.count
        summary.years = Array(Set(rows.map(\.year))).sorted()
        return (rows, rejects)
    }
}

import Foundation
