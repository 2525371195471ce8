import Foundation
import Testing
@testable import SyntheticData

/// Issue 11, item 11: `sample --students 10000000` trapped in `RowBuffer.append` while writing
/// `directorio.csv`, whose rows were never drained to disk. The same condition (more rows than one block
/// plus its margin) is reproduced here with a tiny block.
@Suite("Issue 11: directorio.csv larger than one row block")
struct Issue11DirectoryBlockTests {
    @Test("a directory larger than block + margin is written whole, identical to one written in one block")
    func drainsFullBlocks() throws {
        let configuration = SampleConfiguration(students: 5_000, years: 2, seed: 3)
        let world = World(configuration: configuration)
        let small = try TemporaryDirectory(), large = try TemporaryDirectory()
        defer { small.remove(); large.remove() }
        // 64-byte blocks with a 256-byte margin: the old writer overflowed after about 320 bytes.
        let file = try DirectoryWriter.write(world: world, configuration: configuration, directory: small.url,
                                             blockSize: 64, margin: 256)
        _ = try DirectoryWriter.write(world: world, configuration: configuration, directory: large.url)
        let tiny = try Data(contentsOf: small.url.appendingPathComponent("directorio.csv"))
        let whole = try Data(contentsOf: large.url.appendingPathComponent("directorio.csv"))
        #expect(tiny.count > 64 + 256)
        #expect(tiny == whole)
        // Header plus one line per listed institution.
        #expect(tiny.filter { $0 == 0x0A }.count == file.rows + 1)
    }
}
