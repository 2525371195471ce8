extension IndicatorTables {
    /// `indicadores_sede`: year × (institution, sede). Episodes without a sede code form the row with
    /// an empty `sede`.
    public static func sede(_ context: IndicatorContext) -> ResultTable {
        let episodes = context.linked.episodes
        let sedes = context.store.columns.sede
        let interners = context.store.interners
        var pairIndex: [UInt64: Int] = [:]
        var pairs: [(institution: UInt32, sede: UInt32)] = []
        let pairOf = (0..<episodes.count).map { e -> Int in
            let key = UInt64(episodes.institution[e]) << 32 | UInt64(sedes[Int(episodes.record[e])])
            if let p = pairIndex[key] { return p }
            pairIndex[key] = pairs.count
            pairs.append((episodes.institution[e], sedes[Int(episodes.record[e])]))
            return pairs.count - 1
        }
        let yearCount = context.years.count
        let grid = context.countByKey(groups: max(1, pairs.count) * yearCount) { e, yearSlot in
            pairOf[e] * yearCount + yearSlot
        }
        let labels = pairs.map { (context.institutions[Int($0.institution)].code, interners.sede.string($0.sede)) }
        let sorted = pairs.indices.sorted { labels[$0] < labels[$1] }
        var rows: [(group: Int, year: Int)] = []
        var keys = KeyColumns(names: ["anio", "institucion", "sede"])
        for (k, year) in context.years.enumerated() {
            for p in sorted where grid[p * yearCount + k, .matricula] > 0 {
                rows.append((p * yearCount + k, year))
                keys.append(year: year, [labels[p].0, labels[p].1])
            }
        }
        return ResultTable(name: "indicadores_sede",
                           columns: keys.columns + IndicatorColumns.make(grid, rows: rows, loaded: context.linked.isLoaded))
    }

    /// Grade codes in table order, and the slot of each.
    static let gradeOrder: [Int8] = Array(-2...13) + Array(20...26) + [99]

    /// `indicadores_grado`: year × institution × grade (grades in numeric order).
    public static func grade(_ context: IndicatorContext) -> ResultTable {
        let episodes = context.linked.episodes
        let grades = context.store.columns.grade
        var slotOf = [Int](repeating: 0, count: 256)
        for (slot, g) in gradeOrder.enumerated() { slotOf[Int(UInt8(bitPattern: g))] = slot }
        let slots = gradeOrder.count
        let yearCount = context.years.count
        let grid = context.countByKey(groups: context.institutions.count * yearCount * slots) { e, yearSlot in
            let slot = slotOf[Int(UInt8(bitPattern: grades[Int(episodes.record[e])]))]
            return (Int(episodes.institution[e]) * yearCount + yearSlot) * slots + slot
        }
        let byCode = (1..<context.institutions.count).sorted { context.institutions[$0].code < context.institutions[$1].code }
        var rows: [(group: Int, year: Int)] = []
        var years: [Int64?] = [], codes: [String?] = [], gradeColumn: [Int64?] = []
        for (k, year) in context.years.enumerated() {
            for i in byCode {
                for slot in 0..<slots {
                    let g = (i * yearCount + k) * slots + slot
                    guard grid[g, .matricula] > 0 else { continue }
                    rows.append((g, year))
                    years.append(Int64(year))
                    codes.append(context.institutions[i].code)
                    gradeColumn.append(Int64(gradeOrder[slot]))
                }
            }
        }
        return ResultTable(name: "indicadores_grado", columns: [
            ResultColumn("anio", .integers(years)), ResultColumn("institucion", .texts(codes)),
            ResultColumn("grado", .integers(gradeColumn)),
        ] + IndicatorColumns.make(grid, rows: rows, loaded: context.linked.isLoaded))
    }
}
