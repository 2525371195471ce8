import Foundation
import Testing
@testable import SyntheticData

@Suite("Determinism")
struct DeterminismTests {
    @Test("the same configuration writes byte-identical files", arguments: [false, true])
    func sameConfigurationSameBytes(messy: Bool) throws {
        let configuration = SampleConfiguration(students: 300, years: 3, seed: 11, messy: messy)
        let first = try GeneratedSample(configuration)
        let second = try GeneratedSample(configuration)
        #expect(first.manifest == second.manifest)
        #expect(first.bytes.keys.sorted() == second.bytes.keys.sorted())
        for (path, bytes) in first.bytes {
            #expect(bytes == second.bytes[path], "\(path) differs between runs")
        }
    }

    @Test("another seed writes other files")
    func otherSeedOtherBytes() throws {
        let first = try GeneratedSample(SampleConfiguration(students: 300, years: 2, seed: 1))
        let second = try GeneratedSample(SampleConfiguration(students: 300, years: 2, seed: 2))
        #expect(first.bytes["matricula_2019.csv"] != second.bytes["matricula_2019.csv"])
    }

    @Test("messy mode changes how rows are written, not who the students are")
    func messyKeepsTheStudents() throws {
        let clean = try Fixtures.cleanSample.get()
        let messy = try Fixtures.messySample.get()
        for ((cleanFile, cleanTable), (messyFile, messyTable)) in zip(clean.matricula, messy.matricula) {
            let extraRows = messyFile.injected.filter { $0.key != InjectedReason.fechaImposible.rawValue }.values.reduce(0, +)
            #expect(messyFile.rows - extraRows == cleanFile.rows)
            let cleanIDs = Set(cleanTable.rows.map { $0[cleanTable.matriculaColumn("PER_ID")!] })
            let perID = try #require(messyTable.matriculaColumn("PER_ID"))
            let messyIDs = Set(messyTable.rows.compactMap { $0.count > perID ? $0[perID] : nil }
                .filter { !$0.isEmpty }.map { $0.hasSuffix(".0") ? String($0.dropLast(2)) : $0 })
            #expect(messyIDs == cleanIDs)
        }
    }

    @Test("leaving Saber 11 out changes no matrícula byte")
    func saberIsIndependent() throws {
        var without = Fixtures.messy
        without.includeSaber = false
        let reference = try Fixtures.messySample.get()
        let other = try GeneratedSample(without)
        #expect(other.manifest.files(of: .saber11).isEmpty)
        for file in reference.manifest.files(of: .matricula) {
            #expect(reference.bytes[file.path] == other.bytes[file.path])
        }
    }
}
