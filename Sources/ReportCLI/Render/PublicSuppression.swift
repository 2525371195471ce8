import Indicators

/// `--publico` (SPEC §10): blanks small counts and rates over small denominators so that no published
/// cell describes fewer than five students.
///
/// Integer columns count people unless exempt (years, ranks, grades, scores): their values 1…4 become
/// empty, 0 and 5 or more stay. A rate becomes empty when its denominator in the same row is under 5 or
/// empty, and when its numerator (rate × denominator, rounded: the count column beside it, or a count
/// the table does not show, like the examinees at level 1) is 1…4, so that no blanked count can be
/// rebuilt as rate × denominator (SPEC §10, version 2). A rate column with no known denominator in the table is blanked entirely: without one there
/// is no way to tell it is safe. Decimal and text columns are left as they are (`ReportPrivacy`
/// blanks means over small denominators).
struct PublicSuppression: Sendable {
    /// Smallest count that may be published.
    static let minimumPublishedCount: Int64 = 5

    /// Integer columns that are not counts of people and are never blanked.
    static let defaultExemptColumns: Set<String> = ["anio", "rango", "grado", "puntaje"]

    /// Rate column → its denominator column, for the indicators of SPEC §4.
    static let indicatorRateDenominators = IndicatorColumns.denominators

    /// Rate column name → name of the integer column holding its denominator.
    var rateDenominators: [String: String]
    /// Integer columns that are kept whatever their value.
    var exemptColumns: Set<String>

    /// Creates the rule from the caller's rate → denominator mapping.
    init(rateDenominators: [String: String], exemptColumns: Set<String> = Self.defaultExemptColumns) {
        self.rateDenominators = rateDenominators
        self.exemptColumns = exemptColumns
    }

    /// A copy of `table` with the small cells blanked; denominators are read before any blanking.
    ///
    /// - Complexity: O(cells).
    func applied(to table: ResultTable) -> ResultTable {
        let columns = table.columns.map { column -> ResultColumn in
            switch column.values {
            case .integers(let values) where !exemptColumns.contains(column.name):
                return ResultColumn(column.name, .integers(values.map(Self.publishedCount)))
            case .rates(let values):
                let denominators = denominatorValues(for: column.name, in: table)
                return ResultColumn(column.name, .rates(Self.publishedRates(values, over: denominators)))
            default:
                return column
            }
        }
        return ResultTable(name: table.name, columns: columns)
    }

    /// The denominator column of rate `name`, when mapped and present as integers.
    private func denominatorValues(for name: String, in table: ResultTable) -> [Int64?]? {
        guard let denominatorName = rateDenominators[name],
              case .integers(let values)? = table.column(named: denominatorName)?.values
        else { return nil }
        return values
    }

    /// `count` unless it is 1…4.
    private static func publishedCount(_ count: Int64?) -> Int64? {
        guard let count, count > 0, count < minimumPublishedCount else { return count }
        return nil
    }

    /// The rates whose denominator is at least 5 and whose numerator is not 1…4; all empty when
    /// `denominators` is unknown.
    private static func publishedRates(_ rates: [Double?], over denominators: [Int64?]?) -> [Double?] {
        guard let denominators else { return Array(repeating: nil, count: rates.count) }
        return zip(rates, denominators).map { rate, denominator in
            guard let denominator, denominator >= minimumPublishedCount else { return nil }
            guard let rate, rate.isFinite else { return rate }
            let numerator = (rate * Double(denominator)).rounded()
            return numerator > 0 && numerator < Double(minimumPublishedCount) ? nil : rate
        }
    }
}
