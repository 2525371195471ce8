import Foundation
import Indicators
import Testing
@testable import ReportCLI

@Suite("CSV streaming")
struct RenderCSVStreamingTests {
    @Test("a table streamed in small pieces gives the same bytes as the whole-buffer writer")
    func streamedEqualsWhole() throws {
        let n = 2_000
        let table = ResultTable(name: "t", columns: [
            ResultColumn("anio", .integers((0..<n).map { Int64(2000 + $0 % 7) })),
            ResultColumn("nombre", .texts((0..<n).map { $0 % 5 == 0 ? "con, coma \($0)" : "n\($0)" })),
            ResultColumn("tasa", .rates((0..<n).map { $0 % 9 == 0 ? nil : Double($0) / Double(n) })),
        ])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("t.csv").path
        try AtomicFile.write(to: path) { (sink: AtomicFileSink) throws(AtomicFileError) in
            try CSVTableWriter().write(table, to: sink, pieceSize: 7)
        }
        let streamed = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(streamed == CSVTableWriter().bytes(for: table))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t.csv"])
    }
}
