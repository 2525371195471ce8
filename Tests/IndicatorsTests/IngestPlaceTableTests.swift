import Testing
@testable import Indicators

/// `PlaceTable`: one dense id per distinct place, in first-seen order; fields compared byte for byte,
/// including where one field ends and the next begins.
@Suite("Ingest: the place table")
struct IngestPlaceTableTests {
    /// The id of every row of `rows` (one CSV line each), looked up on fields `indices`, in order.
    private static func ids(_ rows: [String], indices: [Int], capacity: Int = 1024) -> [UInt32] {
        IngestSupport.withBytes(rows.joined(separator: "\n") + "\n") { p in
            var table = PlaceTable(capacity: capacity)
            var found: [UInt32] = []
            let fields = RowFields()
            var position = 0
            while position < p.count {
                let scan = CSVScanner.scanRow(p, from: position, delimiter: UInt8(ascii: ","), into: fields)
                found.append(indices.withUnsafeBufferPointer { table.id(p, fields.spans, $0) })
                position = scan.next
            }
            #expect(table.count == Set(found).count + 1)
            return found
        }
    }

    @Test("equal fields share an id; a changed byte, split or quoting is another place")
    func sameBytesOnly() {
        let rows = ["x,AB,C,1", "y,AB,C,2", "x,A,BC,3", "x,AB,D,4", "x,\"AB\",C,5", "z,A,BC,6", "x,AB,C,7"]
        // Row 2 differs only outside the place fields (1 and 2); rows 3–5 differ inside them.
        #expect(Self.ids(rows, indices: [1, 2]) == [1, 1, 2, 3, 4, 2, 1])
    }

    @Test("long names that share their length and first and last eight bytes are told apart")
    func namesAlikeAtBothEnds() {
        let rows = ["105001000001,INSTITUCION EDUCATIVA SAN JOSE DEL NORTE",
                    "105001000001,INSTITUCION EDUCATIVA SAN JUAN DEL NORTE",
                    "105001000001,INSTITUCION EDUCATIVA SAN JOSE DEL NORTE",
                    "105001000001,INSTITUCION EDUCATIVA SAN JUAN DEL NORTE"]
        #expect(Self.ids(rows, indices: [0, 1]) == [1, 2, 1, 2])
    }

    @Test("ids survive the table's growth, first-seen order, empty fields included")
    func growth() {
        let rows = (0..<300).map { "\($0 % 100),,SEDE\($0 % 100)" }
        let found = Self.ids(rows, indices: [0, 1, 2], capacity: 4)
        #expect(found == (0..<300).map { UInt32($0 % 100 + 1) })
    }
}
