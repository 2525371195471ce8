import Indicators

/// The balance of the Ruta (SPEC §12.2): did the accompanied schools improve more than they would
/// have anyway?
///
/// For each base year b of the `ruta` rows, each loaded year t > b and each rate of SPEC §6, one row
/// per accompanied institution (`BalanceEstimate.unit`: observed change, the change expected with no
/// effect from regression to the mean and the territory's own change, and the effect), then one
/// `TODAS` row (`BalanceEstimate.pooled`) against the comparison group: institutions with priority
/// score > 0 in b (any flag that year) that were not accompanied and are no padrino or par of an
/// accompanied one (as the filled plan names them). An institution enters a (t, rate) only when its
/// rate is known in b (denominator > 0) and in t, and the territory's rate is known in both years.
///
/// See `Guides/Balance.md`.
public enum Balance {
    /// The `balance_ruta` rows, sorted by `anio_base`, `anio`, `institucion` (codes, then `TODAS`) and
    /// indicator (SPEC §6 order).
    public static func rows(ruta: [RutaInputRow], institutionTable: ResultTable, territoryTable: ResultTable,
                            risk: RiskResult) -> [BalanceRow] {
        rows(cells: cells(ruta: ruta, institutionTable: institutionTable, territoryTable: territoryTable, risk: risk))
    }

    /// The `balance_ruta` rows of `cells` (`cells(ruta:institutionTable:territoryTable:risk:)`).
    public static func rows(cells: [Cell]) -> [BalanceRow] {
        var rows: [BalanceRow] = []
        for cell in cells {
            for unit in cell.accompanied {
                rows.append(BalanceRow(baseYear: cell.baseYear, year: cell.year, institution: unit.code,
                                       indicator: cell.indicator, accompanied: 1, comparison: nil,
                                       baseValue: unit.baseValue, value: unit.value, observedChange: unit.observedChange,
                                       expectedChange: unit.expectedChange, effect: unit.effect,
                                       lower: nil, upper: nil, method: nil))
            }
            guard let pooled = BalanceEstimate.pooled(accompanied: cell.accompanied, comparison: cell.comparison) else { continue }
            rows.append(BalanceRow(baseYear: cell.baseYear, year: cell.year, institution: BalanceRow.pooled,
                                   indicator: cell.indicator, accompanied: cell.accompanied.count,
                                   comparison: cell.comparison.count, baseValue: pooled.baseValue, value: pooled.value,
                                   observedChange: pooled.observedChange, expectedChange: pooled.expectedChange,
                                   effect: pooled.effect, lower: pooled.lower, upper: pooled.upper,
                                   method: pooled.method))
        }
        return rows.sorted { x, y in
            if x.baseYear != y.baseYear { return x.baseYear < y.baseYear }
            if x.year != y.year { return x.year < y.year }
            if x.institution != y.institution { return x.institution < y.institution }
            return x.indicator < y.indicator
        }
    }

    /// The units of one base year, year and rate: the accompanied institutions and the comparison
    /// group, each with its rate known in b and t.
    public struct Cell: Sendable {
        /// b, t and the rate.
        public var baseYear: Int, year: Int, indicator: FlaggedIndicator
        /// The accompanied institutions' units, by code.
        public var accompanied: [BalanceEstimate.Unit]
        /// The comparison group's units, by code.
        public var comparison: [BalanceEstimate.Unit]
    }

    /// Every (b, t, rate) with the territory's rate known in b and t, in that order (rates in SPEC §6
    /// order).
    public static func cells(ruta: [RutaInputRow], institutionTable: ResultTable, territoryTable: ResultTable,
                             risk: RiskResult) -> [Cell] {
        guard !ruta.isEmpty else { return [] }
        let snapshot = IndicatorSnapshot(institutionTable: institutionTable, territoryTable: territoryTable)
        var byYearAndCode: [Int: [String: IndicatorRow]] = [:]
        for row in snapshot.institutions { byYearAndCode[row.year, default: [:]][row.code] = row }
        var tau2: [Int: [FlaggedIndicator: Double]] = [:]
        for funnel in risk.funnels { tau2[funnel.year, default: [:]][funnel.indicator] = funnel.tau2 }
        var cells: [Cell] = []
        for b in Set(ruta.map(\.baseYear)).sorted() {
            let plan = ruta.filter { $0.baseYear == b }
            let accompanied = Set(plan.filter(\.isAccompanied).map(\.institution))
            let helpers = Set(plan.filter { accompanied.contains($0.institution) }.flatMap { $0.padrinos + $0.peers })
            let flagged = Set(risk.flags.filter { $0.year == b }.map(\.institution))
            let comparison = flagged.subtracting(accompanied).subtracting(helpers)
            for t in snapshot.territory.keys.sorted() where t > b {
                for (k, indicator) in FlaggedIndicator.rates.enumerated() {
                    guard let pb = snapshot.territory[b]?.rates[k], let pt = snapshot.territory[t]?.rates[k] else { continue }
                    func units(_ codes: Set<String>) -> [BalanceEstimate.Unit] {
                        codes.sorted().compactMap { code in
                            guard let base = byYearAndCode[b]?[code], let yb = base.rates[k],
                                  let n = base.denominators[k], n > 0,
                                  let yt = byYearAndCode[t]?[code]?.rates[k] else { return nil }
                            return BalanceEstimate.unit(code: code, baseValue: yb, value: yt, denominator: n,
                                                        territoryBase: pb, territory: pt, tau2: tau2[b]?[indicator])
                        }
                    }
                    cells.append(Cell(baseYear: b, year: t, indicator: indicator, accompanied: units(accompanied),
                                      comparison: units(comparison)))
                }
            }
        }
        return cells
    }

    /// `balance_ruta`: SPEC §12.2's columns.
    public static func table(_ rows: [BalanceRow]) -> ResultTable {
        ResultTable(name: "balance_ruta", columns: [
            ResultColumn("anio_base", .integers(rows.map { Int64($0.baseYear) })),
            ResultColumn("anio", .integers(rows.map { Int64($0.year) })),
            ResultColumn("institucion", .texts(rows.map(\.institution))),
            ResultColumn("indicador", .texts(rows.map(\.indicator.rawValue))),
            ResultColumn("acompanadas", .integers(rows.map { Int64($0.accompanied) })),
            ResultColumn("comparacion", .integers(rows.map { $0.comparison.map(Int64.init) })),
            ResultColumn("valor_base", .decimals(rows.map(\.baseValue))),
            ResultColumn("valor", .decimals(rows.map(\.value))),
            ResultColumn("cambio_observado", .decimals(rows.map(\.observedChange))),
            ResultColumn("cambio_esperado", .decimals(rows.map(\.expectedChange))),
            ResultColumn("efecto", .decimals(rows.map(\.effect))),
            ResultColumn("ic_inferior", .decimals(rows.map(\.lower))),
            ResultColumn("ic_superior", .decimals(rows.map(\.upper))),
            ResultColumn("metodo", .texts(rows.map(\.method))),
        ])
    }
}
