import Indicators

/// The position of each loaded year among `IndicatorContext.years`, in a local table: the same
/// answer as `IndicatorContext.yearIndex(_:)` without a call into `Indicators` per episode.
struct YearPositions {
    /// The first loaded year.
    private let firstYear: Int
    /// Position of year `firstYear + i` at `i`; −1 for a year that is not loaded.
    private let positions: [Int]

    /// The positions of the years of `context`.
    init(_ context: IndicatorContext) {
        let years = context.years
        firstYear = years.first ?? 0
        positions = (firstYear...(years.last ?? firstYear)).map { years.firstIndex(of: $0) ?? -1 }
    }

    /// The position of `year`, which must be loaded.
    subscript(year: Int16) -> Int {
        let position = positions[Int(year) - firstYear]
        assert(position >= 0, "year not loaded")
        return position
    }
}
