import Testing
@testable import SyntheticData

@Suite("Text encoding")
struct TextBytesTests {
    @Test("Windows-1252 writes accents as single bytes, UTF-8 as two")
    func encodings() {
        #expect(TextBytes.encode("AÑO", as: .windows1252) == [0x41, 0xD1, 0x4F])
        #expect(TextBytes.encode("AÑO", as: .utf8) == [0x41, 0xC3, 0x91, 0x4F])
        #expect(TextBytes.encode("5°", as: .windows1252) == [0x35, 0xB0])
        #expect(TextBytes.encode("MEDELLÍN", as: .windows1252).count == 8)
    }

    @Test("fields are quoted only when they hold the delimiter or a quote", arguments: [
        ("COLEGIO SAN JOSÉ, SEDE NORTE", Delimiter.comma, "\"COLEGIO SAN JOSÉ, SEDE NORTE\""),
        ("COLEGIO SAN JOSÉ, SEDE NORTE", .semicolon, "COLEGIO SAN JOSÉ, SEDE NORTE"),
        ("I.E. \"LA PAZ\"", .pipe, "\"I.E. \"\"LA PAZ\"\"\""),
        ("A;B", .semicolon, "\"A;B\""),
        ("PLAIN", .tab, "PLAIN"),
    ])
    func quoting(text: String, delimiter: Delimiter, expected: String) {
        #expect(TextBytes.field(text, as: .utf8, delimiter: delimiter) == Array(expected.utf8))
    }
}
