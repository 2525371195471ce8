import Foundation
import Testing
@testable import ReportCLI

/// Writes reports into a fresh temporary folder and reads them back.
struct ReportOutput {
    /// The folder written.
    let folder: String

    /// Writes the reports of `inputs` into a new temporary folder.
    init(_ inputs: ReportInputs) throws {
        var template = Array((NSTemporaryDirectory() + "reportes-XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        let path = try #require(created.map { String(cString: $0) })
        folder = path
        try DiagnosticReports.write(inputs, to: path)
    }

    /// The text of `relative` inside the folder.
    func text(_ relative: String) throws -> String {
        try String(contentsOfFile: folder + "/" + relative, encoding: .utf8)
    }

    /// Every path written (files and the `instituciones` folder), relative to the folder, sorted.
    func files() throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        return enumerator.compactMap { $0 as? String }.sorted()
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}

/// Golden files in `Snapshots/`, next to this source file.
enum ReportSnapshots {
    /// The folder of the golden files.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Whether to rewrite the golden files instead of comparing (`UPDATE_SNAPSHOTS=1`).
    static let isUpdating = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"

    /// Checks `text` against the golden file `name`, or rewrites it when updating.
    static func expect(_ text: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if isUpdating {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        if text != golden {
            let lines = zip(text.split(separator: "\n", omittingEmptySubsequences: false),
                            golden.split(separator: "\n", omittingEmptySubsequences: false))
            let first = lines.enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("""
                \(name) differs from its snapshot at line \((first?.offset ?? 0) + 1):
                  got:      \(first.map { String($0.element.0) } ?? "(length differs)")
                  expected: \(first.map { String($0.element.1) } ?? "(length differs)")
                Run with UPDATE_SNAPSHOTS=1 to accept the new output.
                """, sourceLocation: sourceLocation)
        }
    }
}
