/// Columns of a `directorio` file and their accepted normalised header names (SPEC §1.2, issue 12).
///
/// The SPEC's names for `institution`, `institution_name` and `municipality` come first, so a file
/// that uses them reads as the SPEC says; after them come the names of real directories: MEN's
/// directory of establishments and the datos.gov.co directories (`CODIGO DANE INSTITUCION
/// EDUCATIVA`, `NOMBRE INSTITUCION EDUCATIVA`, `CODIGO_ESTABLECIMIENTO`, `NOMBRE_MUNICIPIO`, …).
/// `Guides/Ingest.md` lists them all.
public enum DirectoryColumn: Int, CaseIterable, Sendable {
    case institution, institutionName, sede, municipality, municipalityName, department, departmentName
    case zone, sector

    /// Accepted normalised names, first match wins.
    public var aliases: [String] {
        switch self {
        case .institution:
            MatriculaColumn.institution.aliases + [
                "CODIGO_DANE_INSTITUCION_EDUCATIVA", "CODIGO_DANE_INSTITUCION", "CODIGO_INSTITUCION_EDUCATIVA",
                "CODIGO_INSTITUCION", "CODIGO_ESTABLECIMIENTO", "CODIGO_ESTABLECIMIENTO_EDUCATIVO",
                "CODIGO_DANE_ESTABLECIMIENTO_EDUCATIVO", "COD_DANE_ESTABLECIMIENTO", "COD_ESTABLECIMIENTO",
                "COD_INSTITUCION", "CODIGO_DANE_IE", "DANE_ESTABLECIMIENTO", "DANE_INSTITUCION",
            ]
        case .institutionName:
            MatriculaColumn.institutionName.aliases + [
                "NOMBRE_INSTITUCION_EDUCATIVA", "NOMBRE_DE_LA_INSTITUCION_EDUCATIVA", "NOMBRE_DE_LA_INSTITUCION",
                "NOMBRE_DEL_ESTABLECIMIENTO", "NOMBRE_IE", "ESTABLECIMIENTO", "ESTABLECIMIENTO_EDUCATIVO",
                "INSTITUCION_EDUCATIVA",
            ]
        case .sede:
            ["CODIGO_DANE_SEDE", "CODIGO_SEDE", "CODIGO_DANE_SEDE_EDUCATIVA", "COD_DANE_SEDE", "CODIGO_SEDE_EDUCATIVA"]
        case .municipality:
            MatriculaColumn.municipality.aliases + [
                "COD_MUNICIPIO", "CODIGO_DANE_MUNICIPIO", "CODIGO_DIVIPOLA_MUNICIPIO", "CODIGO_DIVIPOLA",
                "COD_MPIO", "CODIGO_MPIO", "DIVIPOLA",
            ]
        case .municipalityName: ["NOMBRE_MUNICIPIO", "MUNICIPIO", "NOMBRE_MPIO", "MPIO"]
        case .department: ["CODIGO_DEPARTAMENTO", "COD_DEPARTAMENTO", "COD_DPTO", "CODIGO_DPTO"]
        case .departmentName: ["NOMBRE_DEPARTAMENTO", "DEPARTAMENTO", "NOMBRE_DPTO", "DPTO"]
        case .zone: ["ZONA", "ZONA_ESTABLECIMIENTO", "ZONA_SEDE", "ZONA_URBANA_RURAL", "ZONA_EE"]
        case .sector: ["SECTOR", "NATURALEZA", "SECTOR_ESTABLECIMIENTO", "SECTOR_EE"]
        }
    }

    /// Field index of each column in `normalizedHeader` (the first accepted name present wins, and
    /// of a name present twice, the leftmost column), -1 when absent.
    public static func mapping(_ normalizedHeader: [String]) -> [Int] {
        allCases.map { column in
            for alias in column.aliases {
                if let position = normalizedHeader.firstIndex(of: alias) { return position }
            }
            return -1
        }
    }

    /// Whether `names` has one of this column's accepted names.
    func isPresent(in names: Set<String>) -> Bool { aliases.contains { names.contains($0) } }
}
