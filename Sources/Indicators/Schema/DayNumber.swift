/// Dates as day numbers: days since 1970-01-01 (proleptic Gregorian), stored in `Int32` columns.
///
/// `DayNumber.null` marks a missing date.
public enum DayNumber {
    /// The missing-date marker.
    public static let null = Int32.min

    /// Day number of a civil date (H. Hinnant's algorithm); the date must be valid.

    public static func from(year: Int, month: Int, day: Int) -> Int32 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(era * 146_097 + doe - 719_468)
    }

    /// The civil date of a day number.

    public static func civil(_ days: Int32) -> (year: Int, month: Int, day: Int) {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Whether year-month-day is a real date.

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard month >= 1 && month <= 12 && day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// Completed years of age on `month`/`day` of `year` for someone born on `birth`.

    public static func age(born birth: Int32, onYear year: Int, month: Int, day: Int) -> Int {
        age(born: civil(birth), onYear: year, month: month, day: day)
    }

    /// `age(born:onYear:month:day:)` for a birth date already converted by `civil(_:)`.
    @inline(__always)
    public static func age(born b: (year: Int, month: Int, day: Int), onYear year: Int, month: Int, day: Int) -> Int {
        var age = year - b.year
        if (month, day) < (b.month, b.day) { age -= 1 }
        return age
    }

    /// `dd/mm/yyyy` text of a day number.
    public static func text(_ days: Int32) -> String {
        if days == null { return "" }
        let c = civil(days)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(c.day))/\(two(c.month))/\(c.year)"
    }
}

/// Parses the date formats of SPEC §1.4 from bytes.
public enum DateParser {
    /// The outcome of parsing a date field.
    public enum Outcome: Equatable, Sendable {
        /// Empty field.
        case empty
        /// A valid date.
        case date(Int32)
        /// Text that is not an accepted, real date (a warning; the value becomes null).
        case invalid
    }

    /// Accepts `YYYY-MM-DD`, `DD/MM/YYYY`, `D/M/YYYY`, `DD-MM-YYYY`, `YYYYMMDD`, each optionally followed
    /// by a time (` 00:00:00`, `T00:00:00`). Years outside 1900–2100 are invalid.

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        var end = bytes.count
        if end == 0 { return .empty }
        if end == 10, let date = slashedDate(bytes) { return date }
        for i in 0..<end where bytes[i] == 0x20 || bytes[i] == 0x54 { end = i; break }
        var parts = (0, 0, 0)
        var digits = (0, 0, 0)
        var index = 0
        var separator: UInt8 = 0
        for i in 0..<end {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                let d = Int(b - 0x30)
                switch index {
                case 0: parts.0 = parts.0 * 10 + d; digits.0 += 1
                case 1: parts.1 = parts.1 * 10 + d; digits.1 += 1
                default: parts.2 = parts.2 * 10 + d; digits.2 += 1
                }
                if digits.0 > 8 || digits.1 > 4 || digits.2 > 4 { return .invalid }
            } else if (b == 0x2F || b == 0x2D) && index < 2 && (separator == 0 || separator == b) {
                separator = b
                index += 1
            } else {
                return .invalid
            }
        }
        let year: Int, month: Int, day: Int
        if index == 0 && digits.0 == 8 {
            (year, month, day) = (parts.0 / 10000, parts.0 / 100 % 100, parts.0 % 100)
        } else if index == 2 && digits.0 == 4 && separator == 0x2D && digits.1 == 2 && digits.2 == 2 {
            (year, month, day) = (parts.0, parts.1, parts.2)
        } else if index == 2 && digits.2 == 4 && digits.0 <= 2 && digits.1 <= 2 && digits.0 > 0 && digits.1 > 0
                    && (separator == 0x2F || (digits.0 == 2 && digits.1 == 2)) {
            (year, month, day) = (parts.2, parts.1, parts.0)
        } else {
            return .invalid
        }
        guard year >= 1900 && year <= 2100, DayNumber.isValid(year: year, month: month, day: day) else {
            return .invalid
        }
        return .date(DayNumber.from(year: year, month: month, day: day))
    }

    /// The common SIMAT form `DD/MM/YYYY` read directly (the general parser gives the same outcome);
    /// nil when the ten bytes are not of that form.
    @inline(__always)
    static func slashedDate(_ b: UnsafeBufferPointer<UInt8>) -> Outcome? {
        guard b[2] == 0x2F && b[5] == 0x2F else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let digit = b[i] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let day = number(0..<2), let month = number(3..<5), let year = number(6..<10) else { return nil }
        guard year >= 1900 && year <= 2100, DayNumber.isValid(year: year, month: month, day: day) else {
            return .invalid
        }
        return .date(DayNumber.from(year: year, month: month, day: day))
    }
}
