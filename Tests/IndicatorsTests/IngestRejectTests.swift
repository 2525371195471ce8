import Testing
@testable import Indicators

/// SPEC §2: rejected rows with file, line and reason; rows read = used + rejected + duplicates.
@Suite("Ingest: rejected rows, reconciliation and exact duplicates")
struct IngestRejectTests {
    @Test("every matricula rejection reason, with its line and raw row")
    func eachReason() throws {
        let result = IngestSupport.load("rejects_each_reason.csv")
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == 10 && summary.rowsUsed == 2 && summary.rowsRejected == 8)
        #expect(summary.reconciles)
        #expect(result.rejects.map(\.line) == [3, 4, 5, 6, 7, 8, 9, 11])
        #expect(result.rejects.map(\.reason) == [
            .fieldCount, .invalidYear, .invalidYear, .missingInstitution, .missingKey, .invalidGrade, .invalidGrade,
            .unterminatedQuote,
        ])
        #expect(result.rejects.map(\.content) == [
            "2019,111001000001,2,,5,x", ",111001000001,3,,5", "1999,111001000001,4,,5", "2019,,5,,5",
            "2019,111001000001,,,5", "2019,111001000001,8,,15", "2019,111001000001,9,,",
            "2019,111001000001,\"11,,5",
        ])
        #expect(result.rejects.allSatisfy { $0.file == 0 })
        #expect(result.rejects[0].detail == "se esperaban 5 campos y hay 6")
        #expect(result.rejects[2].detail.contains("'1999'"))
        #expect(result.rejects[5].detail.contains("'15'"))
        #expect(result.enrollment.columns.line == [2, 10])
    }

    @Test("rejects name the index of their file in the run")
    func fileIndex() {
        let result = Ingestor.load([Fixture.path("ingest/utf8_bom.csv"), Fixture.path("ingest/rejects_each_reason.csv")])
        #expect(result.files.count == 2)
        #expect(result.rejects.count == 8)
        #expect(result.rejects.allSatisfy { $0.file == 1 })
        #expect(result.enrollment.columns.file == [0, 1, 1])
    }

    @Test("every reason has a Spanish description")
    func descriptions() {
        #expect(RejectReason.allCases.allSatisfy { !$0.description.isEmpty })
        #expect(RejectReason.fieldCount.description == "número de campos distinto del encabezado")
    }

    @Test("ragged rows are rejected and the rest of the file is used")
    func raggedRows() throws {
        let result = IngestSupport.load("ragged_rows.csv")
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == 4 && summary.rowsUsed == 2 && summary.rowsRejected == 2)
        #expect(result.rejects.map(\.line) == [3, 4])
        #expect(result.rejects.map(\.detail) == ["se esperaban 4 campos y hay 3", "se esperaban 4 campos y hay 5"])
        #expect(IngestSupport.strings(result.enrollment.columns.student, result.enrollment.interners.student)
                == ["P1", "P4"])
    }

    @Test("grade labels through the loader: accepted values read, the others rejected")
    func gradeLabelsFile() throws {
        let result = IngestSupport.load("grade_labels.csv")
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == 33 && summary.rowsUsed == 25 && summary.rowsRejected == 8)
        #expect(result.enrollment.columns.grade == [
            -2, -1, 0, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 5, 11, 12, 13, 20, 26, 99,
        ])
        #expect(result.rejects.allSatisfy { $0.reason == .invalidGrade })
        #expect(result.rejects.map(\.line) == Array(27...34))
    }

    @Test("exact duplicates are kept once, the first in input order; reconciliation holds after linkage")
    func exactDuplicates() throws {
        let result = IngestSupport.load("exact_duplicates.csv")
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == 11 && summary.rowsUsed == 11 && summary.rowsRejected == 0)
        let linked = Linker.link(result.enrollment)
        // Record 1 repeats record 0 ("Matriculado" normalises to MATRICULADO; the name is not compared),
        // record 9 repeats record 2, record 10 (" MATRICULADO ") repeats record 0.
        #expect(linked.duplicateRecords == [1, 9, 10])
        let used = summary.rowsUsed - linked.duplicateRecords.count
        #expect(summary.rowsRead == used + summary.rowsRejected + linked.duplicateRecords.count)
    }

    @Test("Saber 11: a row without a usable PERIODO is rejected; a repeated ESTU_CONSECUTIVO is a duplicate")
    func saberRows() throws {
        let result = IngestSupport.load("notsign_icfes.txt")
        let summary = try #require(result.files.first)
        #expect(summary.rowsRead == 4 && summary.rowsUsed == 2 && summary.rowsRejected == 1 && summary.duplicates == 1)
        #expect(summary.reconciles)
        let reject = try #require(result.rejects.first)
        #expect(reject.reason == .invalidPeriod && reject.line == 5)
        let records = result.saber
        // The kept rows are lines 2 and 3 (line 4 repeats line 2's consecutive); once duplicates are
        // dropped, the consecutives are emptied (their only use).
        #expect(records.map(\.consecutive) == ["", ""])
        #expect(records.map(\.year) == [2019, 2019])
        #expect(records.map(\.institution) == ["111001000001", "111001000001"])
        let mathematics = records.map { $0.mathematics ?? .nan }
        #expect(zip(mathematics, [35, 52.5]).allSatisfy { abs($0 - $1) <= 1e-12 * $1 })
        #expect(records.map(\.insufficientMathematics) == [true, false])
        #expect(records.map(\.published) == [true, false])
        #expect(records.map(\.line) == [2, 3])
    }

    @Test("a Saber record reads back every field it was given, missing scores and levels as nil")
    func saberRecordFields() {
        let full = SaberRecord(year: 2024, consecutive: "SB11202440000001", institution: "111001000001", global: 312,
                               criticalReading: 0, mathematics: 35.5, naturalSciences: 61, socialSciences: 47,
                               english: 100, insufficientMathematics: false, insufficientReading: true,
                               published: true, file: 70_000, line: 4_000_000_000)
        #expect(full.year == 2024 && full.consecutive == "SB11202440000001" && full.institution == "111001000001")
        #expect(full.global == 312 && full.criticalReading == 0 && full.mathematics == 35.5)
        #expect(full.naturalSciences == 61 && full.socialSciences == 47 && full.english == 100)
        #expect(full.insufficientMathematics == false && full.insufficientReading == true && full.published)
        #expect(full.file == 70_000 && full.line == 4_000_000_000)
        let empty = SaberRecord(year: 2000, consecutive: "", institution: "", global: nil, criticalReading: nil,
                                mathematics: nil, naturalSciences: nil, socialSciences: nil, english: nil,
                                insufficientMathematics: nil, insufficientReading: nil, published: false, file: 0, line: 1)
        #expect(empty.global == nil && empty.criticalReading == nil && empty.mathematics == nil)
        #expect(empty.naturalSciences == nil && empty.socialSciences == nil && empty.english == nil)
        #expect(empty.insufficientMathematics == nil && empty.insufficientReading == nil && !empty.published)
        #expect(MemoryLayout<SaberRecord>.stride == 96)
    }
}
