/// Adds MEN's official rates beside the computed ones (issue: MEN reference).
///
/// For each row of `indicadores_municipio` (and `indicadores_territorio`), the MEN row of the same
/// year and municipality gives `men_desercion`, `men_aprobacion`, `men_reprobacion` and
/// `men_repitencia` as proportions (MEN publishes percentages: divided by 100). `TOTAL` rows use the
/// overall columns (`DESERCION`, …); level rows use `DESERCION_TRANSICION` for PREESCOLAR and
/// `_PRIMARIA`, `_SECUNDARIA`, `_MEDIA`; other levels stay empty. The territory uses the MEN row of
/// its municipality when all its institutions are in one municipality, else the department's row
/// (a row without municipality code) when all are in one department; otherwise the columns are empty.
public enum MENComparison {
    static let measures = ["DESERCION", "APROBACION", "REPROBACION", "REPITENCIA"]

    /// `table` with the four `men_*` columns appended (unchanged when `reference` is empty).
    public static func adding(to table: ResultTable, reference: [MENReferenceRow],
                              place: (Int) -> (municipality: String, department: String)?) -> ResultTable {
        guard !reference.isEmpty,
              case .integers(let years)? = table.column(named: "anio")?.values,
              case .texts(let levels)? = table.column(named: "nivel")?.values else { return table }
        var byMunicipality: [String: MENReferenceRow] = [:]
        var byDepartment: [String: MENReferenceRow] = [:]
        for row in reference {
            if row.municipality.isEmpty { byDepartment["\(row.year) \(row.department)"] = row }
            else { byMunicipality["\(row.year) \(row.municipality)"] = row }
        }
        var columns = measures.map { _ in [Double?]() }
        for r in 0..<table.rowCount {
            var match: MENReferenceRow?
            if let year = years[r], let where_ = place(r) {
                match = byMunicipality["\(year) \(where_.municipality)"] ?? byDepartment["\(year) \(where_.department)"]
            }
            let suffix: String? = switch levels[r] {
            case "TOTAL": ""
            case "PREESCOLAR": "_TRANSICION"
            case "PRIMARIA": "_PRIMARIA"
            case "SECUNDARIA": "_SECUNDARIA"
            case "MEDIA": "_MEDIA"
            default: nil
            }
            for (k, measure) in measures.enumerated() {
                guard let match, let suffix, let value = match.values[measure + suffix] else { columns[k].append(nil); continue }
                columns[k].append(value / 100)
            }
        }
        var result = table
        for (k, measure) in measures.enumerated() {
            result.columns.append(ResultColumn("men_" + measure.lowercased(), .rates(columns[k])))
        }
        return result
    }

    /// The territory's place: its single municipality, or its single department (first two digits).
    public static func territoryPlace(_ institutions: [InstitutionInfo]) -> (municipality: String, department: String)? {
        let municipalities = Set(institutions.dropFirst().map(\.municipality).filter { !$0.isEmpty })
        if municipalities.count == 1 { return (municipalities.first!, "") }
        let departments = Set(municipalities.map { String($0.prefix(2)) })
        guard departments.count == 1, let department = departments.first else { return nil }
        let trimmed = department.hasPrefix("0") ? String(department.dropFirst()) : department
        return ("", trimmed)
    }
}
