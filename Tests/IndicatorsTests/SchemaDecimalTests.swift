import Testing
@testable import Indicators

/// SPEC §1.1: decimals with `.` or `,` and an optional trailing `%`.
@Suite("Schema: decimal numbers")
struct SchemaDecimalTests {
    static func isClose(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= 1e-12 * max(1, abs(b))
    }

    @Test("decimal marks and percent signs", arguments: [
        ("12,5%", 12.5), ("12.5", 12.5), ("12,5", 12.5), (" 7 % ", 7), ("-3,25", -3.25), ("0", 0),
        ("100%", 100), ("96.28", 96.28), ("0,03", 0.03),
    ])
    func parses(_ text: String, _ value: Double) {
        #expect(Self.isClose(DecimalParser.parse(text), value))
    }

    @Test("empty or non-numeric text is no number", arguments: [
        "", " ", "%", "abc", "1.234,5", "12,5,1", "N/A", "ND", "12 5",
    ])
    func refuses(_ text: String) {
        #expect(DecimalParser.parse(text) == nil)
    }

    @Test("a cell's bytes parse as its text does (plain numbers in place, the rest as text)", arguments: [
        ("12,5", 12.5 as Double?), ("96.28", 96.28), ("-3,25", -3.25), ("45%", 45), ("1e2", 100), ("", nil),
        ("abc", nil), ("1.234,5", nil), ("9999999999999999999", 1e19),
    ])
    func parsesBytes(_ text: String, _ value: Double?) {
        let parsed = Array(text.utf8).withUnsafeBufferPointer { DecimalParser.parse($0) }
        #expect(parsed == value)
        #expect(parsed == DecimalParser.parse(text))
    }

    @Test("Saber 11 PERIODO and institution cells read from bytes", arguments: [
        ("20194", 2019 as Int?), ("20,194", 2019), ("2019", 2019), ("201", nil), ("19994", nil), ("21014", nil),
        ("20a94", nil), ("2.0194", nil), ("", nil),
    ])
    func periodBytes(_ text: String, _ year: Int?) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { SaberLoader.yearOfPeriod($0) } == year)
        #expect(SaberLoader.yearOfPeriod(text) == year)
    }

    @Test("Saber 11 institution cells: repaired in place, scientific notation refused, other text as a String", arguments: [
        ("105001000123", "105001000123" as String?), ("105001000123.0", "105001000123"), ("1,05001E+11", nil),
        ("105,001,000,123", "105001000123"), ("\u{FEFF}105001000123", "105001000123"),
        ("105001000123\u{A0}", "105001000123"),
    ])
    func institutionBytes(_ text: String, _ code: String?) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { SaberLoader.institutionCode($0) } == code)
    }

    @Test("a MEN reference file with decimal commas loads its percentages")
    func decimalCommaFile() throws {
        let result = IngestSupport.load("semicolon_decimal_comma.csv")
        #expect(result.rejects.isEmpty)
        let rows = result.menReference
        #expect(rows.map(\.municipality) == ["05001", "05002"])
        #expect(rows.map(\.year) == [2019, 2019])
        #expect(Self.isClose(rows.first?.values["DESERCION"], 3.5))
        #expect(Self.isClose(rows.first?.values["APROBACION"], 95.2))
        #expect(Self.isClose(rows.last?.values["DESERCION"], 4.1))
    }
}
