import Testing
@testable import Indicators

/// SPEC §1.1: the delimiter is sniffed among `,` `;` tab `|` `¬`.
@Suite("Ingest: dialect sniffing")
struct IngestDialectTests {
    struct DialectCase: CustomTestStringConvertible, Sendable {
        var fixture: String
        var delimiter: String
        var header: [String]
        var testDescription: String { "\(fixture) → \(delimiter)" }
    }

    static let matriculaHeader = ["ANO", "CODIGO_DANE", "PER_ID", "GRADO", "NOMBRE_ESTABLECIMIENTO"]

    static let dialects: [DialectCase] = [
        DialectCase(fixture: "utf8_bom.csv", delimiter: ",", header: matriculaHeader),
        DialectCase(fixture: "semicolon_cp1252.csv", delimiter: ";", header: matriculaHeader + ["MUNICIPIO_CODIGO"]),
        DialectCase(fixture: "tab_delimited.tsv", delimiter: "\\t", header: matriculaHeader),
        DialectCase(fixture: "pipe_delimited.csv", delimiter: "|", header: matriculaHeader),
        DialectCase(fixture: "notsign_icfes.txt", delimiter: "¬", header: [
            "PERIODO", "ESTU_CONSECUTIVO", "COLE_COD_DANE_ESTABLECIMIENTO", "PUNT_MATEMATICAS",
            "PUNT_LECTURA_CRITICA", "PUNT_GLOBAL", "ESTU_ESTADOINVESTIGACION",
        ]),
    ]

    @Test("each delimiter is sniffed and the header split on it", arguments: dialects)
    func sniffsEachDialect(_ c: DialectCase) throws {
        let file = try DelimitedFile(path: Fixture.path("ingest/\(c.fixture)"))
        #expect(file.dialect.name == c.delimiter)
        #expect(file.normalizedHeader == c.header)
        #expect(file.dataLine == 2)
    }

    @Test("the loader reports the sniffed delimiter in the file summary", arguments: dialects)
    func summaryNamesDelimiter(_ c: DialectCase) throws {
        let result = IngestSupport.load(c.fixture)
        #expect(result.errors.isEmpty)
        let summary = try #require(result.files.first)
        #expect(summary.delimiter == c.delimiter)
        #expect(summary.rowsUsed >= 1)
    }

    @Test("values holding the other candidate delimiters stay whole in a tab file")
    func otherDelimitersInValues() {
        let result = IngestSupport.load("tab_delimited.tsv")
        let names = IngestSupport.strings(result.enrollment.columns.institutionName,
                                          result.enrollment.interners.institutionName)
        #expect(names == ["Colegio San José, sede A", "Colegio; Mixto | Norte"])
    }

    @Test("values holding `,` and `;` stay whole in a pipe file")
    func pipeValues() {
        let result = IngestSupport.load("pipe_delimited.csv")
        let names = IngestSupport.strings(result.enrollment.columns.institutionName,
                                          result.enrollment.interners.institutionName)
        #expect(names == ["Colegio San José, sede A", "Colegio; Mixto"])
    }

    @Test("`¬` becomes one delimiter byte in the scanned buffer")
    func notSignRewritten() throws {
        let file = try DelimitedFile(path: Fixture.path("ingest/notsign_icfes.txt"))
        #expect(file.dialect.isNotSign)
        #expect(file.dialect.delimiter == Dialect.notSignByte)
        #expect(try !file.readAll().contains(0xAC))
        #expect(file.header.count == 7)
    }

    @Test("`¬` written as Windows-1252 byte 0xAC is sniffed too")
    func notSignWindows1252() throws {
        // "PERIODO¬PUNT_GLOBAL\n20194¬250\n" with ¬ as the single Windows-1252 byte 0xAC.
        let bytes: [UInt8] = Array("PERIODO".utf8) + [0xAC] + Array("PUNT_GLOBAL\n20194".utf8) + [0xAC]
            + Array("250\n".utf8)
        let file = try DelimitedFile(path: Fixture.temporary("notsign_cp1252.txt", bytes))
        #expect(file.encoding == .windows1252)
        #expect(file.dialect.name == "¬")
        #expect(file.header == ["PERIODO", "PUNT_GLOBAL"])
    }

    @Test("a ragged row and a row written with another delimiter do not decide the sniff")
    func badRowInSample() throws {
        // `;` gives 4 fields on the header and three rows; the `;;;;;;` row (10 fields) and the row
        // written with commas (11 fields under `,`) are one row each.
        let file = try DelimitedFile(path: Fixture.path("ingest/sniff_bad_row.csv"))
        #expect(file.dialect.name == ";")
        #expect(file.header == ["ANO", "CODIGO_DANE", "PER_ID", "GRADO"])
        let result = IngestSupport.load("sniff_bad_row.csv")
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == 5 && summary.rowsUsed == 3 && summary.rowsRejected == 2)
        #expect(result.rejects.map(\.line) == [3, 4])
        #expect(result.rejects.allSatisfy { $0.reason == .fieldCount })
    }

    @Test("decimal commas in a semicolon file do not make it a comma file")
    func decimalCommas() throws {
        let file = try DelimitedFile(path: Fixture.path("ingest/semicolon_decimal_comma.csv"))
        #expect(file.dialect.name == ";")
    }

    @Test("ties on the row count go to the candidate with more fields", arguments: [
        ("A,B,C;D\n1,2,3;4\n", ","),
        ("A;B;C,D\n1;2;3,4\n", ";"),
        ("A|B|C\tD\n1|2|3\t4\n", "|"),
        ("A\tB\tC|D\n1\t2\t3|4\n", "\\t"),
    ])
    func tiesGoToMoreFields(_ text: String, _ expected: String) {
        #expect(Dialect.sniff(Array(text.utf8)).name == expected)
    }

    @Test("delimiters inside quoted fields are not counted")
    func quotedDelimitersIgnored() {
        let text = "NOMBRE,CODIGO\n\"x;y;z\",1\n\"p;q;r\",2\n"
        #expect(Dialect.sniff(Array(text.utf8)).name == ",")
    }

    @Test("a file with one column is read with its single header name")
    func oneColumn() throws {
        let file = try DelimitedFile(path: Fixture.path("ingest/one_column.csv"))
        #expect(file.header == ["NOMBRE"])
        let rows = IngestSupport.scan(try file.readAll(), delimiter: file.dialect.delimiter, from: file.dataStart,
                                      firstLine: file.dataLine)
        #expect(rows.map(\.fields) == [["Ana"], ["Luis"], ["Marta"]])
        #expect(rows.map(\.line) == [2, 3, 4])
    }
}
