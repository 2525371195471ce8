import Foundation
import Testing
@testable import Indicators

/// RFC 1951 inflate against streams written by zlib (`bench/xlsx_fixtures.py`, committed as binary
/// fixtures) and against hand-made ones.
@Suite("XLSX: inflate")
struct XLSXInflateTests {
    /// The text every small vector compresses.
    static let text = Array(String(repeating: "SIMAT matricula 2021;SIMAT matricula 2022;", count: 20).utf8)

    static func vector(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixture.path("xlsx/\(name)"))))
    }

    /// The bytes `lcg_bytes` of the generator gives: x = (x · 1103515245 + 12345) mod 2^31, byte (x >> 16) & 255.
    static func lcgBytes(_ count: Int, seed: UInt32 = 12345) -> [UInt8] {
        var x = seed
        var out: [UInt8] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            x = (x &* 1_103_515_245 &+ 12_345) & 0x7FFF_FFFF
            out.append(UInt8((x >> 16) & 0xFF))
        }
        return out
    }

    @Test("a fixed-Huffman block")
    func fixed() throws {
        #expect(try Inflater.inflate(Self.vector("fixed.deflate")) == Self.text)
    }

    @Test("a dynamic-Huffman block")
    func dynamic() throws {
        let expected = Array([[UInt8]](repeating: Self.text, count: 5).joined())
        #expect(try Inflater.inflate(Self.vector("dynamic.deflate")) == expected)
    }

    @Test("stored blocks (level 0)")
    func stored() throws {
        #expect(try Inflater.inflate(Self.vector("stored.deflate")) == Self.text)
    }

    @Test("an empty stored block between two dynamic blocks (a sync flush)")
    func syncFlush() throws {
        let expected = Array([[UInt8]](repeating: Self.text, count: 5).joined())
        #expect(try Inflater.inflate(Self.vector("sync_flush.deflate")) == expected)
    }

    @Test("back-references 32 000 bytes away, across the inflater's output pieces")
    func farBackReferences() throws {
        let block = Self.lcgBytes(40_000)
        let expected = block + Array(block[8_000...]) + Array(block[8_000...])
        let input = try Self.vector("far_backref.deflate")
        #expect(input.count < 50_000)
        var pieces = 0
        var output: [UInt8] = []
        let inflater = Inflater(chunkSize: 4096)
        try input.withUnsafeBufferPointer { (p) throws(InflateError) in
            try inflater.inflate(p) { piece in
                pieces += 1
                output.append(contentsOf: piece)
            }
        }
        #expect(output == expected)
        // The first piece also fills the 32 KiB window; each later one is about 4 KiB.
        #expect(pieces >= (expected.count - 32_768) / 4096)
    }

    @Test("hand-made fixed block: 'a' then a length-3 match at distance 1")
    func handMadeMatch() throws {
        // BFINAL 1, BTYPE 01; literal 'a' (0x61: code 0x91, 8 bits); length 3 (symbol 257, code
        // 0000001, 7 bits); distance 1 (code 00000, 5 bits); end of block (0000000).
        var bits: [Int] = [1, 1, 0]
        func code(_ value: Int, _ length: Int) { for k in stride(from: length - 1, through: 0, by: -1) { bits.append(value >> k & 1) } }
        code(0x30 + 0x61, 8)
        code(1, 7)
        code(0, 5)
        code(0, 7)
        var bytes = [UInt8](repeating: 0, count: (bits.count + 7) / 8)
        for (i, bit) in bits.enumerated() where bit == 1 { bytes[i / 8] |= 1 << (i % 8) }
        #expect(try Inflater.inflate(bytes) == Array("aaaa".utf8))
    }

    @Test("damaged streams throw instead of trapping", arguments: [
        ([0x07] as [UInt8], InflateError.Code.invalidBlockType),
        ([0x01, 0x05, 0x00, 0x00, 0x00] as [UInt8], InflateError.Code.storedLengthMismatch),
        ([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x41] as [UInt8], InflateError.Code.truncated),
    ])
    func damaged(_ bytes: [UInt8], _ code: InflateError.Code) {
        #expect(throws: InflateError.self) { _ = try Inflater.inflate(bytes) }
        do { _ = try Inflater.inflate(bytes) } catch { #expect(error.code == code) }
    }

    @Test("a truncated dynamic stream throws")
    func truncatedDynamic() throws {
        let input = try Self.vector("dynamic.deflate")
        #expect(throws: InflateError.self) { _ = try Inflater.inflate(Array(input.prefix(input.count / 2))) }
    }

    @Test("a distance before the start of the output throws")
    func distanceTooFar() {
        // Fixed block: length 3 (symbol 257) at distance 1 with nothing written yet.
        var bits: [Int] = [1, 1, 0]
        func code(_ value: Int, _ length: Int) { for k in stride(from: length - 1, through: 0, by: -1) { bits.append(value >> k & 1) } }
        code(1, 7)
        code(0, 5)
        code(0, 7)
        var bytes = [UInt8](repeating: 0, count: (bits.count + 7) / 8)
        for (i, bit) in bits.enumerated() where bit == 1 { bytes[i / 8] |= 1 << (i % 8) }
        do { _ = try Inflater.inflate(bytes); Issue.record("expected an error") } catch { #expect(error.code == .distanceTooFar) }
    }
}
