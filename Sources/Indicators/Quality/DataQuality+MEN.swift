/// Checks of MEN reference files (SPEC §10, issue 12), each attributed to the file it comes from.
extension DataQuality {
    /// Levels whose `APROBACION_x`, `REPROBACION_x` and `DESERCION_x` columns are summed like the
    /// totals, in this order (other suffixes found in a file follow, alphabetically).
    static let menLevelOrder = ["TRANSICION", "PREESCOLAR", "PRIMARIA", "SECUNDARIA", "MEDIA"]

    /// The MEN findings: per file, rows where `APROBACION` + `REPROBACION` + `DESERCION` (all three
    /// present) differ from 100 by more than 0.5, for the totals and for every level the file has
    /// (`APROBACION_PRIMARIA` + `REPROBACION_PRIMARIA` + `DESERCION_PRIMARIA`, …); then, per pair of
    /// files, the years and territories for which they give different values (by more than 0.01).
    public static func menFindings(_ result: IngestResult) -> [QualityFinding] {
        var findings: [QualityFinding] = []
        var rowsByFile: [Int: [MENReferenceRow]] = [:]
        for row in result.menReference { rowsByFile[row.file, default: []].append(row) }
        for file in rowsByFile.keys.sorted() {
            let rows = rowsByFile[file] ?? []
            for suffix in [""] + levelSuffixes(rows) {
                var count = 0
                var example = ""
                for row in rows {
                    guard let a = row.values["APROBACION" + suffix], let r = row.values["REPROBACION" + suffix],
                          let d = row.values["DESERCION" + suffix], abs(a + r + d - 100) > 0.5 else { continue }
                    if count == 0 {
                        example = "línea \(row.line): \(row.year) \(territoryLabel(row)): suma \(formatSum(a + r + d))"
                    }
                    count += 1
                }
                guard count > 0 else { continue }
                findings.append(QualityFinding(
                    check: "men_suma_distinta_de_100", file: result.files[file].path,
                    column: "APROBACION\(suffix)+REPROBACION\(suffix)+DESERCION\(suffix)", cases: count, example: example))
            }
        }
        findings += menConflicts(result, files: rowsByFile.keys.sorted(), rowsByFile: rowsByFile)
        return findings
    }

    /// Level suffixes (`_PRIMARIA`, …) for which some row has all three rates.
    static func levelSuffixes(_ rows: [MENReferenceRow]) -> [String] {
        var suffixes = Set<String>()
        for row in rows {
            for key in row.values.keys where key.hasPrefix("APROBACION_") {
                let suffix = String(key.dropFirst("APROBACION".count))
                if row.values["REPROBACION" + suffix] != nil && row.values["DESERCION" + suffix] != nil {
                    suffixes.insert(suffix)
                }
            }
        }
        func rank(_ suffix: String) -> Int { menLevelOrder.firstIndex(of: String(suffix.dropFirst())) ?? menLevelOrder.count }
        return suffixes.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    /// One finding per pair of files that give different values for the same year, territory and
    /// column; `archivo` names both files.
    static func menConflicts(_ result: IngestResult, files: [Int], rowsByFile: [Int: [MENReferenceRow]]) -> [QualityFinding] {
        guard files.count > 1 else { return [] }
        var findings: [QualityFinding] = []
        var indexByFile: [Int: [String: MENReferenceRow]] = [:]
        for file in files {
            var index: [String: MENReferenceRow] = [:]
            for row in rowsByFile[file] ?? [] where index["\(row.year) \(row.territoryKey)"] == nil {
                index["\(row.year) \(row.territoryKey)"] = row
            }
            indexByFile[file] = index
        }
        for (k, first) in files.enumerated() {
            for second in files[(k + 1)...] {
                let other = indexByFile[second] ?? [:]
                var count = 0
                var example = ""
                var column = ""
                for row in rowsByFile[first] ?? [] {
                    guard let match = other["\(row.year) \(row.territoryKey)"] else { continue }
                    for key in row.values.keys.sorted() {
                        guard let a = row.values[key], let b = match.values[key], abs(a - b) > 0.01 else { continue }
                        if count == 0 {
                            column = key
                            example = "\(row.year) \(territoryLabel(row)), \(key): \(a) en \(result.files[first].path) (línea \(row.line)) y \(b) en \(result.files[second].path) (línea \(match.line))"
                        }
                        count += 1
                    }
                }
                guard count > 0 else { continue }
                findings.append(QualityFinding(
                    check: "men_valores_distintos", file: "\(result.files[first].path) | \(result.files[second].path)",
                    column: column, cases: count, example: example))
            }
        }
        return findings
    }

    /// `05001 Medellín` or `D5 Antioquia`.
    static func territoryLabel(_ row: MENReferenceRow) -> String {
        let code = row.municipality.isEmpty ? row.department : row.municipality
        return row.name.isEmpty ? code : "\(code) \(row.name)"
    }

    static func formatSum(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        return "\(scaled)"
    }
}
