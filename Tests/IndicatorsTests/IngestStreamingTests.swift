import Foundation
import Testing
@testable import Indicators

/// Issue 11 item 8 and issue 18: files are read in blocks into one reused buffer. Reading with tiny
/// blocks must give exactly what one block holding the whole file gives, wherever the boundaries
/// fall (inside quotes, between `\r` and `\n`, inside a multibyte character).
@Suite("Ingest: files read in pieces")
struct IngestStreamingTests {
    static let header = "ANO,CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,PER_ID,GRADO,ESTADO"

    /// A matricula file of about `target` bytes: CRLF and LF line ends, quoted names holding line
    /// ends, delimiters and `""`, 2- to 4-byte UTF-8 characters, and a few bad rows.
    static func generated(target: Int, seed: UInt64) -> [UInt8] {
        var random = IngestSplitMix(seed: seed)
        let names = ["\"Colegio \"\"Ñandú\"\"\r\nsede 2\"", "Escuela Peña", "\"Liceo, €uro 😀\"",
                     "\"Instituto\nTécnico\"", "Escuela Sur", "\"a\rb\""]
        var text = Array((header + "\r\n").utf8)
        var row = 0
        while text.count < target {
            row += 1
            let grade = row % 97 == 0 ? "XX" : String(Int.random(in: 0...11, using: &random))
            let line = "\(2018 + row % 3),11100100\(row % 7),\(names[row % names.count]),\(row % 5000),\(grade),MATRICULADO"
            text += Array(line.utf8) + (row % 3 == 0 ? [0x0A] : [0x0D, 0x0A])
        }
        return text
    }

    /// What the tests compare: rows, ids, texts, rejects and counts.
    static func digest(_ result: IngestResult) -> [String] {
        let c = result.enrollment.columns
        let i = result.enrollment.interners
        var out = result.files.map { "\($0.path) \($0.encoding) \($0.rowsRead) \($0.rowsUsed) \($0.rowsRejected) \($0.notes)" }
        out += result.errors.map(\.description)
        for k in 0..<c.count {
            out.append("\(c.year[k]) \(c.grade[k]) \(c.line[k]) \(i.student.string(c.student[k])) \(i.institutionName.string(c.institutionName[k]))")
        }
        out += result.rejects.map { "\($0.line) \($0.reason) \($0.content)" }
        return out
    }

    static func load(_ path: String, blockSize: Int, firstRead: Int = (1 << 20) + 1) -> IngestResult {
        var options = IngestOptions()
        options.blockSize = blockSize
        options.firstReadBytes = firstRead
        return Ingestor.load([path], options: options)
    }

    @Test("a 4.5 MB file read in small and in 2 MB blocks (several chunks each) equals one block",
          arguments: [4093, 2_097_155])
    func blocksEqualOneBlock(_ blockSize: Int) {
        let path = Fixture.temporary("big.csv", Self.generated(target: 4_500_000, seed: 7))
        let whole = Self.digest(Self.load(path, blockSize: 8 << 20))
        let pieces = Self.digest(Self.load(path, blockSize: blockSize))
        #expect(whole.count > 50_000)
        #expect(pieces == whole)
    }

    @Test("text ids follow first appearance in the file when chunks intern into lanes across blocks, a stray quote included")
    func idsFollowFileOrder() {
        var text = Self.generated(target: 4_500_000, seed: 11)
        // A stray quote in an unquoted field in the second 2 MB block: that block is scanned again in
        // one sequential chunk, with fresh dictionary lanes.
        let rowStart = text[2_500_000...].firstIndex(of: 0x0A)! + 1
        text.insert(contentsOf: Array("2019,111001009,Escuela O\"Brien,77,5,MATRICULADO\n".utf8), at: rowStart)
        let path = Fixture.temporary("lanes.csv", text)
        let pieces = Self.load(path, blockSize: 2_097_155)
        #expect(Self.digest(pieces) == Self.digest(Self.load(path, blockSize: 8 << 20)))
        let c = pieces.enrollment.columns, i = pieces.enrollment.interners
        // Expected ids: 1, 2, … in order of each text's first appearance, as one sequential read gives.
        func firstAppearance(_ ids: [UInt32], _ interner: ByteInterner) -> [UInt32] {
            var rank: [String: UInt32] = [:]
            return ids.map { id in
                let text = interner.string(id)
                if text.isEmpty { return 0 }
                if let known = rank[text] { return known }
                rank[text] = UInt32(rank.count + 1)
                return UInt32(rank.count)
            }
        }
        #expect(c.count > 50_000)
        #expect(IngestSupport.strings(c.institutionName, i.institutionName).contains("Escuela O\"Brien"))
        #expect(c.institutionName == firstAppearance(c.institutionName, i.institutionName))
        #expect(c.institution == firstAppearance(c.institution, i.institution))
        #expect(c.status == firstAppearance(c.status, i.status))
        #expect(c.student == firstAppearance(c.student, i.student))
    }

    /// Rows with a quoted CRLF, `""`, 2- to 4-byte characters and a CRLF/LF mix.
    static let tricky = "ANO,CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,PER_ID,GRADO\r\n"
        + "2019,1,\"Peña\r\n😀\",7,5\r\n2019,2,\"a,\"\"b\"\"\",8,6\n2019,3,€,9,7\r\n2019,4,x,10,XX\r\n"

    @Test("rows come out the same with a block boundary at every byte offset")
    func everyBoundaryPosition() {
        let path = Fixture.temporary("small.csv", Self.tricky)
        let whole = Self.digest(Self.load(path, blockSize: 1 << 20))
        // Expected by hand: lines 2 (its name spans lines 2–3), 4 and 5; line 6 has a bad grade.
        #expect(whole.contains("2019 5 2 P7 Peña\r\n😀"))
        #expect(whole.contains("2019 6 4 P8 a,\"b\""))
        #expect(whole.contains("2019 7 5 P9 €"))
        #expect(whole.contains("6 invalidGrade 2019,4,x,10,XX"))
        for size in 1..<40 {
            #expect(Self.digest(Self.load(path, blockSize: size, firstRead: size)) == whole, "block size \(size)")
        }
    }

    @Test("decoding in blocks keeps multibyte characters whole at every split")
    func decodingSplits() throws {
        let text = Array("a€b😀cñ¬d\r\n".utf8)
        let path = Fixture.temporary("split.csv", text)
        for size in 1..<8 {
            let blocks = TextBlocks(source: try InputSource(path: path), blockSize: size, forced: nil)
            var decoded: [UInt8] = []
            while try blocks.fill() {
                decoded += UnsafeBufferPointer(rebasing: blocks.text[blocks.start...])
                blocks.consume(to: blocks.end)
            }
            #expect(decoded == text, "block size \(size)")
            #expect(blocks.encoding == .utf8)
        }
    }

    @Test("invalid bytes outnumbering the valid UTF-8 text before them: the file is read again as Windows-1252")
    func restartAsWindows1252() {
        // Line 2 has one valid UTF-8 "ñ" (C3 B1); line 4 has two Windows-1252 bytes, "é" (E9) and
        // "ñ" (F1), invalid UTF-8: more invalid bytes than valid sequences, so the whole file is 1252.
        let bytes = Array("ANO,CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,PER_ID,GRADO\n2019,1,Peña,7,5\n2019,2,x,8,6\n2019,3,Caf".utf8)
            + [0xE9] + Array(" Ni".utf8) + [0xF1] + Array("o,9,7\n".utf8)
        let path = Fixture.temporary("mostly-latin.csv", bytes)
        for size in [1 << 20, 8, 30] {
            let result = Self.load(path, blockSize: size, firstRead: size)
            #expect(result.files.first?.encoding == .windows1252)
            // Whole-file decision: every byte read as Windows-1252, so C3 B1 is "Ã±".
            let names = result.enrollment.columns.institutionName.map { result.enrollment.interners.institutionName.string($0) }
            #expect(names == ["PeÃ±a", "x", "Café Niño"], "block size \(size)")
            #expect(result.files.first?.notes == ["el archivo no es UTF-8 válido (línea 4, columna 11); se leyó como Windows-1252"])
        }
    }

    @Test("a few invalid bytes in a mostly UTF-8 file, in any block: only those bytes are Windows-1252")
    func mixedAcrossBlocks() {
        // One valid "ñ" and one invalid "é" (E9): a tie is mostly UTF-8 (issue 12, mixed encodings).
        let bytes = Array("ANO,CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,PER_ID,GRADO\n2019,1,Peña,7,5\n2019,2,x,8,6\n2019,3,Caf".utf8)
            + [0xE9] + Array(",9,7\n".utf8)
        let path = Fixture.temporary("mixed.csv", bytes)
        for size in [1 << 20, 8, 30] {
            let result = Self.load(path, blockSize: size, firstRead: size)
            #expect(result.files.first?.encoding == .utf8)
            let names = result.enrollment.columns.institutionName.map { result.enrollment.interners.institutionName.string($0) }
            #expect(names == ["Peña", "x", "Café"], "block size \(size)")
            #expect(result.files.first?.notes == [])
            #expect(result.files.first?.checks.map(\.check) == ["codificacion_mixta"])
            #expect(result.files.first?.checks.first?.cases == 1)
        }
    }

    @Test("an invalid byte in a later block after ASCII text switches there, as the whole-file decision")
    func switchAfterASCII() {
        let bytes = Array("ANO,CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,PER_ID,GRADO\r\n2019,1,Pena,7,5\r\n2019,3,Caf".utf8)
            + [0xE9, 0x80] + Array(",9,7\r\n".utf8)
        let path = Fixture.temporary("latin.csv", bytes)
        for size in [1 << 20, 8, 30] {
            let result = Self.load(path, blockSize: size, firstRead: size)
            #expect(result.files.first?.encoding == .windows1252)
            let names = result.enrollment.columns.institutionName.map { result.enrollment.interners.institutionName.string($0) }
            #expect(names == ["Pena", "Café€"], "block size \(size)")
            #expect(result.files.first?.notes == ["el archivo no es UTF-8 válido (línea 3, columna 11); se leyó como Windows-1252"])
        }
    }
}
