import Indicators
import Risk

extension ReportPrivacy {
    /// The figures of a balance row that give an institution's rates back: y_b, y_t and the changes
    /// built from them (`cambio_esperado` gives y_b back from the territory's rates and B), and the
    /// effect and its interval, which on a single school equal its own.
    static let balanceFigures = ["valor_base", "valor", "cambio_observado", "cambio_esperado", "efecto",
                                 "ic_inferior", "ic_superior"]

    /// `balance_ruta` and `balance_ruta_dosis` as `--publico` publishes them, given the run's
    /// unsuppressed `indicadores_institucion`.
    ///
    /// SPEC §10 blanks a rate over fewer than 5 students or over a suppressed count 1…4. A balance row
    /// repeats an institution's `TOTAL` rates of years b and t, so an institution row loses
    /// `balanceFigures` when either rate is blanked in the published institution table; a pooled row
    /// (`TODAS`, or a dose tercile) of one accompanied school loses them when that school's row did
    /// (a dose row does not name its school: when any accompanied school's row of its year and rate
    /// did). Pooled rows over two or more schools are kept: they mix several schools' counts.
    static func publishedBalance(_ balance: ResultTable, dose: ResultTable, institutions: ResultTable) -> [ResultTable] {
        var named = institutions
        named.name = ReportTableName.institution
        let published = IndexedTable(ReportPrivacy.published(named, isPublic: true))
        var totalRow: [String: Int] = [:]
        for row in 0..<published.rowCount where published.text("nivel", at: row) == "TOTAL" {
            totalRow["\(published.integer("anio", at: row) ?? 0)|\(published.text("institucion", at: row) ?? "")"] = row
        }
        func isBlanked(_ code: String, year: Int64, indicator: String) -> Bool {
            guard let row = totalRow["\(year)|\(code)"] else { return true }
            return published.number(indicator, at: row) == nil
        }
        let rows = IndexedTable(balance)
        var hiddenRows = Set<Int>()
        var blankedCells = Set<String>()            // "b|t|indicator" with a blanked institution row
        for row in 0..<rows.rowCount {
            guard let code = rows.text("institucion", at: row), code != BalanceRow.pooled,
                  let base = rows.integer("anio_base", at: row), let year = rows.integer("anio", at: row),
                  let indicator = rows.text("indicador", at: row) else { continue }
            if isBlanked(code, year: base, indicator: indicator) || isBlanked(code, year: year, indicator: indicator) {
                hiddenRows.insert(row)
                blankedCells.insert("\(base)|\(year)|\(indicator)")
            }
        }
        return [blanking(balance, rows: hiddenRows, pooledOverOneIn: blankedCells),
                blanking(dose, rows: [], pooledOverOneIn: blankedCells)]
    }

    /// `table` with `balanceFigures` blanked on `rows` and on every pooled row (`TODAS` or no
    /// `institucion` column) of one accompanied school whose "b|t|indicator" is in `cells`.
    private static func blanking(_ table: ResultTable, rows: Set<Int>, pooledOverOneIn cells: Set<String>) -> ResultTable {
        let source = IndexedTable(table)
        var hidden = rows
        for row in 0..<source.rowCount where source.integer("acompanadas", at: row) == 1 {
            let code = source.text("institucion", at: row)
            guard code == nil || code == BalanceRow.pooled else { continue }
            let cell = "\(source.integer("anio_base", at: row) ?? 0)|\(source.integer("anio", at: row) ?? 0)|"
                + (source.text("indicador", at: row) ?? "")
            if cells.contains(cell) { hidden.insert(row) }
        }
        var result = table
        for (index, column) in result.columns.enumerated() where balanceFigures.contains(column.name) {
            guard case .decimals(let values) = column.values else { continue }
            result.columns[index] = ResultColumn(column.name, .decimals(values.indices.map { hidden.contains($0) ? nil : values[$0] }))
        }
        return result
    }
}
