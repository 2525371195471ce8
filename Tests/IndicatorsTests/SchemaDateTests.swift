import Testing
@testable import Indicators

/// SPEC §1.4: accepted date formats, impossible and absurd dates.
///
/// Expected day numbers (days since 1970-01-01) were computed independently with Python:
/// `(datetime.date(y, m, d) - datetime.date(1970, 1, 1)).days`.
@Suite("Schema: dates")
struct SchemaDateTests {
    static func parse(_ text: String) -> DateParser.Outcome {
        IngestSupport.withBytes(text) { DateParser.parse($0) }
    }

    @Test("day numbers of civil dates", arguments: [
        (1970, 1, 1, 0), (1969, 12, 31, -1), (2008, 6, 1, 14031), (2019, 5, 10, 18026), (2000, 2, 29, 11016),
        (2016, 2, 29, 16860), (1900, 1, 1, -25567), (2100, 12, 31, 47846),
    ] as [(Int, Int, Int, Int32)])
    func dayNumbers(_ year: Int, _ month: Int, _ day: Int, _ number: Int32) {
        #expect(DayNumber.from(year: year, month: month, day: day) == number)
        let civil = DayNumber.civil(number)
        #expect(civil.year == year && civil.month == month && civil.day == day)
    }

    @Test("every accepted format, with or without a time", arguments: [
        ("2008-06-01", 14031), ("01/06/2008", 14031), ("1/6/2008", 14031), ("01-06-2008", 14031),
        ("20080601", 14031), ("2008-06-01 00:00:00", 14031), ("2008-06-01T00:00:00", 14031),
        ("01/06/2008 00:00:00", 14031), ("1/6/2008 00:00:00", 14031), ("01-06-2008T00:00:00", 14031),
        ("20080601 00:00:00", 14031), ("29/02/2016", 16860), ("2000-02-29", 11016), ("01/01/1900", -25567),
        ("31/12/2100", 47846),
    ] as [(String, Int32)])
    func acceptedFormats(_ text: String, _ day: Int32) {
        #expect(Self.parse(text) == .date(day))
    }

    @Test("impossible dates, absurd years and other text are invalid", arguments: [
        "31/02/2015", "29/02/2015", "29/02/1900", "31/04/2019", "00/01/2008", "15/13/2008",
        "01/01/1850", "01/01/1899", "01/01/2101", "01/01/2150", "0000-00-00",
        "2008/06/01", "2008-6-1", "1-6-2008", "01/06/08", "01.06.2008", "2008", "200806011", "ayer",
        "0a/06/2008", "01/06/20x8", "01/0 /2008", "01/06/-008",
    ])
    func invalidDates(_ text: String) {
        #expect(Self.parse(text) == .invalid)
    }

    @Test("an empty field is no date, not an invalid one")
    func emptyDate() {
        #expect(Self.parse("") == .empty)
    }

    @Test("completed years of age at a reference date", arguments: [
        (2008, 6, 1, 2019, 3, 31, 10), (2008, 3, 31, 2019, 3, 31, 11), (2008, 4, 1, 2019, 3, 31, 10),
    ])
    func ages(_ y: Int, _ m: Int, _ d: Int, _ year: Int, _ month: Int, _ day: Int, _ age: Int) {
        let born = DayNumber.from(year: y, month: m, day: d)
        #expect(DayNumber.age(born: born, onYear: year, month: month, day: day) == age)
    }

    @Test("dates in a matricula file: valid ones read, invalid ones null and counted as warnings")
    func datesThroughLoader() throws {
        let result = IngestSupport.load("dates_formats.csv")
        let summary = try #require(result.files.first)
        #expect(summary.rowsUsed == 13 && summary.rowsRejected == 0)
        let c = result.enrollment.columns
        let null = DayNumber.null
        #expect(c.birthDate == Array(repeating: 14031, count: 8) + Array(repeating: null, count: 5))
        #expect(c.eventDate == Array(repeating: null, count: 12) + [18026])
        #expect(summary.warnings.map(\.column) == ["FECHA_NACIMIENTO", "FECHA_NOVEDAD"])
        #expect(summary.warnings.map(\.count) == [4, 1])
        #expect(summary.warnings.map(\.exampleLine) == [10, 13])
        #expect(summary.warnings.map(\.exampleValue) == ["31/02/2015", "31/02/2019"])
        // Row 12 (impossible event date, no status) is not withdrawn; row 13 (a real date) is.
        #expect(!RecordFlags(rawValue: c.flags[11]).contains(.withdrawn))
        #expect(RecordFlags(rawValue: c.flags[12]).contains(.withdrawn))
    }
}
