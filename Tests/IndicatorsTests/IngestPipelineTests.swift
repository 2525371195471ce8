import Testing
@testable import Indicators

/// `Ingestor.load` parses file k + 1 while it adds file k: file indexes, ids and rejects must be those
/// of reading the files one after the other.
@Suite("Ingest: files read in a pipeline")
struct IngestPipelineTests {
    static let header = "ANO,CODIGO_DANE,PER_ID,GRADO"

    @Test("a bad file between two good ones: indexes stay consecutive, rejects name their file")
    func indexesAroundABadFile() {
        let first = Fixture.temporary("a.csv", "\(Self.header)\n2019,111001000001,1,5\n2019,111001000001,2,XX\n")
        let second = Fixture.temporary("b.csv", "")
        let third = Fixture.temporary("c.csv", "\(Self.header)\n2020,111001000001,3,6\n2020,,4,6\n2020,111001000002,1,6\n")
        let result = Ingestor.load([first, second, third])
        #expect(result.files.map(\.path) == [first, third])
        #expect(result.errors.map(\.code) == [.emptyFile])
        #expect(result.rejects.map { "\($0.file):\($0.line):\($0.reason)" } == ["0:3:invalidGrade", "1:3:missingInstitution"])
        #expect(result.enrollment.columns.file == [0, 1, 1])
        #expect(result.enrollment.columns.line == [2, 2, 4])
        // Student ids in first-seen order across files: P1, P3 (P1 again in c.csv).
        let students = result.enrollment.columns.student.map { result.enrollment.interners.student.string($0) }
        #expect(students == ["P1", "P3", "P1"])
        #expect(result.files.map(\.years) == [[2019], [2020]])
    }

    @Test("many files: the same store as adding each file in turn")
    func sameAsSequential() throws {
        let paths = (0..<5).map { k in
            Fixture.temporary("m\(k).csv", ([Self.header] + (0..<40).map { i in
                "\(2019 + k),11100100000\(i % 3),\((i * 7 + k * 11) % 50),\(i % 11)"
            }).joined(separator: "\n") + "\n")
        }
        let piped = Ingestor.load(paths)
        var store = EnrollmentStore()
        for (index, path) in paths.enumerated() {
            var summary = FileSummary(path: path, kind: .matricula, delimiter: ",", encoding: .utf8)
            _ = try MatriculaLoader.load(DelimitedFile(path: path), fileIndex: index, into: &store, summary: &summary)
        }
        #expect(piped.enrollment.columns.student == store.columns.student)
        #expect(piped.enrollment.columns.institution == store.columns.institution)
        #expect(piped.enrollment.columns.file == store.columns.file)
        #expect(piped.enrollment.columns.grade == store.columns.grade)
        #expect(piped.enrollment.interners.student.count == store.interners.student.count)
    }

    @Test("records keep file index 65 535; a matricula file with a larger index is refused with a Spanish error, not wrapped")
    func fileIndexLimit() throws {
        let path = Fixture.temporary("ultimo.csv", Self.header + "\n2019,111001000001,7,3\n")
        var store = EnrollmentStore()
        var summary = FileSummary(path: path, kind: .matricula, delimiter: ",", encoding: .utf8)
        _ = try MatriculaLoader.load(DelimitedFile(path: path), fileIndex: 65_535, into: &store, summary: &summary)
        #expect(store.columns.file == [65_535])
        let refused = #expect(throws: IngestError.self) {
            _ = try MatriculaLoader.parse(DelimitedFile(path: path), fileIndex: 65_536)
        }
        #expect(refused?.code == .tooManyFiles)
        #expect(refused?.file == path)
        #expect(refused?.description.contains("es la entrada número 65537 de la corrida") == true)
    }
}
