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
            // About 2 % of messy rows are written without PER_ID (`PersonIDGap`): a student whose
            // only row of the year lost it is absent from the PER_ID column, never another student.
            #expect(messyIDs.isSubset(of: cleanIDs))
            #expect(Double(messyIDs.count) >= 0.95 * Double(cleanIDs.count))
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

@Suite("Rows without PER_ID")
struct PersonIDGapTests {
    @Test("the share of rows without PER_ID changes nothing else in the files")
    func gapChangesOnlyPersonIDs() throws {
        var withGaps = SampleConfiguration(students: 300, years: 2, seed: 3, messy: true)
        withGaps.missingPersonIDShare = 0.05
        var without = withGaps
        without.missingPersonIDShare = 0
        let a = try GeneratedSample(withGaps), b = try GeneratedSample(without)
        let lineA = String(decoding: a.bytes["matricula_2020.csv"]!, as: UTF8.self).split(separator: "\n")
        let lineB = String(decoding: b.bytes["matricula_2020.csv"]!, as: UTF8.self).split(separator: "\n")
        #expect(lineA.count == lineB.count)
        let differing = zip(lineA, lineB).filter { $0 != $1 }.count
        #expect(differing > 0 && differing < lineA.count / 5)
        #expect(PersonIDGap.threshold(share: 0) == 0 && PersonIDGap.threshold(share: 1) == .max)
    }
}
