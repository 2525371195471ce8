/// Population breakdowns of `indicadores_grupos` (SPEC §4): a dimension and the value of each episode.
public struct Breakdown: Sendable {
    /// Dimension name (`genero`, `zona`, …).
    public var dimension: String
    /// Possible values in listing order.
    public var values: [String]
    /// Writes the value index of each episode of a range (attributes of its last record), −1 when
    /// the episode is in no row: `fill(context, episodes, out)` sets `out[i]` for episode
    /// `episodes.lowerBound + i`.
    public var fill: @Sendable (IndicatorContext, Range<Int>, UnsafeMutableBufferPointer<Int32>) -> Void

    /// The value index of episode `e`, nil when in no row.
    public func valueOf(_ context: IndicatorContext, _ e: Int) -> Int? {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 1) { out in
            fill(context, e..<(e + 1), out)
            return out[0] < 0 ? nil : Int(out[0])
        }
    }

    /// The SPEC's dimensions.
    public static let all: [Breakdown] = [
        recordBreakdown("genero", ["M", "F", "SIN_DATO"], \.gender) { $0 == 1 ? 0 : $0 == 2 ? 1 : 2 },
        recordBreakdown("zona", ["URBANA", "RURAL", "SIN_DATO"], \.zone) { $0 == 1 ? 0 : $0 == 2 ? 1 : 2 },
        recordBreakdown("jornada", ["COMPLETA", "MAÑANA", "TARDE", "NOCTURNA", "FIN DE SEMANA", "ÚNICA", "SIN_DATO"],
                        \.jornada) { $0 == 0 ? 6 : Int32($0) - 1 },
        flagBreakdown("victima", .victim),
        flagBreakdown("etnia", .ethnic),
        flagBreakdown("discapacidad", .disability),
        flagBreakdown("migrante", .migrant),
        Breakdown(dimension: "nivel", values: Level.allCases.map(\.name)) { c, episodes, out in
            for (i, e) in episodes.enumerated() { out[i] = Int32(c.levelSlots[e]) - 1 }
        },
        Breakdown(dimension: "extraedad", values: ["SI", "NO"]) { c, episodes, out in
            let traits = c.linked.episodes.traits
            for (i, e) in episodes.enumerated() {
                let episode = EpisodeTraits(rawValue: traits[e])
                out[i] = !episode.contains(.ageKnown) ? -1 : episode.contains(.overAge) ? 0 : 1
            }
        },
    ]

    /// A dimension read from a record column of the episode's last record.
    static func recordBreakdown<Code: Sendable>(
        _ name: String, _ values: [String], _ column: KeyPath<EnrollmentColumns, [Code]> & Sendable,
        _ value: @escaping @Sendable (Code) -> Int32
    ) -> Breakdown {
        Breakdown(dimension: name, values: values) { c, episodes, out in
            let codes = c.store.columns[keyPath: column], records = c.linked.episodes.record
            for (i, e) in episodes.enumerated() { out[i] = value(codes[Int(records[e])]) }
        }
    }

    /// A SI/NO dimension from one of the record flags.
    static func flagBreakdown(_ name: String, _ flag: RecordFlags) -> Breakdown {
        recordBreakdown(name, ["SI", "NO"], \.flags) { RecordFlags(rawValue: $0).contains(flag) ? 0 : 1 }
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
        let yearSlots = context.yearSlots
        let grid = yearSlots.withUnsafeBufferPointer { yearSlots in
            context.count(groups: context.years.count * width, keyColumns: breakdowns.count) { block in
                let first = block.episodes.lowerBound
                for (d, breakdown) in breakdowns.enumerated() {
                    let keys = block.column(d)
                    breakdown.fill(context, block.episodes, keys)
                    let offset = Int32(offsets[d])
                    for i in 0..<keys.count where keys[i] >= 0 {
                        keys[i] &+= Int32(yearSlots[first &+ i]) &* Int32(width) &+ offset
                    }
                }
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
