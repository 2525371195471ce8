/// The columns each kind of file must have (SPEC §1.2, issue 12): a file without them is refused
/// with the columns found and the accepted names, whether its kind was detected or forced (`--kind`).
extension FileKind {
    /// The required columns missing from `normalizedHeader`, each as `name (se acepta: …)`; empty
    /// when the file can be read as this kind.
    ///
    /// - `matricula`: year, institution, grade and a student key (`ColumnMapping.missingRequired`);
    /// - `directorio`: an institution code;
    /// - `saber11`: `PERIODO` and `PUNT_GLOBAL`;
    /// - `referencia_men`: a year and a municipality or department code;
    /// - `ruta`: `ANIO_BASE`, `MODALIDAD` and an institution code;
    /// - `subregiones`: a municipality code and `SUBREGION`.
    public func missingColumns(normalizedHeader header: [String]) -> [String] {
        let names = Set(header)
        func describe(_ label: String, _ accepted: [String]) -> String {
            "\(label) (se acepta: \(accepted.joined(separator: ", ")))"
        }
        switch self {
        case .matricula:
            return ColumnMapping(normalizedHeader: header).missingRequired
        case .directorio:
            return DirectoryColumn.institution.isPresent(in: names)
                ? [] : [describe("código de institución", DirectoryColumn.institution.aliases)]
        case .saber11:
            return ["PERIODO", "PUNT_GLOBAL"].filter { !names.contains($0) }.map { describe($0, [$0]) }
        case .referenciaMEN:
            var missing: [String] = []
            if !MENReferenceLoader.yearNames.contains(where: names.contains) {
                missing.append(describe("año", MENReferenceLoader.yearNames))
            }
            if !names.contains("CODIGO_MUNICIPIO") && !names.contains("CODIGO_DEPARTAMENTO") {
                missing.append(describe("código de municipio o de departamento", ["CODIGO_MUNICIPIO", "CODIGO_DEPARTAMENTO"]))
            }
            return missing
        case .ruta:
            var missing = ["ANIO_BASE", "MODALIDAD"].filter { !names.contains($0) }.map { describe($0, [$0]) }
            if !MatriculaColumn.institution.aliases.contains(where: names.contains) {
                missing.append(describe("código de institución", MatriculaColumn.institution.aliases))
            }
            return missing
        case .subregiones:
            var missing: [String] = []
            if !MatriculaColumn.municipality.aliases.contains(where: names.contains) {
                missing.append(describe("código de municipio", MatriculaColumn.municipality.aliases))
            }
            if !names.contains("SUBREGION") { missing.append(describe("SUBREGION", ["SUBREGION"])) }
            return missing
        }
    }
}
