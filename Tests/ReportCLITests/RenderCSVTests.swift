import Foundation
import Indicators
import Testing
@testable import ReportCLI

@Suite("CSV table writer")
struct RenderCSVTests {
    /// Expected strings are Python's `'%.6f' % x` (C printf, half to even on the exact binary value);
    /// a negative zero result is written unsigned.
    @Test("six decimals round like printf %.6f", arguments: [
        (0.0078125, "0.007812"),
        (0.0000005, "0.000000"),
        (1.0 / 3.0, "0.333333"),
        (2.0 / 3.0, "0.666667"),
        (0.0000015, "0.000002"),
        (0.0000025, "0.000003"),
        (0.1234565, "0.123456"),
        (123.4567895, "123.456789"),
        (-0.25, "-0.250000"),
        (-0.0000001, "0.000000"),
        (-0.0, "0.000000"),
        (0, "0.000000"),
        (1, "1.000000"),
        (12_345_678_901.5, "12345678901.500000"),
    ])
    func sixDecimals(value: Double, expected: String) {
        var buffer: [UInt8] = []
        buffer.appendSixDecimals(value, separator: UInt8(ascii: "."))
        #expect(String(decoding: buffer, as: UTF8.self) == expected)
    }

    @Test("empty cells of every numeric kind are written empty, between values written in full")
    func emptyNumericCells() {
        let table = ResultTable(name: "t", columns: [
            ResultColumn("n", .integers([nil, 3, -2])),
            ResultColumn("tasa", .rates([0.5, nil, 0])),
            ResultColumn("media", .decimals([nil, nil, 12.25])),
        ])
        let csv = String(decoding: CSVTableWriter().bytes(for: table), as: UTF8.self)
        #expect(csv == "n,tasa,media\n,0.500000,\n3,,\n-2,0.000000,12.250000\n")
    }

    @Test("the fast path agrees with String(format:) on 20 000 seeded values, half of them near ties")
    func fastPathMatchesPrintf() {
        var generator = SplitMix64(seed: 20_240_611)
        for sample in 0..<20_000 {
            let sign: Double = Bool.random(using: &generator) ? 1 : -1
            let magnitude = sample.isMultiple(of: 2)
                ? pow(10, Double.random(in: -8...6, using: &generator))
                : (Double(Int.random(in: 0..<10_000_000, using: &generator)) + 0.5) / 1e6
            let value = sign * magnitude
            var buffer: [UInt8] = []
            buffer.appendSixDecimals(value, separator: UInt8(ascii: "."))
            var expected = String(format: "%.6f", value)
            if expected == "-0.000000" { expected = "0.000000" }
            #expect(String(decoding: buffer, as: UTF8.self) == expected, "value \(value)")
        }
    }

    @Test("integers are written as is, including the extremes", arguments: [
        (Int64(0), "0"), (-5, "-5"), (1_234_567, "1234567"),
        (Int64.max, "9223372036854775807"), (Int64.min, "-9223372036854775808"),
    ])
    func integers(value: Int64, expected: String) {
        var buffer: [UInt8] = []
        buffer.appendDecimalDigits(of: value)
        #expect(String(decoding: buffer, as: UTF8.self) == expected)
    }

    @Test("standard dialect: header, comma, LF, nil as empty, six decimals")
    func standardTable() {
        let csv = String(decoding: CSVTableWriter().bytes(for: RenderFixtures.threeRows), as: UTF8.self)
        #expect(csv == """
            anio,municipio,matricula,tasa_desercion_intraanual,edad_media
            2019,Pasto,1234,0.034512,12.250000
            2020,San Juan | Sur,,,
            2021,,0,0.000000,-0.040000

            """)
    }

    @Test("quotes only fields with comma, quote, CR or LF; doubles inner quotes")
    func standardQuoting() {
        let csv = String(decoding: CSVTableWriter().bytes(for: RenderFixtures.awkwardTexts), as: UTF8.self)
        #expect(csv == "texto\nplano\n\"a,b\"\n\"dice \"\"hola\"\"\"\n\"linea\nnueva\"\n\"retorno\rx\"\npunto;coma\n\n")
    }

    @Test("Spanish spreadsheet dialect: BOM, semicolon, decimal comma, CRLF, and ; quoted")
    func spanishBytes() {
        let table = ResultTable(name: "t", columns: [
            ResultColumn("anio", .integers([2019])),
            ResultColumn("tasa", .rates([0.034512])),
            ResultColumn("nombre", .texts(["a;b"])),
            ResultColumn("lista", .texts(["x,y"])),
        ])
        let bytes = CSVTableWriter(dialect: .spanishSpreadsheet).bytes(for: table)
        let expected: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("anio;tasa;nombre;lista\r\n2019;0,034512;\"a;b\";\"x,y\"\r\n".utf8)
        #expect(bytes == expected)
    }

    @Test("a table without rows is just its header")
    func headerOnly() {
        let table = ResultTable(name: "vacia", columns: [ResultColumn("anio", .integers([])), ResultColumn("b", .texts([]))])
        #expect(CSVTableWriter().bytes(for: table) == Array("anio,b\n".utf8))
    }
}

/// SplitMix64: a tiny seeded generator so property tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    /// Current state.
    private var state: UInt64

    /// Starts the sequence at `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
