import Foundation
@testable import Indicators

/// Small helpers shared by the ingest and schema tests (namespaced so other suites in this target
/// can define their own).
enum IngestSupport {
    /// Loads one named fixture under `Tests/Fixtures/ingest`.
    static func load(_ name: String, options: IngestOptions = IngestOptions()) -> IngestResult {
        Ingestor.load([Fixture.path("ingest/\(name)")], options: options)
    }

    /// Calls `body` with the UTF-8 bytes of `text`.
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = text
        return copy.withUTF8(body)
    }

    /// Calls `body` with `text` normalised as the loader does before reading a coded field.
    static func withNormalized<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let scratch = ByteScratch()
        return withExtendedLifetime(scratch) { withBytes(text) { body(TextNormalizer.normalize($0, into: scratch)) } }
    }

    /// One scanned row: its 1-based first line and its unescaped field values.
    struct ScannedRow: Equatable, CustomStringConvertible {
        var line: Int
        var fields: [String]
        var description: String { "\(line): \(fields)" }
    }

    /// Scans every non-blank row of `bytes[start..<end]` (a row may run past `end`, as in a chunk),
    /// numbering lines from `firstLine`.
    static func scan(_ bytes: [UInt8], delimiter: UInt8, from start: Int = 0, to end: Int? = nil,
                     firstLine: Int = 1) -> [ScannedRow] {
        bytes.withUnsafeBufferPointer { p in scan(p, delimiter: delimiter, from: start, to: end ?? p.count,
                                                  firstLine: firstLine) }
    }

    /// `scan` over a buffer pointer.
    static func scan(_ p: UnsafeBufferPointer<UInt8>, delimiter: UInt8, from start: Int, to end: Int,
                     firstLine: Int) -> [ScannedRow] {
        var rows: [ScannedRow] = []
        let row = RowFields(capacity: 1)
        var position = start
        var line = firstLine
        while position < end {
            let scan = CSVScanner.scanRow(p, from: position, delimiter: delimiter, into: row)
            if !CSVScanner.isBlank(row.spans) {
                rows.append(ScannedRow(line: line, fields: row.spans.map { CSVScanner.string(p, $0) }))
            }
            position = scan.next
            line += scan.lineEnds
        }
        return rows
    }

    /// The text values of one interned column, in record order.
    static func strings(_ ids: [UInt32], _ interner: ByteInterner) -> [String] {
        ids.map { interner.string($0) }
    }

    /// A fresh empty temporary directory.
    static func temporaryDirectory() -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("trayectorias-ingest-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}

/// SplitMix64: a small seeded generator so generated fixtures are the same on every run.
struct IngestSplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
