import Indicators

/// Joins Saber 11 results into `indicadores_institucion` by DANE code and year: `TOTAL` rows gain
/// `saber11_evaluados` and `saber11_promedio_global` (empty on level rows and where there is no
/// Saber row).
enum SaberJoin {
    static func adding(_ saber: ResultTable, to table: ResultTable) -> ResultTable {
        guard case .integers(let saberYears)? = saber.column(named: "anio")?.values,
              case .texts(let saberCodes)? = saber.column(named: "institucion")?.values,
              case .integers(let examinees)? = saber.column(named: "evaluados")?.values,
              case .decimals(let means)? = saber.column(named: "promedio_global")?.values,
              case .integers(let years)? = table.column(named: "anio")?.values,
              case .texts(let codes)? = table.column(named: "institucion")?.values,
              case .texts(let levels)? = table.column(named: "nivel")?.values else { return table }
        var index: [String: Int] = [:]
        for row in 0..<saber.rowCount {
            if let year = saberYears[row], let code = saberCodes[row] { index["\(year) \(code)"] = row }
        }
        var count: [Int64?] = [], mean: [Double?] = []
        for row in 0..<table.rowCount {
            let match = levels[row] == "TOTAL" ? years[row].flatMap { y in codes[row].flatMap { index["\(y) \($0)"] } } : nil
            count.append(match.flatMap { examinees[$0] })
            mean.append(match.flatMap { means[$0] })
        }
        var result = table
        result.columns.append(ResultColumn("saber11_evaluados", .integers(count)))
        result.columns.append(ResultColumn("saber11_promedio_global", .decimals(mean)))
        return result
    }
}
