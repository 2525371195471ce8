import Indicators

/// The `edad` feature (age in whole years at the reference date of year t, clamped to
/// 0…`FeatureWriter.maximumAge`) of every birth date of the loaded records, looked up instead of
/// converting each row's birth date to a civil date: the table holds, for each loaded year and
/// each day from the earliest to the latest birth date, `DayNumber.age` computed once.
///
/// The span is bounded (`maximumSpan`); beyond it, or for a year not in the table, `age` computes
/// the value directly. Either way the value is the same.
struct AgeTable: Sendable {
    /// Widest span of birth dates tabulated (days; about 550 years).
    static let maximumSpan = 200_000
    /// The earliest birth date tabulated, and how many days follow it (0: no table).
    private let first: Int32, span: Int
    /// Clamped age of day `first + d` in year index k at `k * span + d`.
    private let ages: [UInt8]
    /// The loaded years and the reference date.
    private let years: [Int], month: Int, day: Int

    /// The table for `birthDates` (`DayNumber.null` for unknown ones) over `years`, at the
    /// reference date `month`/`day`.
    init(birthDates: [Int32], years: [Int], month: Int, day: Int) {
        self.years = years
        self.month = month
        self.day = day
        var low = Int32.max, high = Int32.min
        for date in birthDates where date != DayNumber.null {
            low = min(low, date)
            high = max(high, date)
        }
        guard low <= high, Int(high) - Int(low) < Self.maximumSpan else {
            first = 0
            span = 0
            ages = []
            return
        }
        first = low
        span = Int(high) - Int(low) + 1
        var ages = [UInt8](repeating: 0, count: span * years.count)
        for (k, year) in years.enumerated() {
            for d in 0..<span {
                ages[k * span + d] = UInt8(Self.clamped(DayNumber.age(born: low + Int32(d), onYear: year,
                                                                      month: month, day: day)))
            }
        }
        self.ages = ages
    }

    /// The clamped age on the reference date of year index `k` of someone born on `date` (known).
    @inline(__always)
    func age(born date: Int32, yearIndex k: Int) -> Int {
        let d = Int(date) - Int(first)
        if d >= 0 && d < span { return Int(ages[k * span + d]) }
        return Self.clamped(DayNumber.age(born: date, onYear: years[k], month: month, day: day))
    }

    /// `age` limited to 0…`FeatureWriter.maximumAge`.
    private static func clamped(_ age: Int) -> Int {
        min(FeatureWriter.maximumAge, max(0, age))
    }
}
