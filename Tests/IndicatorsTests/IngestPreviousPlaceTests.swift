import Testing
@testable import Indicators

/// A row whose place fields are the bytes of the previous row's reuses its place id without a lookup;
/// any difference, even one that keeps the fields' concatenation, is a new lookup.
@Suite("Ingest: the previous row's place")
struct IngestPreviousPlaceTests {
    /// Scans `rows` (one CSV line each) and returns the buffer and every row's field spans.
    private static func withRows<R>(_ rows: [String], _ body: (UnsafeBufferPointer<UInt8>, [[FieldSpan]]) -> R) -> R {
        IngestSupport.withBytes(rows.joined(separator: "\n") + "\n") { p in
            var spans: [[FieldSpan]] = []
            let fields = RowFields()
            var position = 0
            while position < p.count {
                let scan = CSVScanner.scanRow(p, from: position, delimiter: UInt8(ascii: ","), into: fields)
                spans.append(Array(fields.spans))
                position = scan.next
            }
            return body(p, spans)
        }
    }

    @Test("equal place fields give the remembered id; a changed field, split or length does not")
    func sameBytesOnly() {
        let rows = ["x,AB,C,1", "y,AB,C,2", "x,A,BC,3", "x,AB,D,4", "x,\"AB\",C,5"]
        let found: [Int?] = Self.withRows(rows) { p, spans in
            let previous = PreviousPlace(fieldIndices: [1, 2])
            #expect(spans[0].withUnsafeBufferPointer { previous.id(of: p, $0) } == nil)   // nothing remembered
            spans[0].withUnsafeBufferPointer { previous.remember(7, p, $0) }
            return spans.dropFirst().map { row in row.withUnsafeBufferPointer { previous.id(of: p, $0) } }
        }
        // Row 2 differs only outside the place fields; rows 3–5 differ in a place field's bytes.
        #expect(found == [7, nil, nil, nil])
    }

    @Test("after forget, nothing is reused")
    func forgotten() {
        let found: Int? = Self.withRows(["a,b", "a,b"]) { p, spans in
            let previous = PreviousPlace(fieldIndices: [0, 1])
            spans[0].withUnsafeBufferPointer { previous.remember(3, p, $0) }
            previous.forget()
            return spans[1].withUnsafeBufferPointer { previous.id(of: p, $0) }
        }
        #expect(found == nil)
    }

    @Test("consecutive rows of one sede with another institution name keep their own name")
    func loadedNames() {
        let header = "ANO,CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,CODIGO_DANE_SEDE,MUN_CODIGO,PER_ID,GRADO"
        let rows = ["2024,105001000001,ESCUELA UNO,10500100000101,05001,1,3",
                    "2024,105001000001,ESCUELA UNO,10500100000101,05001,2,3",
                    "2024,105001000001,ESCUELA UNO BIS,10500100000101,05001,3,3",
                    "2024,105001000001,ESCUELA UNO,10500100000101,05001,4,3"]
        let path = Fixture.temporary("lugar_repetido.csv", ([header] + rows).joined(separator: "\n") + "\n")
        let store = Ingestor.load([path]).enrollment
        let names = IngestSupport.strings(store.columns.institutionName, store.interners.institutionName)
        #expect(names == ["ESCUELA UNO", "ESCUELA UNO", "ESCUELA UNO BIS", "ESCUELA UNO"])
    }
}
