import Foundation
import Indicators
import Testing
@testable import Risk

/// Issues 11 (item 9) and 15: the same records given in another file order give the same model,
/// metrics and student lists (SPEC §7 version 2).
@Suite("Early warning: independence from the order of the input files")
struct EarlyWarningFileOrderTests {
    /// The simulated territory's rows, one file per year.
    static let files: [[String]] = {
        let rows = SimulatedTerritory.rows(students: 1_500, firstYear: 2016, years: 5, seed: 77)
        return (2016...2020).map { year in rows.filter { $0.hasPrefix("\(year),") } }
    }()

    /// Loads `files` (each written under the header) in the order given.
    static func context(_ files: [[String]]) -> IndicatorContext {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("trayectorias-order-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = files.enumerated().map { index, rows in
            let file = directory.appendingPathComponent("matricula_\(index).csv")
            try! Data(([WarningCheck.header] + rows).joined(separator: "\n").utf8).write(to: file)
            return file.path
        }
        let loaded = Ingestor.load(paths)
        precondition(loaded.errors.isEmpty && loaded.rejects.isEmpty, "fixture rows must all load")
        let linked = Linker.link(loaded.enrollment)
        let institutions = InstitutionAttributes.resolve(loaded.enrollment, directory: [])
        return IndicatorContext(store: loaded.enrollment, linked: linked, institutions: institutions)
    }

    @Test("issue 15: reversed file order gives byte-identical modelo_validacion, models and student lists")
    func issue15ReversedFiles() {
        let forward = Self.context(Self.files)
        let backward = Self.context(Self.files.reversed())
        let first = EarlyWarning.run(context: forward)
        let second = EarlyWarning.run(context: backward)
        #expect(first.scorer == .model)
        #expect(first.validationModel == second.validationModel)
        #expect(first.scoringModel == second.scoringModel)
        #expect(WarningCheck.text(first.validationTable) == WarningCheck.text(second.validationTable))
        #expect(first.studentTables(context: forward).map(WarningCheck.text)
                == second.studentTables(context: backward).map(WarningCheck.text))
    }

    @Test("rows of a year come in student key byte order")
    func rowsInKeyOrder() {
        let context = Self.context(Self.files.reversed())
        let dataset = WarningDataset.extract(from: context)
        for year in dataset.years {
            let keys = (0..<year.count).map { Array(WarningCheck.key(year, $0, context).utf8) }
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
        }
    }

    @Test("byte-order ranks of interned texts: null first, a proper prefix before its extensions")
    func byteOrderRanks() {
        var interner = ByteInterner()
        let ids = ["P20", "P1", "D9", "P10000000000000000002", "P10000000000000000001", "P1000000000000000000"]
            .map { interner.intern($0) }
        let ranks = interner.byteOrderRanks()
        #expect(ranks[0] == 0)
        // Byte order: D9 < P1 < P1000000000000000000 < P10000000000000000001 < …02 < P20.
        #expect(ids.map { ranks[Int($0)] } == [6, 2, 1, 5, 4, 3])
    }
}
