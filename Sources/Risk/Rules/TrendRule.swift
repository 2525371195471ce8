/// `TENDENCIA` (SPEC §6, level `MEDIA`): the institution's intra-year dropout rate
/// (`desertores / base`) is defined in t−2, t−1 and t, rises strictly (t−2 < t−1 < t; equal values do
/// not count) and is above the territory's in t.
///
/// Rates are compared as fractions (a/b < c/d ⇔ a·d < c·b), so equal rates are equal exactly.
enum TrendRule {
    /// The trend flags of every year and institution of `snapshot`.
    ///
    /// - Complexity: O(rows).
    static func evaluate(_ snapshot: IndicatorSnapshot) -> [InstitutionFlag] {
        var rowOf: [YearKey: IndicatorRow] = [:]
        for row in snapshot.institutions { rowOf[YearKey(code: row.code, year: row.year)] = row }
        var flags: [InstitutionFlag] = []
        for row in snapshot.institutions {
            guard let territory = snapshot.territory[row.year],
                  let previous = rowOf[YearKey(code: row.code, year: row.year - 1)],
                  let first = rowOf[YearKey(code: row.code, year: row.year - 2)],
                  first.base > 0, previous.base > 0, row.base > 0, territory.base > 0,
                  isBelow(first, previous), isBelow(previous, row), isBelow(territory, row),
                  let value = row.dropoutRate, let reference = territory.dropoutRate
            else { continue }
            flags.append(InstitutionFlag(year: row.year, institution: row.code, indicator: .intraYearDropout,
                                         value: value, reference: reference, numerator: row.dropouts,
                                         denominator: row.base, statistic: nil, level: .media, rule: .risingTrend))
        }
        return flags
    }

    /// Whether a's dropout rate is strictly below b's (both bases > 0; counts are far below 2³¹, so
    /// the products cannot overflow).
    private static func isBelow(_ a: IndicatorRow, _ b: IndicatorRow) -> Bool {
        a.dropouts * b.base < b.dropouts * a.base
    }

    /// An institution in one year.
    private struct YearKey: Hashable {
        var code: String
        var year: Int
    }
}
