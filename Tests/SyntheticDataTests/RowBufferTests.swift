import Testing
@testable import SyntheticData

@Suite("Row buffer")
struct RowBufferTests {
    static func text(_ style: FileStyle = FileStyle(), _ fill: (inout RowBuffer) -> Void) -> String {
        var buffer = RowBuffer(style: style)
        fill(&buffer)
        return String(decoding: Array(buffer.bytes), as: UTF8.self)
    }

    @Test("integers, with zero padding and signs", arguments: [
        (0, 1, "0"), (7, 2, "07"), (-2, 1, "-2"), (5001, 5, "05001"), (123, 2, "123"),
        (Int.max, 1, "9223372036854775807"), (1_000_000_000, 10, "1000000000"), (88, 10, "0000000088"),
    ])
    func integers(value: Int, width: Int, expected: String) {
        #expect(Self.text { $0.append(value, width: width) } == expected)
    }

    @Test("dates in each accepted style, including an impossible one", arguments: [
        (DateStyle.dayMonthYear, "05/03/2019"), (.isoDate, "2019-03-05"), (.shortDayMonthYear, "5/3/2019"),
        (.dayMonthYearMidnight, "05/03/2019 00:00:00"), (.isoDateT, "2019-03-05T00:00:00"),
    ])
    func dates(style: DateStyle, expected: String) {
        var fileStyle = FileStyle()
        fileStyle.dateStyle = style
        #expect(Self.text(fileStyle) { $0.appendDate(year: 2019, month: 3, day: 5) } == expected)
        #expect(Self.text { $0.appendDate(year: 2010, month: 2, day: 31) } == "31/02/2010")
        // 2019-03-31 is day 17986 after 1970-01-01 (Python's datetime.date subtraction).
        #expect(Self.text { $0.appendDate(dayNumber: 17986) } == "31/03/2019")
    }

    @Test("delimiters and line ends follow the style; ¬ is two bytes in UTF-8, one in Windows-1252")
    func separators() {
        var style = FileStyle()
        style.delimiter = .notSign
        style.crlf = true
        var buffer = RowBuffer(style: style)
        buffer.append(1)
        buffer.appendDelimiter()
        buffer.append(2)
        buffer.appendLineEnd()
        #expect(Array(buffer.bytes) == [0x31, 0xC2, 0xAC, 0x32, 0x0D, 0x0A])
        style.encoding = .windows1252
        buffer = RowBuffer(style: style)
        buffer.appendDelimiter()
        #expect(Array(buffer.bytes) == [0xAC])
    }

    @Test("repeating the last row copies it exactly")
    func repeatRow() {
        #expect(Self.text { buffer in
            buffer.append(9)
            let start = buffer.count
            buffer.append([0x61, 0x2C, 0x62, 0x0A])
            buffer.repeatBytes(from: start)
        } == "9a,b\na,b\n")
    }
}
