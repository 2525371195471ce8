import Indicators

/// The balance by dose (`balance_ruta_dosis.csv`): the pooled effect of SPEC §12.2 computed apart for
/// the accompanied institutions of each tercile of `sesiones_realizadas`, against the same comparison
/// group. A dose is not randomised: schools that got more sessions may differ in other ways, so the
/// rows describe, they do not prove that more sessions work better.
///
/// **Terciles** (per base year, over the accompanied institutions with `sesiones_realizadas` filled in):
/// sorted by sessions ascending, ties by code, the institution at 0-based position i of m goes to
/// tercile ⌊3i/m⌋ + 1, except that an institution with the same sessions as an earlier one goes to that
/// one's tercile (equal doses are never split). Accompanied institutions without sessions form
/// `SIN_DATO`. An empty tercile has no row.
///
/// See `Guides/Balance.md`.
public enum BalanceDose {
    /// One row of `balance_ruta_dosis.csv`.
    public struct Row: Sendable, Equatable {
        /// `anio_base`, `anio`, `indicador`.
        public var baseYear: Int, year: Int, indicator: FlaggedIndicator
        /// `dosis`: `T1`, `T2`, `T3` or `SIN_DATO`.
        public var dose: String
        /// `sesiones_min`, `sesiones_max` of the tercile's institutions (nil for `SIN_DATO`), and
        /// `horas_media`, the mean of their `horas` filled in (nil when none is).
        public var minimumSessions: Double?, maximumSessions: Double?, meanHours: Double?
        /// `acompanadas` (the tercile's institutions with the rate known) and `comparacion`.
        public var accompanied: Int, comparison: Int
        /// As in the `TODAS` row of `balance_ruta` over the tercile's institutions.
        public var pooled: BalanceEstimate.Pooled
    }

    /// The dose label of each accompanied institution of `plan` (one base year's rows), by code.
    public static func terciles(_ plan: [RutaInputRow]) -> [String: String] {
        var first: [String: RutaInputRow] = [:]
        for row in plan where row.isAccompanied && first[row.institution] == nil { first[row.institution] = row }
        var labels: [String: String] = [:]
        let dosed = first.values.compactMap { row in row.deliveredSessions.map { (code: row.institution, sessions: $0) } }
            .sorted { $0.sessions != $1.sessions ? $0.sessions < $1.sessions : $0.code < $1.code }
        var previous: (sessions: Double, label: String)?
        for (i, school) in dosed.enumerated() {
            let label = previous?.sessions == school.sessions ? previous!.label : "T\(3 * i / dosed.count + 1)"
            labels[school.code] = label
            previous = (school.sessions, label)
        }
        for code in first.keys where labels[code] == nil { labels[code] = unknownDose }
        return labels
    }

    /// The label of accompanied institutions without `sesiones_realizadas`.
    public static let unknownDose = "SIN_DATO"
    /// The labels in row order.
    public static let labels = ["T1", "T2", "T3", unknownDose]

    /// The rows for `cells` (`Balance.cells`), sorted by `anio_base`, `anio`, indicator (SPEC §6 order),
    /// then dose.
    public static func rows(ruta: [RutaInputRow], cells: [Balance.Cell]) -> [Row] {
        var byBase: [Int: (labels: [String: String], plan: [String: RutaInputRow])] = [:]
        for b in Set(ruta.map(\.baseYear)) {
            let plan = ruta.filter { $0.baseYear == b }
            var first: [String: RutaInputRow] = [:]
            for row in plan where row.isAccompanied && first[row.institution] == nil { first[row.institution] = row }
            byBase[b] = (terciles(plan), first)
        }
        var rows: [Row] = []
        for cell in cells {
            guard let base = byBase[cell.baseYear] else { continue }
            for label in labels {
                let units = cell.accompanied.filter { base.labels[$0.code] == label }
                guard let pooled = BalanceEstimate.pooled(accompanied: units, comparison: cell.comparison) else { continue }
                let members = units.compactMap { base.plan[$0.code] }
                let sessions = members.compactMap(\.deliveredSessions), hours = members.compactMap(\.hours)
                rows.append(Row(baseYear: cell.baseYear, year: cell.year, indicator: cell.indicator, dose: label,
                                minimumSessions: sessions.min(), maximumSessions: sessions.max(),
                                meanHours: hours.isEmpty ? nil : hours.reduce(0, +) / Double(hours.count),
                                accompanied: units.count, comparison: cell.comparison.count, pooled: pooled))
            }
        }
        return rows
    }

    /// `balance_ruta_dosis`: `anio_base, anio, indicador, dosis, sesiones_min, sesiones_max, horas_media,
    /// acompanadas, comparacion, valor_base, valor, cambio_observado, cambio_esperado, efecto, ic_inferior,
    /// ic_superior, metodo`.
    public static func table(_ rows: [Row]) -> ResultTable {
        ResultTable(name: tableName, columns: [
            ResultColumn("anio_base", .integers(rows.map { Int64($0.baseYear) })),
            ResultColumn("anio", .integers(rows.map { Int64($0.year) })),
            ResultColumn("indicador", .texts(rows.map(\.indicator.rawValue))),
            ResultColumn("dosis", .texts(rows.map(\.dose))),
            ResultColumn("sesiones_min", .decimals(rows.map(\.minimumSessions))),
            ResultColumn("sesiones_max", .decimals(rows.map(\.maximumSessions))),
            ResultColumn("horas_media", .decimals(rows.map(\.meanHours))),
            ResultColumn("acompanadas", .integers(rows.map { Int64($0.accompanied) })),
            ResultColumn("comparacion", .integers(rows.map { Int64($0.comparison) })),
            ResultColumn("valor_base", .decimals(rows.map(\.pooled.baseValue))),
            ResultColumn("valor", .decimals(rows.map(\.pooled.value))),
            ResultColumn("cambio_observado", .decimals(rows.map(\.pooled.observedChange))),
            ResultColumn("cambio_esperado", .decimals(rows.map(\.pooled.expectedChange))),
            ResultColumn("efecto", .decimals(rows.map(\.pooled.effect))),
            ResultColumn("ic_inferior", .decimals(rows.map(\.pooled.lower))),
            ResultColumn("ic_superior", .decimals(rows.map(\.pooled.upper))),
            ResultColumn("metodo", .texts(rows.map(\.pooled.method))),
        ])
    }

    /// The table's file stem.
    public static let tableName = "balance_ruta_dosis"

    /// The dose of each institution of the loaded plan, for the reports (not written as a file):
    /// `anio_base, institucion, acompanada` (`SI`/`NO`), `estado, sesiones_realizadas, horas, dosis`
    /// (the tercile, empty when not accompanied); the first row of an institution in a base year counts.
    public static func inputTable(_ ruta: [RutaInputRow]) -> ResultTable {
        var rows: [RutaInputRow] = [], labels: [String?] = []
        for b in Set(ruta.map(\.baseYear)).sorted() {
            let plan = ruta.filter { $0.baseYear == b }
            let terciles = terciles(plan)
            var seen: Set<String> = []
            for row in plan.sorted(by: { $0.institution < $1.institution }) where seen.insert(row.institution).inserted {
                rows.append(row)
                labels.append(row.isAccompanied ? terciles[row.institution] : nil)
            }
        }
        return ResultTable(name: inputTableName, columns: [
            ResultColumn("anio_base", .integers(rows.map { Int64($0.baseYear) })),
            ResultColumn("institucion", .texts(rows.map(\.institution))),
            ResultColumn("acompanada", .texts(rows.map { $0.isAccompanied ? "SI" : "NO" })),
            ResultColumn("estado", .texts(rows.map(\.status))),
            ResultColumn("sesiones_realizadas", .decimals(rows.map(\.deliveredSessions))),
            ResultColumn("horas", .decimals(rows.map(\.hours))),
            ResultColumn("dosis", .texts(labels)),
        ])
    }

    /// The name of `inputTable`.
    public static let inputTableName = "ruta_entrada"
}
