import Indicators
import Risk

/// Adds the early-warning counts to `indicadores_institucion`: the `TOTAL` rows of the scored
/// (latest) year gain `riesgo_alto`, `riesgo_medio` and `riesgo_bajo` (students by level; no names).
enum RiskLevelJoin {
    static func adding(_ counts: [String: RiskLevelCounts], year: Int, to table: ResultTable) -> ResultTable {
        guard case .integers(let years)? = table.column(named: "anio")?.values,
              case .texts(let codes)? = table.column(named: "institucion")?.values,
              case .texts(let levels)? = table.column(named: "nivel")?.values else { return table }
        var high: [Int64?] = [], medium: [Int64?] = [], low: [Int64?] = []
        for row in 0..<table.rowCount {
            let match = years[row] == Int64(year) && levels[row] == "TOTAL" ? codes[row].flatMap { counts[$0] } : nil
            high.append(match.map { Int64($0.alto) })
            medium.append(match.map { Int64($0.medio) })
            low.append(match.map { Int64($0.bajo) })
        }
        var result = table
        result.columns += [ResultColumn("riesgo_alto", .integers(high)), ResultColumn("riesgo_medio", .integers(medium)),
                           ResultColumn("riesgo_bajo", .integers(low))]
        return result
    }
}
