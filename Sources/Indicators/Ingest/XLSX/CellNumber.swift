/// Writes a numeric cell's stored value (`<v>`) as text the CSV loaders read, following the cell's
/// number format (`CellFormat`).
///
/// - A whole number is written with all its digits and no exponent: a DANE code stored as
///   `1.05001000123E+11` is `105001000123` (doubles are exact up to 2^53, far beyond any code).
/// - Another number is written with Excel's 15 significant digits, trailing zeros dropped, never in
///   exponent form (`0.30000000000000004` → `0.3`, `1.5E-5` → `0.000015`).
/// - A date serial in a date-formatted cell becomes `YYYY-MM-DD` (1900 date system with Excel's
///   fictitious 1900-02-29 as serial 60, or the 1904 system when the workbook says so).
/// - A percent-formatted cell is written as it shows: `0.032` → `3.2%`; a whole number in a cell
///   formatted with zeros only (`00000`) keeps the leading zeros it shows: `5001` → `05001`.
enum CellNumber {
    /// Appends the value `raw` (ASCII digits, sign, `.`, exponent) written per `format`.
    static func append(_ raw: [UInt8], format: CellFormat, uses1904: Bool, to out: inout [UInt8]) {
        if format == .number, raw.count <= 15, isPlainInteger(raw) {
            out.append(contentsOf: raw)
            return
        }
        guard let value = parse(raw), value.isFinite else {
            out.append(contentsOf: raw)
            return
        }
        switch format {
        case .date, .dateTime, .time:
            if appendDate(value, format: format, uses1904: uses1904, to: &out) { return }
            appendPlain(value, to: &out)
        case .percent:
            appendPlain(value * 100, to: &out)
            out.append(UInt8(ascii: "%"))
        case .number:
            appendPlain(value, to: &out)
        case .zeroPadded(let width):
            if value >= 0, value == value.rounded(), value < 9.2e18 {
                appendDigits(Int(value), width: width, to: &out)
            } else {
                appendPlain(value, to: &out)
            }
        }
    }

    /// Whether `raw` is an optional `-` and digits only.
    static func isPlainInteger(_ raw: [UInt8]) -> Bool {
        guard !raw.isEmpty else { return false }
        var start = 0
        if raw[0] == UInt8(ascii: "-") { start = 1 }
        guard start < raw.count else { return false }
        for i in start..<raw.count where raw[i] < UInt8(ascii: "0") || raw[i] > UInt8(ascii: "9") { return false }
        return true
    }

    /// The double written in `raw`, or nil.
    static func parse(_ raw: [UInt8]) -> Double? {
        guard !raw.isEmpty, raw.count < 64 else { return nil }
        var text = raw.map { CChar(bitPattern: $0) }
        text.append(0)
        return text.withUnsafeBufferPointer { p -> Double? in
            let parsed = Platform.leadingDouble(p.baseAddress!)
            return parsed.length == raw.count ? parsed.value : nil
        }
    }

    /// Appends `value` as a whole number when it is one (below 2^63), else with 15 significant digits.
    static func appendPlain(_ value: Double, to out: inout [UInt8]) {
        if value == value.rounded(), abs(value) < 9.2e18 {
            out.append(contentsOf: String(Int64(value)).utf8)
            return
        }
        appendWithoutExponent(Platform.fifteenSignificantDigits(value), to: &out)
    }

    /// Rewrites `d.ddde±XX` (as `%g` gives) in plain decimal notation.
    static func appendWithoutExponent(_ text: [UInt8], to out: inout [UInt8]) {
        guard let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else {
            out.append(contentsOf: text)
            return
        }
        var mantissa = Array(text[..<e])
        let exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
        if mantissa.first == UInt8(ascii: "-") {
            out.append(UInt8(ascii: "-"))
            mantissa.removeFirst()
        }
        let point = mantissa.firstIndex(of: UInt8(ascii: ".")) ?? mantissa.count
        let digits = mantissa.filter { $0 != UInt8(ascii: ".") }
        let decimalPosition = point + exponent
        if decimalPosition <= 0 {
            out.append(contentsOf: Array("0.".utf8))
            out.append(contentsOf: [UInt8](repeating: UInt8(ascii: "0"), count: -decimalPosition))
            out.append(contentsOf: digits)
        } else if decimalPosition >= digits.count {
            out.append(contentsOf: digits)
            out.append(contentsOf: [UInt8](repeating: UInt8(ascii: "0"), count: decimalPosition - digits.count))
        } else {
            out.append(contentsOf: digits[..<decimalPosition])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[decimalPosition...])
        }
    }

    /// Appends the date (and time) of the serial `value`; false when it is no date (negative or
    /// after 9999-12-31).
    static func appendDate(_ value: Double, format: CellFormat, uses1904: Bool, to out: inout [UInt8]) -> Bool {
        guard value >= 0, value < 2_958_466 else { return false }
        var days = Int(value.rounded(.down))
        var seconds = Int(((value - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        if format != .time {
            if !uses1904 && days == 60 {
                out.append(contentsOf: Array("1900-02-29".utf8))
            } else {
                let unixDay = uses1904 ? days - 24_107 : (days < 60 ? days - 25_568 : days - 25_569)
                let civil = DayNumber.civil(Int32(unixDay))
                appendDigits(civil.year, width: 4, to: &out)
                out.append(UInt8(ascii: "-"))
                appendDigits(civil.month, width: 2, to: &out)
                out.append(UInt8(ascii: "-"))
                appendDigits(civil.day, width: 2, to: &out)
            }
            if format == .date || seconds == 0 { return true }
            out.append(UInt8(ascii: " "))
        }
        appendDigits(seconds / 3600, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(seconds / 60 % 60, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(seconds % 60, width: 2, to: &out)
        return true
    }

    /// Appends `value` (≥ 0) with at least `width` digits.
    static func appendDigits(_ value: Int, width: Int, to out: inout [UInt8]) {
        let digits = Array(String(value).utf8)
        if digits.count < width { out.append(contentsOf: [UInt8](repeating: UInt8(ascii: "0"), count: width - digits.count)) }
        out.append(contentsOf: digits)
    }
}
