/// The kinds of input file (SPEC §1), detected from the normalised header.
public enum FileKind: String, Sendable, CaseIterable, Codable {
    /// SIMAT-style enrollment records.
    case matricula
    /// ICFES Saber 11 microdata.
    case saber11
    /// Institution directory.
    case directorio
    /// MEN's published municipal or departmental indicators.
    case referenciaMEN = "referencia_men"
    /// The Ruta de Trayectorias plan (`ruta_plan.csv`) filled in by the SE (SPEC §12).
    case ruta
    /// The SE's own municipality → subregion table (SPEC §12).
    case subregiones

    /// Detects the kind, the first match of SPEC §1's order winning: `ruta` (`ANIO_BASE`, `MODALIDAD` and
    /// an institution column), `subregiones` (a municipality column and `SUBREGION`), `referencia_men` (`DESERCION`,
    /// `APROBACION` and `CODIGO_MUNICIPIO` or `CODIGO_DEPARTAMENTO`), `saber11` (`PUNT_GLOBAL` and `PERIODO`), `matricula` (a grade, an
    /// institution and a student key column), `directorio` (institution and name, by `DirectoryColumn`'s names, no grade); else nil.
    public static func detect(normalizedHeader header: [String]) -> FileKind? {
        let names = Set(header)
        func has(_ column: MatriculaColumn) -> Bool { column.aliases.contains { names.contains($0) } }
        if names.contains("ANIO_BASE") && names.contains("MODALIDAD") && has(.institution) { return .ruta }
        if has(.municipality) && names.contains("SUBREGION") { return .subregiones }
        if names.contains("DESERCION") && names.contains("APROBACION")
            && (names.contains("CODIGO_MUNICIPIO") || names.contains("CODIGO_DEPARTAMENTO")) {
            return .referenciaMEN
        }
        if names.contains("PUNT_GLOBAL") && names.contains("PERIODO") { return .saber11 }
        if has(.grade) && has(.institution) && (has(.personId) || has(.docNumber)) { return .matricula }
        if DirectoryColumn.institution.isPresent(in: names) && DirectoryColumn.institutionName.isPresent(in: names)
            && !has(.grade) {
            return .directorio
        }
        return nil
    }
}
