import Testing
@testable import Indicators

/// SPEC §2 version 2 (issue 19): a record without `PER_ID` takes the one `PER_ID` its normalised
/// document carries in the used records of every matrícula input.
///
/// `linkage/documents_2019.csv` (lines 2–8) and `documents_2020.csv` (lines 2–6), institution
/// A = `111001000001`, B = `111001000002`:
///
/// | file:line | PER_ID | document | normalised | key |
/// |---|---|---|---|---|
/// | 2019:2 | — | `00-12.345` | 12345 | P501 (2020:2 carries 12345 with 501): linked |
/// | 2019:3 | — | 777 | 777 | D777: 601 (2019:4) and 602 (2019:5, `0777`) carry it, ambiguous |
/// | 2019:4, 2019:5 | 601, 602 | 777, 0777 | 777 | P601, P602 |
/// | 2019:6 | — | 123 | 123 | D123: no record with a PER_ID carries 123 |
/// | 2019:7 | 123 | 9999 | 9999 | P123, another student than D123 |
/// | 2019:8 | — | 555 | 555 | P701 (2020:3 and 2020:4 carry 555/00555 with 701): linked |
/// | 2020:2 | 501 | 12345 | 12345 | P501 |
/// | 2020:3, 2020:4 | 701 | 555, 00555 | 555 | P701; 2020:4 is an exact duplicate of 2020:3 |
/// | 2020:5 | — | 555 | 555 | P701, linked, then an exact duplicate of 2020:3 |
/// | 2020:6 | — | 123 | 123 | D123 |
///
/// Linked records: 2019:2, 2019:8, 2020:5 = 3. Ambiguous documents: 777 = 1.
@Suite("Linkage by document (SPEC §2 version 2)")
struct LinkageDocumentTests {
    let fixture = LinkedFixture(paths: [Fixture.path("linkage/documents_2019.csv"),
                                        Fixture.path("linkage/documents_2020.csv")])

    func students(in year: Int) -> [String] {
        let e = fixture.episodes
        return (0..<e.count).filter { e.year[$0] == year }.map { fixture.student($0) }.sorted()
    }

    @Test("records without PER_ID take the PER_ID of their document; ambiguous and unknown documents keep it")
    func keys() {
        #expect(students(in: 2019) == ["D123", "D777", "P123", "P501", "P601", "P602", "P701"])
        #expect(students(in: 2020) == ["D123", "P501", "P701"])
    }

    @Test("the counts of calidad_datos: 3 linked records, 1 ambiguous document")
    func counts() {
        let links = fixture.result.enrollment.documentLinks
        #expect(links.linkedRecords.count == 3)
        #expect(links.ambiguousDocuments == 1)
        let lines = links.linkedRecords.map { Int(fixture.columns.line[Int($0)]) }
        #expect(lines == [2, 8, 5])
        let findings = DataQuality.documentFindings(fixture.result)
        #expect(findings.map(\.check) == ["registros_vinculados_por_documento", "documentos_ambiguos"])
        #expect(findings.map(\.cases) == [3, 1])
    }

    @Test("owners are found the same across the linker's batches of 32 records (100 records, conflict at 5 and 40)")
    func acrossBatches() {
        // Row r (0-based record r) has PER_ID r and document r, except: record 40 has PER_ID 900 and
        // document 5 (so document 5 is ambiguous: first record 5, conflict 40) and record 90 has no PER_ID
        // and document 77 (linked to P77).
        var lines = ["ANO,CODIGO_DANE,CODIGO_DANE_SEDE,MUN_CODIGO,PER_ID,NRO_DOCUMENTO,GRADO"]
        for r in 0..<100 {
            let person = r == 40 ? "900" : r == 90 ? "" : String(r + 1000)
            let document = r == 40 ? "5" : r == 90 ? "77" : String(r)
            lines.append("2024,105001000001,10500100000101,05001,\(person),\(document),3")
        }
        let path = Fixture.temporary("documentos_lotes.csv", lines.joined(separator: "\n") + "\n")
        let store = Ingestor.load([path]).enrollment
        let links = store.documentLinks
        #expect(links.ambiguousDocuments == 1)
        #expect(links.ambiguousExample?.first == 5)
        #expect(links.ambiguousExample?.conflict == 40)
        #expect(links.linkedRecords == [90])
        #expect(store.interners.student.string(store.columns.student[90]) == "P1077")
    }

    @Test("quality examples mask every key but its last three characters")
    func maskedExamples() {
        let findings = DataQuality.documentFindings(fixture.result)
        #expect(findings[0].example.hasSuffix("línea 2: sin PER_ID, documento **345 → PER_ID 501"))
        #expect(findings[1].example.contains("PER_ID 601"))
        #expect(findings[1].example.contains("602"))
        #expect(!findings[0].example.contains("12345"))
        #expect(DataQuality.masked("1234567") == "****567")
        #expect(DataQuality.masked("88") == "88")
    }

    @Test("duplicates are found with the linked key: 2020:4 and the linked 2020:5 repeat 2020:3")
    func duplicatesUseLinkedKey() {
        let duplicateLines = fixture.context.linked.duplicateRecords.map { Int(fixture.columns.line[Int($0)]) }
        #expect(duplicateLines == [4, 5])
    }

    @Test("interannual dropout follows the student: 4 of 7 eligible in 2019, not 6")
    func interannualDropout() throws {
        let view = TableView(IndicatorTables.territory(fixture.context))
        let row = try view.row(["anio": "2019", "nivel": "TOTAL"])
        #expect(view.integer("estudiantes", row) == 7)
        #expect(view.integer("elegibles_interanual", row) == 7)
        #expect(view.integer("desertores_interanuales", row) == 4)
        let next = try view.row(["anio": "2020", "nivel": "TOTAL"])
        #expect(view.integer("con_historia", next) == 3)
        #expect(view.integer("matricula", next) == 3)
    }

    @Test("a PER_ID and a document with the same digits stay two students")
    func sameDigits() throws {
        let e = fixture.episodes
        let p123 = (0..<e.count).filter { fixture.student($0) == "P123" }
        let d123 = (0..<e.count).filter { fixture.student($0) == "D123" }
        #expect(p123.count == 1 && d123.count == 2)
    }

    @Test("without any record lacking PER_ID nothing is linked and the rows still say 0")
    func nothingToLink() {
        let plain = LinkedFixture(fixture: "linkage/ages.csv")
        #expect(plain.result.enrollment.documentLinks.linkedRecords.isEmpty)
        #expect(DataQuality.documentFindings(plain.result).map(\.cases) == [0, 0])
    }
}
