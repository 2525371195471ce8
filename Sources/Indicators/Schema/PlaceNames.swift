/// Names of municipalities for tables and reports (issue 12): `05001 Medellín (Antioquia)`.
///
/// A code's name comes from the DIVIPOLA table built into the engine (`Divipola`); a code it does not
/// list takes its name from a loaded MEN reference file (`MUNICIPIO`, `DEPARTAMENTO`), else from a
/// loaded directory (`NOMBRE_MUNICIPIO`, `NOMBRE_DEPARTAMENTO`; the last entry that names it).
public struct PlaceNames: Sendable {
    private var loaded: [String: Divipola.Place] = [:]

    /// Names from the built-in table, completed by the loaded files.
    public init(directory: [DirectoryEntry] = [], menReference: [MENReferenceRow] = []) {
        for entry in directory where !entry.municipality.isEmpty && !entry.municipalityName.isEmpty {
            loaded[entry.municipality] = Divipola.Place(municipality: entry.municipalityName,
                                                        department: entry.departmentName)
        }
        for row in menReference where !row.municipality.isEmpty && !row.name.isEmpty {
            loaded[row.municipality] = Divipola.Place(municipality: row.name, department: row.departmentName)
        }
    }

    /// The place of a municipality code: built-in first, then the loaded files; nil when unknown.
    public func place(of code: String) -> Divipola.Place? {
        Divipola.place(of: code) ?? loaded[code]
    }

    /// `Medellín (Antioquia)`; only the name when the department is unknown or has the same name
    /// (`Bogotá D.C.`); empty when the code is unknown.
    public func name(of code: String) -> String {
        guard let place = place(of: code) else { return "" }
        if place.department.isEmpty || place.department == place.municipality { return place.municipality }
        return "\(place.municipality) (\(place.department))"
    }

    /// `05001 Medellín (Antioquia)`; the code alone when its name is unknown.
    public func label(of code: String) -> String {
        let name = name(of: code)
        return name.isEmpty ? code : "\(code) \(name)"
    }

    /// `table` with `nombre_municipio` (`name(of:)` of its `municipio` column) appended as the last
    /// column; unchanged when it has no `municipio` column or already has `nombre_municipio`.
    public func addingMunicipalityNames(to table: ResultTable) -> ResultTable {
        guard table.column(named: "nombre_municipio") == nil,
              case .texts(let codes)? = table.column(named: "municipio")?.values else { return table }
        var cache: [String: String] = [:]
        let names: [String?] = codes.map { code in
            guard let code, !code.isEmpty else { return nil }
            let name = cache[code] ?? self.name(of: code)
            cache[code] = name
            return name.isEmpty ? nil : name
        }
        return ResultTable(name: table.name, columns: table.columns + [ResultColumn("nombre_municipio", .texts(names))])
    }
}
