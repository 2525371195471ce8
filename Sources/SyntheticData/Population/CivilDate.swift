/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).
///
/// Howard Hinnant's `days_from_civil` / `civil_from_days`; exact for every date we write.
enum CivilDate {
    /// The day number of a calendar date (the date must exist).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date of a day number.
    static func components(of dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// A uniformly drawn day number between two dates of `year`, both included.
    static func random(in year: Int, from start: (month: Int, day: Int), through end: (month: Int, day: Int), _ random: inout SampleRandom) -> Int {
        let first = dayNumber(year: year, month: start.month, day: start.day)
        let last = dayNumber(year: year, month: end.month, day: end.day)
        return first + random.int(below: last - first + 1)
    }
}
