/// Ad-hoc indicator tables grouped by any combination of dimensions (`trayectorias indicators --by`).
public enum AdHocTable {
    /// The dimensions accepted by `--by`, with the value of an episode as text.
    public static let dimensions: [String: @Sendable (IndicatorContext, Int) -> String?] = {
        var all: [String: @Sendable (IndicatorContext, Int) -> String?] = [
            "municipio": { c, e in c.institutions[Int(c.linked.episodes.institution[e])].municipality },
            "institucion": { c, e in c.institutions[Int(c.linked.episodes.institution[e])].code },
            "zona_institucion": { c, e in c.institutions[Int(c.linked.episodes.institution[e])].zone },
            "sector": { c, e in c.institutions[Int(c.linked.episodes.institution[e])].sector },
            "sede": { c, e in c.store.interners.sede.string(c.store.columns.sede[c.record(e)]) },
            "grado": { c, e in String(c.store.columns.grade[c.record(e)]) },
        ]
        for breakdown in Breakdown.all {
            all[breakdown.dimension] = { c, e in breakdown.valueOf(c, e).map { breakdown.values[$0] } }
        }
        return all
    }()

    /// The names accepted by `--by`, sorted.
    public static var dimensionNames: [String] { dimensions.keys.sorted() }

    /// The table of `anio` × the values of `by`, optionally for one year. Episodes without a value
    /// for a dimension (unknown age for `extraedad`) are left out. Rows sorted by their keys.
    public static func make(_ context: IndicatorContext, by: [String], year: Int? = nil) -> ResultTable {
        let functions = by.map { dimensions[$0]! }
        var index: [[String]: Int] = [:]
        var labels: [[String]] = []
        let episodes = context.linked.episodes
        var groupOf = [Int](repeating: -1, count: episodes.count)
        for e in 0..<episodes.count {
            if let year, Int(episodes.year[e]) != year { continue }
            var key = [String(episodes.year[e])]
            var complete = true
            for f in functions {
                guard let value = f(context, e) else { complete = false; break }
                key.append(value)
            }
            guard complete else { continue }
            if let g = index[key] {
                groupOf[e] = g
            } else {
                index[key] = labels.count
                groupOf[e] = labels.count
                labels.append(key)
            }
        }
        let grid = context.countByKey(groups: max(1, labels.count)) { e, _ in groupOf[e] >= 0 ? groupOf[e] : nil }
        let order = labels.indices.sorted { a, b in
            let x = labels[a], y = labels[b]
            if x[0] != y[0] { return x[0] < y[0] }
            for k in 1..<x.count where x[k] != y[k] {
                if by[k - 1] == "grado", let p = Int(x[k]), let q = Int(y[k]) { return p < q }
                return x[k] < y[k]
            }
            return false
        }
        var keys = KeyColumns(names: ["anio"] + by)
        var rows: [(group: Int, year: Int)] = []
        for g in order {
            let year = Int(labels[g][0])!
            rows.append((g, year))
            keys.append(year: year, Array(labels[g].dropFirst()))
        }
        return ResultTable(name: "indicadores", columns: keys.columns
                           + IndicatorColumns.make(grid, rows: rows, loaded: context.linked.isLoaded))
    }
}
