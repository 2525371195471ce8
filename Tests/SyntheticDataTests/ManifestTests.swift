import Foundation
import Testing
@testable import SyntheticData

@Suite("Manifest")
struct ManifestTests {
    @Test("files are listed in writing order with their years", arguments: [false, true])
    func filesInOrder(messy: Bool) throws {
        let sample = try (messy ? Fixtures.messySample : Fixtures.cleanSample).get()
        #expect(sample.manifest.files.map(\.path) == [
            "matricula_2019.csv", "matricula_2020.csv", "saber11_2020.csv", "matricula_2021.csv",
            "saber11_2021.csv", "matricula_2022.csv", "saber11_2022.csv", "directorio.csv",
        ])
        #expect(sample.manifest.files.map(\.year) == [2019, 2020, 2020, 2021, 2021, 2022, 2022, nil])
    }

    @Test("row counts equal the data lines actually written", arguments: [false, true])
    func rowCountsMatchLines(messy: Bool) throws {
        let sample = try (messy ? Fixtures.messySample : Fixtures.cleanSample).get()
        for file in sample.manifest.files {
            let bytes = try #require(sample.bytes[file.path])
            let lineFeeds = bytes.filter { $0 == 0x0A }.count
            #expect(lineFeeds == file.rows + 1, "\(file.path)")
            #expect(sample.table(file).rows.count == file.rows, "\(file.path)")
            #expect(sample.table(file).header == file.columns, "\(file.path)")
        }
    }

    @Test("injected totals are the sums over matrícula files")
    func injectedTotals() throws {
        let sample = try Fixtures.messySample.get()
        var sums: [String: Int] = [:]
        for file in sample.manifest.files(of: .matricula) { sums.merge(file.injected, uniquingKeysWith: +) }
        #expect(sample.manifest.injected == sums)
        #expect(try Fixtures.cleanSample.get().manifest.injected.isEmpty)
    }

    @Test("expected reader counts follow from the injected rows")
    func expectedReaderCounts() throws {
        let sample = try Fixtures.messySample.get()
        for file in sample.manifest.files(of: .matricula) {
            let rejected = ["campos", "sin_clave", "grado_invalido", "anio_invalido", "institucion_vacia"]
                .reduce(0) { $0 + file.injected[$1, default: 0] }
            #expect(file.expectedRejectedRows == rejected)
            #expect(file.expectedDuplicateRows == file.injected["duplicado_exacto"])
            #expect(file.expectedUsedRows == file.rows - rejected - file.injected["duplicado_exacto", default: 0])
            #expect(file.encoding.reportedName == (file.encoding == .windows1252 ? "windows-1252" : "utf-8"))
        }
        let saber = try #require(sample.manifest.files(of: .saber11).first)
        #expect(saber.expectedRejectedRows == 0 && saber.expectedUsedRows == saber.rows)
    }

    @Test("the directory lists most but not all institutions; outliers are real institutions")
    func directoryAndOutliers() throws {
        let sample = try Fixtures.cleanSample.get()
        let manifest = sample.manifest
        let directory = try #require(manifest.files(of: .directorio).first)
        let listed = sample.table(directory).rows.map { $0[0] }
        #expect(listed.count < manifest.institutions.count)
        #expect(listed.count >= manifest.institutions.count * 8 / 10)
        #expect(Set(listed).isSubset(of: Set(manifest.institutions)))
        #expect(!manifest.highDropoutInstitutions.isEmpty)
        #expect(!manifest.lowScoreInstitutions.isEmpty)
        #expect(Set(manifest.highDropoutInstitutions).isSubset(of: Set(manifest.institutions)))
        #expect(Set(manifest.lowScoreInstitutions).isDisjoint(with: Set(manifest.highDropoutInstitutions)))
    }

    @Test("about 1 institution per 250 students, at least one per municipality", arguments: [(10, 4), (3000, 12), (6000, 24)])
    func institutionCount(students: Int, minimum: Int) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let manifest = try SampleGenerator.write(
            SampleConfiguration(students: students, years: 1, includeSaber: false, includeDirectory: false), to: directory.url)
        #expect(manifest.institutions.count >= minimum)
        #expect(manifest.institutions.count <= max(minimum, 6))
    }
}
