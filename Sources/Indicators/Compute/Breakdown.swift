/// Population breakdowns of `indicadores_grupos` (SPEC §4): a dimension and the value of each episode.
public struct Breakdown: Sendable {
    /// Dimension name (`genero`, `zona`, …).
    public var dimension: String
    /// Possible values in listing order.
    public var values: [String]
    /// The value index of episode `e` (attributes of its last record), nil when in no row.
    public var valueOf: @Sendable (IndicatorContext, Int) -> Int?

    /// The SPEC's dimensions.
    public static let all: [Breakdown] = [
        Breakdown(dimension: "genero", values: ["M", "F", "SIN_DATO"]) { c, e in
            let g = c.store.columns.gender[c.record(e)]
            return g == 1 ? 0 : g == 2 ? 1 : 2
        },
        Breakdown(dimension: "zona", values: ["URBANA", "RURAL", "SIN_DATO"]) { c, e in
            let z = c.store.columns.zone[c.record(e)]
            return z == 1 ? 0 : z == 2 ? 1 : 2
        },
        Breakdown(dimension: "jornada",
                  values: ["COMPLETA", "MAÑANA", "TARDE", "NOCTURNA", "FIN DE SEMANA", "ÚNICA", "SIN_DATO"]) { c, e in
            let j = Int(c.store.columns.jornada[c.record(e)])
            return j == 0 ? 6 : j - 1
        },
        flagBreakdown("victima", .victim),
        flagBreakdown("etnia", .ethnic),
        flagBreakdown("discapacidad", .disability),
        flagBreakdown("migrante", .migrant),
        Breakdown(dimension: "nivel", values: Level.allCases.map(\.name)) { c, e in c.levelSlot(e) - 1 },
        Breakdown(dimension: "extraedad", values: ["SI", "NO"]) { c, e in
            let traits = EpisodeTraits(rawValue: c.linked.episodes.traits[e])
            guard traits.contains(.ageKnown) else { return nil }
            return traits.contains(.overAge) ? 0 : 1
        },
    ]

    static func flagBreakdown(_ name: String, _ flag: RecordFlags) -> Breakdown {
        Breakdown(dimension: name, values: ["SI", "NO"]) { c, e in
            RecordFlags(rawValue: c.store.columns.flags[c.record(e)]).contains(flag) ? 0 : 1
        }
    }
}

extension IndicatorContext {
    /// The last record of episode `e`.
    public func record(_ e: Int) -> Int { Int(linked.episodes.record[e]) }
}

extension IndicatorTables {
    /// `indicadores_grupos`: year × dimension × value, sorted by (anio, dimension, valor).
    public static func groups(_ context: IndicatorContext) -> ResultTable {
        let breakdowns = Breakdown.all
        let offsets = breakdowns.reduce(into: [0]) { $0.append($0.last! + $1.values.count) }
        let width = offsets.last!
        let episodes = context.linked.episodes
        let grid = context.count(groups: context.years.count * width) { e, groups in
            let base = context.yearIndex(episodes.year[e]) * width
            for (d, breakdown) in breakdowns.enumerated() {
                if let v = breakdown.valueOf(context, e) { groups.append(base + offsets[d] + v) }
            }
        }
        var labels: [(dimension: String, value: String, slot: Int)] = []
        for (d, breakdown) in breakdowns.enumerated() {
            for (v, value) in breakdown.values.enumerated() { labels.append((breakdown.dimension, value, offsets[d] + v)) }
        }
        labels.sort { ($0.dimension, $0.value) < ($1.dimension, $1.value) }
        var rows: [(group: Int, year: Int)] = []
        var keys = KeyColumns(names: ["anio", "dimension", "valor"])
        for (k, year) in context.years.enumerated() {
            for label in labels where grid[k * width + label.slot, .matricula] > 0 {
                rows.append((k * width + label.slot, year))
                keys.append(year: year, [label.dimension, label.value])
            }
        }
        return ResultTable(name: "indicadores_grupos",
                           columns: keys.columns + IndicatorColumns.make(grid, rows: rows, loaded: context.linked.isLoaded))
    }
}
