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
