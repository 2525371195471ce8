import Foundation
import Indicators

/// One institution's `TOTAL` counts in one year, for hand-made indicator tables.
struct InstitutionYearCounts {
    var year: Int
    var code: String
    var municipality = "05001"
    var zone = "URBANA"
    var desertores: Int64 = 0
    var base: Int64 = 100
    var reprobados: Int64 = 0
    var repitentes: Int64 = 0
    var extraedad: Int64 = 0
    /// nil: the year's t+1 is not loaded.
    var elegibles: Int64? = nil
    var desertoresInteranuales: Int64? = nil
    /// `matricula`; nil means equal to `base` (no transfers).
    var matricula: Int64? = nil
}

/// Builds `indicadores_institucion` and `indicadores_territorio` tables with only the columns the risk
/// rules read, as `IndicatorTables` lays them out; the territory rows are the sums over institutions.
enum FlagFixture {
    static func tables(_ rows: [InstitutionYearCounts]) -> (institution: ResultTable, territory: ResultTable) {
        let sorted = rows.sorted { ($0.year, $0.code) < ($1.year, $1.code) }
        var territory: [InstitutionYearCounts] = []
        for year in Set(rows.map(\.year)).sorted() {
            let inYear = rows.filter { $0.year == year }
            func sum(_ f: (InstitutionYearCounts) -> Int64?) -> Int64? {
                inYear.allSatisfy { f($0) == nil } ? nil : inYear.reduce(0) { $0 + (f($1) ?? 0) }
            }
            territory.append(InstitutionYearCounts(
                year: year, code: "", municipality: "", zone: "", desertores: sum(\.desertores)!, base: sum(\.base)!,
                reprobados: sum(\.reprobados)!, repitentes: sum(\.repitentes)!, extraedad: sum(\.extraedad)!,
                elegibles: sum(\.elegibles), desertoresInteranuales: sum(\.desertoresInteranuales),
                matricula: sum { $0.matricula ?? $0.base }))
        }
        let keys: [ResultColumn] = [
            ResultColumn("anio", .integers(sorted.map { Int64($0.year) })),
            ResultColumn("institucion", .texts(sorted.map(\.code))),
            ResultColumn("nombre", .texts(sorted.map { "Institución \($0.code)" })),
            ResultColumn("municipio", .texts(sorted.map(\.municipality))),
            ResultColumn("zona", .texts(sorted.map(\.zone))),
            ResultColumn("nivel", .texts(sorted.map { _ in "TOTAL" })),
        ]
        let institution = ResultTable(name: "indicadores_institucion", columns: keys + counts(sorted))
        let territoryTable = ResultTable(name: "indicadores_territorio", columns: [
            ResultColumn("anio", .integers(territory.map { Int64($0.year) })),
            ResultColumn("nivel", .texts(territory.map { _ in "TOTAL" })),
        ] + counts(territory))
        return (withLevelRow(institution), territoryTable)
    }

    /// The count and rate columns the rules read; `edad_conocida` = `matricula`.
    private static func counts(_ rows: [InstitutionYearCounts]) -> [ResultColumn] {
        func rate(_ n: [Int64?], _ d: [Int64?]) -> ResultColumn.Values {
            .rates(zip(n, d).map { n, d in
                guard let n, let d, d > 0 else { return nil }
                return Double(n) / Double(d)
            })
        }
        let matricula = rows.map { $0.matricula ?? $0.base }
        let desertores = rows.map { Optional($0.desertores) }, base = rows.map { Optional($0.base) }
        let reprobados = rows.map { Optional($0.reprobados) }, repitentes = rows.map { Optional($0.repitentes) }
        let extraedad = rows.map { Optional($0.extraedad) }, known = matricula.map { Optional($0) }
        let eligible = rows.map(\.elegibles), interannual = rows.map(\.desertoresInteranuales)
        return [
            ResultColumn("matricula", .integers(known)),
            ResultColumn("desertores", .integers(desertores)),
            ResultColumn("base", .integers(base)),
            ResultColumn("tasa_desercion_intraanual", rate(desertores, base)),
            ResultColumn("reprobados", .integers(reprobados)),
            ResultColumn("tasa_reprobacion", rate(reprobados, base)),
            ResultColumn("repitentes", .integers(repitentes)),
            ResultColumn("tasa_repitencia", rate(repitentes, known)),
            ResultColumn("edad_conocida", .integers(known)),
            ResultColumn("extraedad", .integers(extraedad)),
            ResultColumn("tasa_extraedad", rate(extraedad, known)),
            ResultColumn("elegibles_interanual", .integers(eligible)),
            ResultColumn("desertores_interanuales", .integers(interannual)),
            ResultColumn("tasa_desercion_interanual", rate(interannual, eligible)),
        ]
    }

    /// Appends a `PRIMARIA` row with absurd counts after the first row: the rules must read `TOTAL` only.
    private static func withLevelRow(_ table: ResultTable) -> ResultTable {
        guard table.rowCount > 0 else { return table }
        let columns = table.columns.map { column -> ResultColumn in
            switch column.values {
            case .integers(let v): return ResultColumn(column.name, .integers(v + [column.name == "anio" ? v[0] : 1_000]))
            case .rates(let v): return ResultColumn(column.name, .rates(v + [1]))
            case .decimals(let v): return ResultColumn(column.name, .decimals(v + [1]))
            case .texts(let v): return ResultColumn(column.name, .texts(v + [column.name == "nivel" ? "PRIMARIA" : v[0]]))
            }
        }
        return ResultTable(name: table.name, columns: columns)
    }
}

/// Typed access to a table's columns in tests.
extension ResultTable {
    func integers(_ name: String) -> [Int64?] {
        guard case .integers(let v)? = column(named: name)?.values else { return [] }
        return v
    }

    func numbers(_ name: String) -> [Double?] {
        switch column(named: name)?.values {
        case .rates(let v)?, .decimals(let v)?: return v
        default: return []
        }
    }

    func texts(_ name: String) -> [String?] {
        guard case .texts(let v)? = column(named: name)?.values else { return [] }
        return v
    }
}

/// Whether `value` is within a relative `tolerance` of `expected`.
func isClose(_ value: Double?, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance * max(abs(expected), 1e-300)
}

/// Writes UTF-8 `text` to a fresh temporary file named `name` and returns its path.
func temporaryFile(_ name: String, _ text: String) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("trayectorias-risk-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try! Data(text.utf8).write(to: url)
    return url.path
}
