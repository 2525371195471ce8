import Testing
@testable import Indicators

/// Exact duplicates (SPEC §2) on `linkage/duplicates.csv`: same student key, year, institution,
/// sede, grade, normalised status and event date; the first in input order is kept.
///
/// Records are numbered from 0 in input order (record r is file line r + 2):
/// - 801: r0 MATRICULADO REPITENTE N, r1 `Matriculado` REPITENTE S, r2 as r0 → r1 and r2 are
///   duplicates of r0 (status normalises the same; REPITENTE is not part of the key). The episode
///   keeps r0, so it is not a reported repeater.
/// - 802: r3 dated `01/06/2019`, r4 dated `2019-06-01` (the same day) → r4 is a duplicate;
///   r5 dated 02/06 is not.
/// - Not duplicates: 803 (sede differs), 804 (grade), 805 (status ACTIVO), 806 (institution:
///   two episodes), 807 (a PER_ID and a document with the same digits are different students),
///   801 again in 2020 (year).
/// Duplicates: r1, r2, r4. 2019 episodes: 801, 802, 803, 804, 805, 806@A, 806@B, P807, D807 = 9,
/// students 8; 2020: 801.
@Suite("Linkage: exact duplicates")
struct LinkageDuplicateTests {
    let fixture = LinkedFixture(fixture: "linkage/duplicates.csv")

    @Test("duplicates are the later copies, listed by record index")
    func duplicateRecords() {
        #expect(fixture.context.linked.duplicateRecords == [1, 2, 4])
        #expect(fixture.result.files.first?.rowsRead == 17)
    }

    @Test("episodes are formed from the kept records only")
    func episodesFromKeptRecords() throws {
        #expect(fixture.episodes.count == 10)
        #expect(!fixture.episodes.record.contains { [1, 2, 4].contains($0) })
        let e = try fixture.episode("P801", "111001000001", 2019)
        #expect(fixture.line(e) == 2)
        #expect(fixture.episodes(of: "P807", in: 2019).count == 1 && fixture.episodes(of: "D807", in: 2019).count == 1)
        #expect(fixture.episodes(of: "P806", in: 2019).count == 2)
    }

    @Test("a duplicate is not counted in matricula nor as a repeater")
    func counts() throws {
        let table = TableView(IndicatorTables.territory(fixture.context))
        let row = try table.row(["anio": "2019", "nivel": "TOTAL"])
        #expect(table.integers(["matricula", "estudiantes", "repitentes"], row) == [9, 8, 0])
    }

    @Test("the reading checks count the duplicates with the line of the first one")
    func qualityFinding() throws {
        let findings = DataQuality.ingestFindings(fixture.result, duplicateRecords: fixture.context.linked.duplicateRecords)
        let duplicates = try #require(findings.first { $0.check == "duplicado_exacto" })
        #expect(duplicates.cases == 3)
        #expect(duplicates.example == "línea 3")
        #expect(duplicates.file == Fixture.path("linkage/duplicates.csv"))
    }
}
