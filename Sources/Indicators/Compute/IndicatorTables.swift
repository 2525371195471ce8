/// The SPEC §4/§8 indicator tables by territory, municipality, institution, sede and grade.
///
/// Every table uses the same counters (`IndicatorColumns`), so the territory's counts are the sums
/// over institutions. A group gets a row only when it has at least one episode; rows are sorted by
/// their keys, and the `nivel` rows of a key follow its `TOTAL` row in level order.
public enum IndicatorTables {
    /// `indicadores_territorio`: year × nivel (`TOTAL` first).
    public static func territory(_ context: IndicatorContext) -> ResultTable {
        let levels = IndicatorContext.levelNames.count
        let grid = context.countByLevel(groups: context.years.count * levels) { _, yearSlot in yearSlot }
        var rows: [(group: Int, year: Int)] = []
        var yearColumn: [Int64?] = [], levelColumn: [String?] = []
        for (k, year) in context.years.enumerated() {
            for slot in 0..<levels where grid[k * levels + slot, .matricula] > 0 {
                rows.append((k * levels + slot, year))
                yearColumn.append(Int64(year))
                levelColumn.append(IndicatorContext.levelNames[slot])
            }
        }
        return ResultTable(name: "indicadores_territorio", columns: [
            ResultColumn("anio", .integers(yearColumn)), ResultColumn("nivel", .texts(levelColumn)),
        ] + IndicatorColumns.make(grid, rows: rows, loaded: context.linked.isLoaded))
    }

    /// `indicadores_institucion`: year × institution × nivel, with name, municipality, zone and sector.
    public static func institution(_ context: IndicatorContext) -> ResultTable {
        let levels = IndicatorContext.levelNames.count
        let yearCount = context.years.count
        let episodes = context.linked.episodes
        let grid = context.countByLevel(groups: context.institutions.count * yearCount * levels) { e, yearSlot in
            Int(episodes.institution[e]) * yearCount + yearSlot
        }
        let byCode = (1..<context.institutions.count).sorted { context.institutions[$0].code < context.institutions[$1].code }
        var rows: [(group: Int, year: Int)] = []
        var keys = KeyColumns(names: ["anio", "institucion", "nombre", "municipio", "zona", "sector", "nivel"])
        for (k, year) in context.years.enumerated() {
            for i in byCode {
                let info = context.institutions[i]
                for slot in 0..<levels {
                    let g = (i * yearCount + k) * levels + slot
                    guard grid[g, .matricula] > 0 else { continue }
                    rows.append((g, year))
                    keys.append(year: year, [info.code, info.name, info.municipality, info.zone, info.sector,
                                             IndicatorContext.levelNames[slot]])
                }
            }
        }
        return ResultTable(name: "indicadores_institucion",
                           columns: keys.columns + IndicatorColumns.make(grid, rows: rows, loaded: context.linked.isLoaded))
    }

    /// `indicadores_municipio`: year × municipality (the institution's) × nivel.
    public static func municipality(_ context: IndicatorContext) -> ResultTable {
        let levels = IndicatorContext.levelNames.count
        let yearCount = context.years.count
        let names = Array(Set(context.institutions.dropFirst().map(\.municipality))).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let municipalityOf = context.institutions.map { index[$0.municipality] ?? 0 }
        let episodes = context.linked.episodes
        let grid = context.countByLevel(groups: max(1, names.count) * yearCount * levels) { e, yearSlot in
            municipalityOf[Int(episodes.institution[e])] * yearCount + yearSlot
        }
        var rows: [(group: Int, year: Int)] = []
        var keys = KeyColumns(names: ["anio", "municipio", "nivel"])
        for (k, year) in context.years.enumerated() {
            for (m, name) in names.enumerated() {
                for slot in 0..<levels {
                    let g = (m * yearCount + k) * levels + slot
                    guard grid[g, .matricula] > 0 else { continue }
                    rows.append((g, year))
                    keys.append(year: year, [name, IndicatorContext.levelNames[slot]])
                }
            }
        }
        return ResultTable(name: "indicadores_municipio",
                           columns: keys.columns + IndicatorColumns.make(grid, rows: rows, loaded: context.linked.isLoaded))
    }
}

/// Builds the key columns of a table: `anio` as an integer, the rest as text.
struct KeyColumns {
    let names: [String]
    var years: [Int64?] = []
    var texts: [[String?]]

    init(names: [String]) {
        self.names = names
        texts = Array(repeating: [], count: names.count - 1)
    }

    mutating func append(year: Int, _ values: [String]) {
        years.append(Int64(year))
        for (k, v) in values.enumerated() { texts[k].append(v) }
    }

    var columns: [ResultColumn] {
        [ResultColumn(names[0], .integers(years))]
            + names.dropFirst().enumerated().map { ResultColumn($1, .texts(texts[$0])) }
    }
}
