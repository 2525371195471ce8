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
}

/// Loads `referencia_men` files (SPEC §1, ../shared/data/men_estadisticas_municipio.csv).
public enum MENReferenceLoader {
    /// Columns that identify the row rather than measure it.
    static let identityColumns: Set<String> = [
        "ANO", "CODIGO_MUNICIPIO", "MUNICIPIO", "CODIGO_DEPARTAMENTO", "DEPARTAMENTO", "CODIGO_ETC", "ETC",
    ]

    /// Reads every row of `file`; a row without a valid year is rejected.
    public static func load(_ file: DelimitedFile, fileIndex: Int, summary: inout FileSummary)
        throws(IngestError) -> (rows: [MENReferenceRow], rejects: [RejectedRow])
    {
        let header = file.normalizedHeader
        func index(_ name: String) -> Int? { header.firstIndex(of: name) }
        let yearIndex = index("ANO") ?? index("ANIO") ?? index("VIGENCIA")
        let municipalityIndex = index("CODIGO_MUNICIPIO")
        let departmentIndex = index("CODIGO_DEPARTAMENTO")
        let nameIndex = index("MUNICIPIO") ?? index("DEPARTAMENTO")
        let measures = header.indices.filter { !identityColumns.contains(header[$0]) }
        var rows: [MENReferenceRow] = []
        let (read, rejects) = try RowReader.forEachRow(file, fileIndex: fileIndex) { fields, _ in
            guard let y = yearIndex, let year = Int(fields[y]), (2000...2100).contains(year) else {
                return RejectReasonDetail(.invalidYear, "columna AÑO vacía o fuera de 2000–2100")
            }
            var values: [String: Double] = [:]
            for i in measures {
                if let v = DecimalParser.parse(fields[i]) { values[header[i]] = v }
            }
            rows.append(MENReferenceRow(
                year: year,
                municipality: municipalityIndex.map { CodeRepair.code(fields[$0], padMunicipality: true) } ?? "",
                department: departmentIndex.map { CodeRepair.code(fields[$0]) } ?? "",
                name: nameIndex.map { fields[$0] } ?? "",
                values: values))
            return nil
        }
        summary.rowsRead = read
        summary.rowsRejected = rejects.count
        summary.rowsUsed = rows.count
        summary.years = Array(Set(rows.map(\.year))).sorted()
        return (rows, rejects)
    }
}
