import Testing
@testable import Indicators

/// SPEC §1.1: RFC 4180 quoting and `\n`, `\r\n`, `\r` line ends, in the scanner and through the loader.
@Suite("Ingest: quoting and line ends")
struct IngestQuotingTests {
    typealias Row = IngestSupport.ScannedRow
    static let comma = UInt8(ascii: ",")

    func scan(_ text: String) -> [Row] { IngestSupport.scan(Array(text.utf8), delimiter: Self.comma) }

    @Test("a quoted field may hold the delimiter")
    func embeddedDelimiter() {
        #expect(scan("a,\"b,c\",d\n") == [Row(line: 1, fields: ["a", "b,c", "d"])])
    }

    @Test("`\"\"` inside quotes is one literal quote", arguments: [
        ("\"He said \"\"hi\"\"\",x\n", ["He said \"hi\"", "x"]),
        ("\"\",x\n", ["", "x"]),
        ("\"\"\"\",x\n", ["\"", "x"]),
        ("\"a\"\"\",\"\"\"b\"\n", ["a\"", "\"b"]),
    ])
    func doubledQuotes(_ text: String, _ fields: [String]) {
        #expect(scan(text) == [Row(line: 1, fields: fields)])
    }

    @Test("a quoted field may hold a line end; later rows keep their physical line numbers",
          arguments: ["\n", "\r\n", "\r"])
    func embeddedLineEnd(_ end: String) {
        let text = "h1,h2\(end)1,\"x\(end)y\(end)z\"\(end)2,w\(end)\(end)3,v"
        #expect(scan(text) == [
            Row(line: 1, fields: ["h1", "h2"]),
            Row(line: 2, fields: ["1", "x\(end)y\(end)z"]),
            Row(line: 5, fields: ["2", "w"]),
            Row(line: 7, fields: ["3", "v"]),
        ])
    }

    @Test("mixed line ends in one file are each one line end")
    func mixedLineEnds() {
        #expect(scan("a,b\r\nc,d\re,f\ng,h").map(\.line) == [1, 2, 3, 4])
    }

    @Test("the file's last row needs no line end, and a trailing line end adds no row")
    func lastRow() {
        #expect(scan("a,b\nc,d") == scan("a,b\nc,d\n"))
        #expect(scan("a,b\nc,d").count == 2)
    }

    @Test("an unterminated quote runs to the end of the buffer and is flagged")
    func unterminatedQuote() {
        let bytes = Array("a,\"b\nc,d\n".utf8)
        let row = RowFields()
        let scan = bytes.withUnsafeBufferPointer {
            CSVScanner.scanRow($0, from: 0, delimiter: Self.comma, into: row)
        }
        #expect(scan.unterminatedQuote)
        #expect(scan.next == bytes.count)
        #expect(row.count == 2)
    }

    @Test("a reused field buffer grows for a row with more fields than it holds, and is cleared per row")
    func rowFieldsGrow() {
        let bytes = Array("a,bb,,\"c,d\",e\nf\n".utf8)
        let row = RowFields(capacity: 1)
        bytes.withUnsafeBufferPointer { p in
            let first = CSVScanner.scanRow(p, from: 0, delimiter: Self.comma, into: row)
            #expect(row.spans.map { "\($0.start)-\($0.end)\($0.quoted ? "q" : "")" } == ["0-1", "2-4", "5-5", "6-11q", "12-13"])
            #expect(first.next == 14)
            _ = CSVScanner.scanRow(p, from: first.next, delimiter: Self.comma, into: row)
            #expect(row.spans.map { "\($0.start)-\($0.end)" } == ["14-15"])
        }
    }

    @Test("fields of every length around the scanner's eight-byte words, quoted and not, to the end of the buffer",
          arguments: ["\n", "\r\n", "\r", ""])
    func fieldsAcrossWords(_ end: String) {
        // Row r has fields of lengths r, r+1, …: every stop falls at every offset of a word, a quoted
        // field (with a delimiter, a quote and a line end inside) starts and ends inside words, and
        // the last rows lie within eight bytes of the buffer's end (no line end after the last one).
        var rows: [[String]] = []
        for r in 0..<12 {
            var fields = (0..<5).map { k in String(repeating: "x", count: (r + k) % 11) + "\(k)" }
            if r % 3 == 1 { fields[2] = "q,\"\(end)\(r)" }
            rows.append(fields)
        }
        rows.append(["a"])
        rows.append(["b", ""])
        func encoded(_ field: String) -> String {
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        let separator = end.isEmpty ? "\n" : end
        let text = rows.map { $0.map(encoded).joined(separator: ",") }.joined(separator: separator) + end
        #expect(scan(text).map(\.fields) == rows)
    }

    @Test("unquoted values are trimmed of spaces and tabs")
    func trimming() {
        #expect(scan(" a ,\tb\t, c d \n") == [Row(line: 1, fields: ["a", "b", "c d"])])
    }

    @Test("the raw row for the rejects file has no line end")
    func rawRow() {
        let bytes = Array("a,b\r\nc,d\r\n".utf8)
        let text = bytes.withUnsafeBufferPointer { CSVScanner.rawRow($0, from: 5, to: bytes.count) }
        #expect(text == "c,d")
    }

    // MARK: Through the loader

    @Test("quoted newlines in a matricula file: values kept, line numbers of later rows right")
    func quotedNewlineFile() throws {
        let result = IngestSupport.load("quoted_newline.csv")
        let c = result.enrollment.columns, i = result.enrollment.interners
        #expect(IngestSupport.strings(c.institutionName, i.institutionName)
                == ["Colegio\nSanta Ana", "Colegio \"El Rosario\",\nsede 2", "y"])
        #expect(c.line == [2, 4, 7])
        let reject = try #require(result.rejects.first)
        #expect(result.rejects.count == 1)
        #expect(reject.line == 6 && reject.reason == .invalidGrade)
        #expect(reject.content == "2019,111001000001,3,ZZ,x")
    }

    @Test("quoted delimiters and quoted codes in a matricula file")
    func quotedDelimiterFile() throws {
        let result = IngestSupport.load("quoted_delimiter.csv")
        #expect(result.rejects.isEmpty)
        let c = result.enrollment.columns, i = result.enrollment.interners
        #expect(IngestSupport.strings(c.institutionName, i.institutionName)
                == ["Colegio San José, sede A", "\"La Salle\""])
        #expect(IngestSupport.strings(c.institution, i.institution) == ["111001000001", "111001000002"])
        // "Traslado, cambio de ciudad" is a transfer reason; the empty quoted reason is none.
        #expect(RecordFlags(rawValue: c.flags[0]).contains(.transferReason))
        #expect(!RecordFlags(rawValue: c.flags[1]).contains(.transferReason))
    }

    @Test("`\\r\\n` and lone `\\r` files read like `\\n` files, blank lines skipped but counted",
          arguments: ["crlf.csv", "cr_only.csv", nil])
    func lineEndFiles(_ fixture: String?) throws {
        // nil: the same rows with `\n`, built here.
        let path = fixture.map { Fixture.path("ingest/\($0)") } ?? Fixture.temporary("lf.csv",
            "ANO,CODIGO_DANE,PER_ID,GRADO\n2019,111001000001,1,5\n\n2019,111001000001,2,6\n2019,111001000001,3,X\n")
        let result = Ingestor.load([path])
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == 3 && summary.rowsUsed == 2 && summary.rowsRejected == 1)
        #expect(result.enrollment.columns.line == [2, 4])
        #expect(result.enrollment.columns.grade == [5, 6])
        let reject = try #require(result.rejects.first)
        #expect(reject.line == 5 && reject.content == "2019,111001000001,3,X")
    }

    @Test("an unterminated quote at the end of the file rejects that row only")
    func unterminatedQuoteFile() throws {
        let result = IngestSupport.load("unterminated_quote.csv")
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == 2 && summary.rowsUsed == 1 && summary.rowsRejected == 1)
        let reject = try #require(result.rejects.first)
        #expect(reject.reason == .unterminatedQuote && reject.line == 3)
        #expect(reject.content == "2019,111001000001,2,5,\"Colegio B\n2019,111001000001,3,5,Colegio C")
    }

    @Test("a file with every field quoted loads exactly like the same file unquoted")
    func everyFieldQuoted() {
        let rows = [
            ["ANO", "CODIGO_DANE", "CODIGO_DANE_SEDE", "MUN_CODIGO", "PER_ID", "NRO_DOCUMENTO", "GRADO", "ESTADO",
             "MOTIVO", "FECHA_NOVEDAD", "FECHA_NACIMIENTO", "REPITENTE", "ZONA"],
            ["2019", "111001000001.0", "11100100000101", "5001", "", " 0088 ", "Quinto", "Trasladado",
             "Traslado", "10/05/2019", "2008-06-01", "SI", "Rural"],
            ["2020", "111001000002", "", "11001", "7", "", "6", "", "", "", "01/06/2008", "N", "1"],
        ]
        func file(quoted: Bool) -> String {
            rows.map { $0.map { quoted ? "\"\($0)\"" : $0 }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
        let plain = Ingestor.load([Fixture.temporary("plain.csv", file(quoted: false))]).enrollment
        let quoted = Ingestor.load([Fixture.temporary("quoted.csv", file(quoted: true))]).enrollment
        #expect(quoted.count == 2 && plain.count == 2)
        for store in [plain, quoted] {
            #expect(IngestSupport.strings(store.columns.student, store.interners.student) == ["D88", "P7"])
            #expect(IngestSupport.strings(store.columns.institution, store.interners.institution)
                    == ["111001000001", "111001000002"])
            #expect(IngestSupport.strings(store.columns.municipality, store.interners.municipality) == ["05001", "11001"])
            #expect(store.columns.grade == [5, 6])
            #expect(store.columns.birthDate == [14031, 14031])   // 2008-06-01, days since 1970-01-01
            #expect(store.columns.flags.map(RecordFlags.init(rawValue:))
                    == [[.withdrawn, .transferReason, .repeater], []])
            #expect(store.columns.zone == [2, 1])
        }
        #expect(quoted.columns.year == plain.columns.year)
        #expect(quoted.columns.eventDate == plain.columns.eventDate)
        #expect(quoted.columns.sede == plain.columns.sede)
    }

    @Test("a stray quote inside an unquoted field does not swallow the following rows")
    func strayQuote() throws {
        let path = Fixture.temporary("stray_quote.csv",
            "ANO,CODIGO_DANE,PER_ID,GRADO,NOMBRE_ESTABLECIMIENTO\n2019,1,1,5,O\"Brien\n2019,1,2,5,x\n"
            + "2019,1,3,5,y\"z\n2019,1,4,5,w\n")
        let result = Ingestor.load([path])
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == 4)
        #expect(summary.rowsUsed + summary.rowsRejected == 4)
        let names = IngestSupport.strings(result.enrollment.columns.institutionName,
                                          result.enrollment.interners.institutionName)
        #expect(!names.contains { $0.contains("\n") })
    }
}
