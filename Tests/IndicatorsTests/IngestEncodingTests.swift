import Testing
@testable import Indicators

/// SPEC §1.1: UTF-8 with or without BOM, Windows-1252 fallback, `--encoding` override.
@Suite("Ingest: encodings")
struct IngestEncodingTests {
    @Test("UTF-8 without BOM keeps its accents")
    func utf8() throws {
        let result = IngestSupport.load("tab_delimited.tsv")
        let summary = try #require(result.files.first)
        #expect(summary.encoding == .utf8)
        #expect(summary.notes.isEmpty)
        let names = IngestSupport.strings(result.enrollment.columns.institutionName,
                                          result.enrollment.interners.institutionName)
        #expect(names.first == "Colegio San José, sede A")
    }

    @Test("a UTF-8 BOM is dropped before the first header name")
    func utf8BOM() throws {
        let file = try DelimitedFile(path: Fixture.path("ingest/utf8_bom.csv"))
        #expect(file.encoding == .utf8)
        #expect(file.header.first == "ANO")
        #expect(try file.readAll().prefix(3) == [0x41, 0x4E, 0x4F])
        let result = IngestSupport.load("utf8_bom.csv")
        #expect(result.files.first?.kind == .matricula)
        #expect(result.files.first?.rowsUsed == 1)
        #expect(result.enrollment.interners.institutionName.string(1) == "Institución Educativa Ñandú")
    }

    @Test("a Windows-1252 file is read as Windows-1252: header and values decoded right")
    func windows1252Fallback() throws {
        let file = try DelimitedFile(path: Fixture.path("ingest/semicolon_cp1252.csv"))
        #expect(file.encoding == .windows1252)
        #expect(file.header == ["Año", "Código DANE", "PER_ID", "Grado", "Nombre Establecimiento", "Municipio Código"])
        #expect(file.normalizedHeader.first == "ANO")

        let result = IngestSupport.load("semicolon_cp1252.csv")
        #expect(result.errors.isEmpty)
        let c = result.enrollment.columns, i = result.enrollment.interners
        #expect(IngestSupport.strings(c.institutionName, i.institutionName)
                == ["Colegio Nuñez – Sede Bogotá", "Escuela “La Esperanza” €"])
        #expect(c.grade == [5, 0])       // "Transición" → 0
        #expect(IngestSupport.strings(c.municipality, i.municipality) == ["11001", "05001"])
        // The first byte that is not UTF-8 is the Windows-1252 ñ of "Año": line 1, column 2.
        #expect(result.files.first?.notes
                == ["el archivo no es UTF-8 válido (línea 1, columna 2); se leyó como Windows-1252"])
    }

    @Test("Windows-1252 bytes 0x80–0x9F map to their Unicode characters", arguments: [
        (UInt8(0x80), "€"), (0x85, "…"), (0x91, "‘"), (0x92, "’"), (0x93, "“"), (0x94, "”"),
        (0x96, "–"), (0x97, "—"), (0x9C, "œ"), (0xD1, "Ñ"), (0xF1, "ñ"), (0xE9, "é"), (0xAC, "¬"), (0xB0, "°"),
    ])
    func windows1252Table(_ byte: UInt8, _ expected: String) {
        let source: [UInt8] = [0x41, byte]
        var out = [UInt8](repeating: 0, count: 6)
        let n = source.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { TextEncoding.transcodeWindows1252(input.baseAddress!, count: 2, into: $0.baseAddress!) }
        }
        #expect(Array(out[..<n]) == Array("A\(expected)".utf8))
    }

    @Test("--encoding latin1 forces Windows-1252 on a valid UTF-8 file")
    func forcedWindows1252() throws {
        let result = IngestSupport.load("utf8_bom.csv", options: IngestOptions(encoding: .windows1252))
        let summary = try #require(result.files.first)
        #expect(summary.encoding == .windows1252)
        #expect(summary.notes.isEmpty)
        // "ó" (C3 B3) read as two Windows-1252 characters.
        #expect(result.enrollment.interners.institutionName.string(1) == "InstituciÃ³n Educativa Ã‘andÃº")
    }

    @Test("--encoding utf8 forces UTF-8 on a Windows-1252 file and adds no note")
    func forcedUTF8() throws {
        let file = try DelimitedFile(path: Fixture.path("ingest/semicolon_cp1252.csv"), encoding: .utf8)
        #expect(file.encoding == .utf8)
        #expect(file.invalidUTF8At == nil)
        #expect(file.header.first == "A\u{FFFD}o")
        // "Código DANE" no longer normalises to CODIGO_DANE, so the kind is unknown.
        let result = IngestSupport.load("semicolon_cp1252.csv", options: IngestOptions(encoding: .utf8))
        #expect(result.files.isEmpty)
        #expect(result.errors.map(\.code) == [.unknownKind])
    }

    @Test("invalid UTF-8 is noted with its line and column, and the file is still used")
    func invalidUTF8Noted() throws {
        let result = IngestSupport.load("invalid_utf8.csv")
        let summary = try #require(result.files.first)
        #expect(summary.encoding == .windows1252)
        #expect(summary.rowsUsed == 1)
        // Line 2 is "2019,111001000001,1,5,Colegio Nu" (32 bytes) then the byte F1.
        #expect(summary.notes == ["el archivo no es UTF-8 válido (línea 2, columna 33); se leyó como Windows-1252"])
        #expect(result.enrollment.interners.institutionName.string(1) == "Colegio Nuñez")
    }

    @Test("the first invalid UTF-8 byte is found past runs of ASCII and valid sequences", arguments: [
        ([UInt8](repeating: 0x41, count: 20) + [0xC3, 0xB1, 0xE9, 0x41], 22),   // é alone after a valid ñ
        ([0xE2, 0x82, 0xAC, 0xC0, 0x80], 3),                                   // overlong C0 80
        ([0xED, 0xA0, 0x80], 0),                                               // surrogate U+D800
        ([0xF4, 0x90, 0x80, 0x80], 0),                                         // above U+10FFFF
        ([0x41, 0x42, 0xE2, 0x82], 2),                                         // truncated at the end
    ])
    func firstInvalidOffset(_ bytes: [UInt8], _ offset: Int) {
        #expect(Self.firstInvalid(bytes) == offset)
    }

    @Test("valid UTF-8, four-byte sequences included, has no invalid offset")
    func validUTF8() {
        #expect(Self.firstInvalid(Array("Año 😀 € ñandú, ok".utf8)) == nil)
    }

    @Test("a large block validated on both cores gives what one pass gives, with characters and bad bytes at the cut",
          arguments: [-3, -2, -1, 0, 1, 2])
    func parallelValidation(_ shift: Int) {
        // 6 MB of "año 😀 €…" text with 32 ASCII bytes in the middle (where the block is cut for two
        // cores); there a four-byte character starts `shift` bytes from the cut.
        let unit = Array("año 😀 €, ñandú; ".utf8)
        let half = [UInt8]((0..<(3_000_000 / unit.count)).flatMap { _ in unit })
        var bytes = half + [UInt8](repeating: 0x78, count: 32) + half
        let middle = bytes.count / 2
        let emoji: [UInt8] = [0xF0, 0x9F, 0x98, 0x80]
        bytes.replaceSubrange((middle + shift)..<(middle + shift + 4), with: emoji)
        func both(_ buffer: [UInt8], final: Bool) -> (TextEncoding.BlockValidation, TextEncoding.BlockValidation) {
            buffer.withUnsafeBufferPointer {
                (TextEncoding.validateBlock($0.baseAddress!, count: $0.count, final: final),
                 TextEncoding.validateBlockInParallel($0.baseAddress!, count: $0.count, final: final))
            }
        }
        func same(_ pair: (TextEncoding.BlockValidation, TextEncoding.BlockValidation)) -> Bool {
            pair.0.firstInvalid == pair.1.firstInvalid && pair.0.validCount == pair.1.validCount
                && pair.0.multibyteSequences == pair.1.multibyteSequences
        }
        let valid = both(bytes, final: true)
        #expect(valid.1.firstInvalid == nil && valid.1.validCount == bytes.count && same(valid))
        // The emoji cut short: its lead followed by a plain byte is invalid at the lead.
        var truncated = bytes
        truncated[middle + shift + 2] = 0x41
        let cut = both(truncated, final: true)
        #expect(cut.1.firstInvalid == middle + shift && same(cut))
        // A stray continuation byte after the emoji, and one invalid byte in each half: the first wins.
        var stray = bytes
        stray[middle + shift + 4] = 0x80
        stray[bytes.count - 10] = 0xFF
        let strayResult = both(stray, final: true)
        #expect(strayResult.1.firstInvalid == middle + shift + 4 && same(strayResult))
        // A block ending inside a character: not final, that character waits for the next block.
        let open = both(Array(bytes.dropLast(3)), final: false)
        #expect(open.1.firstInvalid == nil && same(open))
    }

    /// The first invalid offset of a whole buffer (its end is the end of the input).
    static func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { TextEncoding.validateBlock($0.baseAddress!, count: $0.count, final: true).firstInvalid }
    }

    @Test("invalid UTF-8 after a BOM is located in the text the user sees", arguments: [
        // "É" as the Windows-1252 byte C9 at the start of line 2.
        (Array("A,B\n".utf8) + [0xC9] + Array("xito,1\n".utf8), 2, 1),
        // "Año" with a Windows-1252 ñ on line 1: the BOM is not a column.
        (Array("A".utf8) + [0xF1] + Array("O,B\n1,2\n".utf8), 1, 2),
    ] as [([UInt8], Int, Int)])
    func invalidUTF8AfterBOM(_ text: [UInt8], _ line: Int, _ column: Int) throws {
        let file = try DelimitedFile(path: Fixture.temporary("bom_then_cp1252.csv", [0xEF, 0xBB, 0xBF] + text))
        #expect(file.encoding == .windows1252)
        let at = try #require(file.invalidUTF8At)
        #expect(at.line == line && at.column == column)
    }

    @Test("invalid UTF-8 in a file with `\\r` line ends is located on the right line")
    func invalidUTF8WithCarriageReturns() throws {
        let bytes: [UInt8] = Array("A,B\r1,2\r3,".utf8) + [0xE9] + Array("\r".utf8)
        let file = try DelimitedFile(path: Fixture.temporary("cr_cp1252.csv", bytes))
        let at = try #require(file.invalidUTF8At)
        #expect(at.line == 3 && at.column == 3)
    }
}
