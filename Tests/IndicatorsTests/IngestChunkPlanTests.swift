import Testing
@testable import Indicators

/// `ChunkPlan` splits a file for parallel scanning; every split must give exactly the rows and line
/// numbers of one sequential pass, wherever the raw boundary falls.
@Suite("Ingest: chunk plan")
struct IngestChunkPlanTests {
    typealias Row = IngestSupport.ScannedRow
    static let comma = UInt8(ascii: ",")
    static let mebibyte = 1 << 20

    /// Rows of a single sequential pass from `dataStart`.
    static func sequentialRows(_ bytes: [UInt8], dataStart: Int, dataLine: Int) -> [Row] {
        IngestSupport.scan(bytes, delimiter: comma, from: dataStart, firstLine: dataLine)
    }

    /// Rows of every chunk of `plan`, concatenated in chunk order.
    static func chunkedRows(_ bytes: [UInt8], plan: ChunkPlan) -> [Row] {
        plan.chunks.flatMap { chunk in
            IngestSupport.scan(bytes, delimiter: comma, from: chunk.start, to: chunk.end, firstLine: chunk.firstLine)
        }
    }

    /// Filler rows `k,xxxx…` of exactly `length` bytes in total (`length` ≥ 64), ending with `lineEnd`.
    static func filler(_ length: Int, lineEnd: [UInt8], first: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(length)
        var k = first
        while length - out.count > 0 {
            let remaining = length - out.count
            let size = remaining >= 2048 ? 1000 : remaining
            let prefix = Array("\(k),".utf8)
            out += prefix + [UInt8](repeating: UInt8(ascii: "x"), count: size - prefix.count - lineEnd.count) + lineEnd
            k += 1
        }
        return out
    }

    /// A file `ID,TEXT` whose 2 MiB of data put `pivot[split]` exactly on the raw boundary between the
    /// two chunks that `ChunkPlan(count: 2)` makes.
    static func pivotFile(_ pivot: String, split: Int, lineEnd: String) -> (bytes: [UInt8], dataStart: Int) {
        let end = Array(lineEnd.utf8)
        let header = Array("ID,TEXT".utf8) + end
        let before = filler(mebibyte - split, lineEnd: end, first: 1)
        let pivotBytes = Array(pivot.utf8)
        let after = filler(2 * mebibyte - before.count - pivotBytes.count, lineEnd: end, first: 100_000)
        return (header + before + pivotBytes + after, header.count)
    }

    struct PivotCase: CustomTestStringConvertible, Sendable {
        var name: String
        var pivot: String
        var split: Int
        var lineEnd: String
        /// The pivot row's fields (nil when it runs to the end of the file).
        var fields: [String]?
        var testDescription: String { name }
    }

    static let pivots: [PivotCase] = [
        PivotCase(name: "on a newline inside quotes", pivot: "P,\"ab\ncd\"\n", split: 5, lineEnd: "\n",
                  fields: ["P", "ab\ncd"]),
        PivotCase(name: "just after a newline inside quotes", pivot: "P,\"ab\ncd\"\n", split: 6, lineEnd: "\n",
                  fields: ["P", "ab\ncd"]),
        PivotCase(name: "on an opening quote", pivot: "P,\"a\nb\"\n", split: 2, lineEnd: "\n", fields: ["P", "a\nb"]),
        PivotCase(name: "on a closing quote", pivot: "P,\"a\nb\"\n", split: 6, lineEnd: "\n", fields: ["P", "a\nb"]),
        PivotCase(name: "between the quotes of a `\"\"` escape", pivot: "P,\"a\"\"\nb\"\n", split: 5,
                  lineEnd: "\n", fields: ["P", "a\"\nb"]),
        PivotCase(name: "exactly at a row start", pivot: "P,q\n", split: 0, lineEnd: "\n", fields: ["P", "q"]),
        PivotCase(name: "between `\\r` and `\\n` of a row end", pivot: "P,q\r\n", split: 4, lineEnd: "\r\n",
                  fields: ["P", "q"]),
        PivotCase(name: "on the `\\r` of a row end", pivot: "P,q\r\n", split: 3, lineEnd: "\r\n", fields: ["P", "q"]),
        PivotCase(name: "between `\\r` and `\\n` inside quotes", pivot: "P,\"a\r\nb\"\r\n", split: 5,
                  lineEnd: "\r\n", fields: ["P", "a\r\nb"]),
        PivotCase(name: "just after a lone `\\r` row end", pivot: "P,q\r", split: 4, lineEnd: "\r", fields: ["P", "q"]),
        PivotCase(name: "after an unterminated quote", pivot: "P,\"ab\ncd\n", split: 4, lineEnd: "\n", fields: nil),
        PivotCase(name: "on a lone `\\r` inside quotes", pivot: "P,\"a\rb\"\r", split: 4, lineEnd: "\r",
                  fields: ["P", "a\rb"]),
    ]

    @Test("a raw boundary anywhere in a row gives the rows and lines of one pass", arguments: pivots)
    func boundaryPlacement(_ c: PivotCase) throws {
        let file = Self.pivotFile(c.pivot, split: c.split, lineEnd: c.lineEnd)
        let expected = Self.sequentialRows(file.bytes, dataStart: file.dataStart, dataLine: 2)
        if let fields = c.fields { #expect(expected.contains { $0.fields == fields }) }
        let plan = file.bytes.withUnsafeBufferPointer {
            ChunkPlan($0, dataStart: file.dataStart, dataLine: 2, count: 2)
        }
        #expect(plan.chunks.count == 2)
        #expect(plan.chunks.first?.start == file.dataStart)
        #expect(plan.chunks.last?.end == file.bytes.count)
        let rows = Self.chunkedRows(file.bytes, plan: plan)
        #expect(rows.count == expected.count)
        #expect(rows == expected)
    }

    /// A seeded generator of rows whose quoted fields hold delimiters, `""` escapes and every kind of
    /// line end; returns the bytes and the rows a correct reader must produce.
    static func generatedFile(bytes target: Int, seed: UInt64) -> (bytes: [UInt8], dataStart: Int, rows: [Row]) {
        var rng = IngestSplitMix(seed: seed)
        let ends = ["\n", "\r\n", "\r"]
        var text: [UInt8] = Array("ID,TEXT,N\n".utf8)
        let dataStart = text.count
        var rows: [Row] = []
        var line = 2
        var id = 0
        while text.count < target {
            id += 1
            var value = ""
            var raw = "\""
            var breaks = 0
            for _ in 0..<Int.random(in: 1...12, using: &rng) {
                let word = String(repeating: "abcdefgh", count: Int.random(in: 1...40, using: &rng))
                value += word
                raw += word
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: value += "\""; raw += "\"\""
                case 1: value += ","; raw += ","
                default:
                    let end = ends[Int.random(in: 0..<3, using: &rng)]
                    value += end
                    raw += end
                    breaks += 1
                }
            }
            raw += "\""
            let rowEnd = ends[Int.random(in: 0..<3, using: &rng)]
            text += Array("\(id),\(raw),\(id % 7)\(rowEnd)".utf8)
            rows.append(Row(line: line, fields: ["\(id)", value, "\(id % 7)"]))
            line += breaks + 1
        }
        return (text, dataStart, rows)
    }

    @Test("a generated 3 MiB file with quoted line ends gives the same rows in 3 chunks as in one")
    func generatedFileChunked() throws {
        let file = Self.generatedFile(bytes: 3 * Self.mebibyte + 4096, seed: 20_240_601)
        let sequential = Self.sequentialRows(file.bytes, dataStart: file.dataStart, dataLine: 2)
        #expect(sequential == file.rows)
        let plan = file.bytes.withUnsafeBufferPointer {
            ChunkPlan($0, dataStart: file.dataStart, dataLine: 2, count: 3)
        }
        #expect(plan.chunks.count == 3)
        // The test only means something if a raw boundary fell inside a quoted field.
        let total = file.bytes.count - file.dataStart
        let insideQuotes = (1..<3).filter { k in
            let boundary = file.dataStart + total * k / 3
            return file.bytes[file.dataStart..<boundary].filter { $0 == UInt8(ascii: "\"") }.count % 2 == 1
        }
        #expect(!insideQuotes.isEmpty)
        #expect(Self.chunkedRows(file.bytes, plan: plan) == file.rows)
    }

    @Test("a small file is one chunk whatever the requested count")
    func smallFileOneChunk() {
        let bytes = Array("A,B\n1,2\n3,4\n".utf8)
        let plan = bytes.withUnsafeBufferPointer { ChunkPlan($0, dataStart: 4, dataLine: 2, count: 8) }
        #expect(plan.chunks == [ChunkPlan.Chunk(start: 4, end: bytes.count, firstLine: 2)])
    }

    @Test("the matricula loader reads a multi-chunk file like one pass: rows, lines and names")
    func matriculaLoaderChunks() throws {
        var text = "ANO,CODIGO_DANE,PER_ID,GRADO,NOMBRE_ESTABLECIMIENTO\n"
        var expectedLines: [UInt32] = []
        var expectedNames: [String] = []
        var rejectedLines: [Int] = []
        var line = 2
        var k = 0
        while text.utf8.count < 3 * Self.mebibyte {
            k += 1
            let name = "Colegio \(k)\n\"sede\" " + String(repeating: "n", count: 200 + k % 300) + "\r\nfin"
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let grade = k % 1000 == 0 ? "X" : "\(k % 12)"
            text += "2019,111001000001,\(k),\(grade),\(quoted)\n"
            if grade == "X" { rejectedLines.append(line) } else {
                expectedLines.append(UInt32(line))
                expectedNames.append(name)
            }
            line += 3
        }
        let result = Ingestor.load([Fixture.temporary("chunks.csv", text)])
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == k)
        #expect(summary.rowsUsed == expectedLines.count)
        #expect(result.enrollment.columns.line == expectedLines)
        #expect(result.rejects.map(\.line) == rejectedLines)
        let names = result.enrollment.columns.institutionName.map { result.enrollment.interners.institutionName.string($0) }
        #expect(names == expectedNames)
    }

    @Test("the tally counts quotes and line ends like a byte-by-byte count, on any range", arguments: [1, 2, 3])
    func tallyMatchesNaiveCount(seed: UInt64) {
        var random = IngestSplitMix(seed: seed)
        let alphabet: [UInt8] = Array("a,\"\n\r".utf8)
        let bytes = (0..<20_000).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        bytes.withUnsafeBufferPointer { p in
            for _ in 0..<50 {
                let a = Int(random.next() % UInt64(bytes.count)), b = Int(random.next() % UInt64(bytes.count))
                let range = min(a, b)..<max(a, b)
                var quotes = 0, lineEnds = 0
                for i in range {
                    if bytes[i] == 0x22 { quotes += 1 }
                    if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
                        lineEnds += 1
                    }
                }
                let tally = ChunkPlan.tally(p, range)
                #expect(tally.quotes == quotes && tally.lineEnds == lineEnds, "range \(range)")
            }
            let whole = ChunkPlan.tally(p, 0..<bytes.count)
            #expect(whole.quotes == bytes.count { $0 == 0x22 })
        }
    }
}
