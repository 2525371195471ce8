import Testing
@testable import ReportCLI

/// `RawByteBuffer`: the pointer-written buffer behind `CSVTableWriter`.
@Suite("Raw byte buffer")
struct RenderRawByteBufferTests {
    /// The buffer's bytes as text.
    static func text(_ fill: (inout RawByteBuffer) -> Void) -> String {
        var buffer = RawByteBuffer(capacity: 1)
        fill(&buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    @Test("integers: sign, zero, extremes", arguments: [
        (Int64(0), "0"), (7, "7"), (10, "10"), (-42, "-42"), (1_000_000, "1000000"),
        (Int64.max, "9223372036854775807"), (Int64.min, "-9223372036854775808"),
    ])
    func integers(value: Int64, expected: String) {
        #expect(Self.text { $0.appendDecimalDigits(of: value) } == expected)
    }

    @Test("zero padding to a minimum width")
    func padding() {
        #expect(Self.text { $0.appendDecimalDigits(of: 34512, minimumWidth: 6) } == "034512")
        #expect(Self.text { $0.appendDecimalDigits(of: 0, minimumWidth: 6) } == "000000")
        #expect(Self.text { $0.appendDecimalDigits(of: 1_234_567, minimumWidth: 6) } == "1234567")
    }

    /// Expected strings are C's `printf("%.6f")`, negative zero unsigned.
    @Test("six decimals: fast path, ties and large values like %.6f", arguments: [
        (0.034512, "0.034512"), (1.0 / 3.0, "0.333333"), (2.0 / 3.0, "0.666667"), (1, "1.000000"),
        (0.0078125, "0.007812"), (0.0000025, "0.000003"), (-0.25, "-0.250000"), (-0.0, "0.000000"),
        (-0.0000001, "0.000000"), (12_345_678_901.5, "12345678901.500000"),
    ])
    func sixDecimals(value: Double, expected: String) {
        #expect(Self.text { $0.appendSixDecimals(value, separator: UInt8(ascii: ".")) } == expected)
    }

    @Test("six decimals with a decimal comma; NaN and infinity append nothing")
    func separatorAndNonFinite() {
        #expect(Self.text { $0.appendSixDecimals(12.25, separator: UInt8(ascii: ",")) } == "12,250000")
        #expect(Self.text { $0.appendSixDecimals(.nan, separator: UInt8(ascii: ".")) } == "")
        #expect(Self.text { $0.appendSixDecimals(-.infinity, separator: UInt8(ascii: ".")) } == "")
    }

    @Test("the buffer grows past its first capacity and keeps every byte; removeAll empties it")
    func growth() {
        var buffer = RawByteBuffer(capacity: 64)
        for k in 0..<1000 { buffer.appendDecimalDigits(of: Int64(k % 10)) }
        #expect(buffer.count == 1000)
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == String(repeating: "0123456789", count: 100))
        buffer.removeAll()
        buffer.append(contentsOf: Array("ab".utf8))
        buffer.append(UInt8(ascii: "c"))
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "abc")
    }
}
