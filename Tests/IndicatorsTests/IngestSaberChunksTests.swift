import Testing
@testable import Indicators

/// Saber 11 files are read in chunks on every core (`ChunkedRowReader`): records, rejects, warnings and
/// counts come out as one sequential read gives them, whatever the block size.
@Suite("Ingest: Saber 11 in chunks")
struct IngestSaberChunksTests {
    static let rows = 40_000
    /// Rows (0-based) with an absurd score, a code in scientific notation, a bad period, a stray quote.
    static let absurdGlobal = [4, 35_000], absurdEnglish = [30_000]
    static let scientific = [20_000, 39_000], badPeriod = 25_000, strayQuote = 12_000

    /// A file of about 2.6 MB: several chunks and, with small blocks, several blocks.
    static func file() -> String {
        var text = "PERIODO,ESTU_CONSECUTIVO,COLE_COD_DANE_ESTABLECIMIENTO,PUNT_GLOBAL,PUNT_INGLES,NOMBRE\n"
        for k in 0..<rows {
            let period = k == badPeriod ? "X" : "20194"
            let code = scientific.contains(k) ? "1.05001E+11" : "1050010000\(10 + k % 90)"
            let global = absurdGlobal.contains(k) ? "9999" : "\(200 + k % 100)"
            let english = absurdEnglish.contains(k) ? "-3" : "\(k % 100)"
            let name = k == strayQuote ? "O\"BRIEN" : "ESTUDIANTE"
            text += "\(period),SB\(100_000 + k),\(code),\(global),\(english),\(name)\n"
        }
        return Fixture.temporary("saber11_2019.csv", text)
    }

    static func load(_ path: String, blockSize: Int) -> IngestResult {
        var options = IngestOptions()
        options.blockSize = blockSize
        return Ingestor.load([path], options: options)
    }

    @Test("records, rejects, warnings and counts at the rows placed by hand", arguments: [4093, 1 << 20, 8 << 20])
    func handPlaced(_ blockSize: Int) throws {
        let result = Self.load(Self.file(), blockSize: blockSize)
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == Self.rows)
        #expect(summary.rowsRejected == 1)
        #expect(summary.rowsUsed == Self.rows - 1)
        // Line = row + 2 (the header is line 1).
        #expect(result.rejects.map(\.line) == [Self.badPeriod + 2])
        #expect(result.saber.map(\.line) == (0..<Self.rows).filter { $0 != Self.badPeriod }.map { $0 + 2 })
        #expect(result.saber[4].global == nil && result.saber[5].global == 205)
        let warnings = summary.warnings.map { "\($0.column) \($0.count) \($0.exampleLine) \($0.exampleValue)" }
        #expect(warnings == ["PUNT_GLOBAL 2 6 9999", "PUNT_INGLES 1 30002 -3"])
        let check = try #require(summary.checks.first { $0.check == "codigo_notacion_cientifica" })
        #expect(check.cases == 2)
        #expect(check.example.hasPrefix("línea 20002: '1.05001E+11'"))
        #expect(result.saber.filter { $0.institution.isEmpty }.count == 2)
    }
}
