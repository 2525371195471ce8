import Foundation
@testable import SyntheticData

/// A sample written to a temporary directory and read back, for tests.
struct GeneratedSample {
    /// The manifest the generator returned.
    let manifest: SampleManifest
    /// Every file read back, by relative path.
    let tables: [String: ReadTable]
    /// Raw bytes of every file, by relative path.
    let bytes: [String: [UInt8]]

    /// Generates `configuration` into a temporary directory, reads every file back, and removes it.
    init(_ configuration: SampleConfiguration) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        manifest = try SampleGenerator.write(configuration, to: directory.url)
        var tables: [String: ReadTable] = [:]
        var bytes: [String: [UInt8]] = [:]
        for file in manifest.files {
            let raw = [UInt8](try Data(contentsOf: directory.url.appendingPathComponent(file.path)))
            bytes[file.path] = raw
            tables[file.path] = ReadTable(raw, file: file)
        }
        self.tables = tables
        self.bytes = bytes
    }

    /// The table read from a file of the manifest.
    func table(_ file: SampleFile) -> ReadTable {
        tables[file.path]!
    }

    /// The `matricula` files of the manifest, with their tables, in year order.
    var matricula: [(file: SampleFile, table: ReadTable)] {
        manifest.files(of: .matricula).map { ($0, table($0)) }
    }
}
