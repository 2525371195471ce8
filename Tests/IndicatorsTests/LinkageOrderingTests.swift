import Testing
@testable import Indicators

/// Record and episode order within a year (SPEC §3) on `linkage/ordering.csv`, one year (2019),
/// A/B/C = `11100100000{1,2,3}`. Lines are file lines (header = 1).
/// - 201: C undated (l2), A dated 10/09 (l3), B dated 01/03 (l4) → order B, A, C: C is final;
///   A and B are withdrawn and not final → TRASLADO.
/// - 202: B (l5) and A (l6) both dated 15/05 → the tie goes by input order: B, A. A is final and
///   withdrawn without a transfer reason → DESERCION; B → TRASLADO.
/// - 203: A (l7) and B (l8) undated → input order: B is final; neither withdrawn, both 3e.
/// - 204: A RETIRADO dated 01/02 grade 3 (l9), A MATRICULADO undated grade 4 (l10): one episode
///   whose last record is l10 (undated sorts last) → grade 4, not withdrawn → 3e.
/// - 205: A MATRICULADO undated (l11), A RETIRADO dated 01/06 (l12): the undated row is last even
///   though it comes first in the file → not withdrawn → 3e.
/// - 206: A dated 01/03 (l13), B dated 01/05 (l14), A undated (l15): A's last record is l15, B's
///   is l14 → episodes B, A; A final (3e), B not final → TRASLADO.
/// - 207: B dated `2019-06-30` (l16), A dated `20190301` (l17): dates compare whatever their
///   format → A, B; B final → DESERCION, A → TRASLADO.
@Suite("Linkage: record and episode order")
struct LinkageOrderingTests {
    static let a = "111001000001", b = "111001000002", c = "111001000003"
    let fixture = LinkedFixture(fixture: "linkage/ordering.csv")

    /// Student, then its episodes in order: institution, last record's line, class.
    static let expected: [(String, [(String, Int, String)])] = [
        ("P201", [(b, 4, "TRASLADO"), (a, 3, "TRASLADO"), (c, 2, "SIN_RESULTADO")]),
        ("P202", [(b, 5, "TRASLADO"), (a, 6, "DESERCION")]),
        ("P203", [(a, 7, "SIN_RESULTADO"), (b, 8, "SIN_RESULTADO")]),
        ("P204", [(a, 10, "SIN_RESULTADO")]),
        ("P205", [(a, 11, "SIN_RESULTADO")]),
        ("P206", [(b, 14, "TRASLADO"), (a, 15, "SIN_RESULTADO")]),
        ("P207", [(a, 17, "TRASLADO"), (b, 16, "DESERCION")]),
    ]

    @Test("episodes follow their last records: by event date, undated last, ties by input order",
          arguments: expected)
    func episodeOrder(_ student: String, _ episodes: [(String, Int, String)]) {
        let found = fixture.episodes(of: student, in: 2019)
        #expect(found.map(fixture.institution) == episodes.map(\.0))
        #expect(found.map(fixture.line) == episodes.map(\.1))
        #expect(found.map { fixture.outcome($0).className } == episodes.map(\.2))
    }

    @Test("only the last episode of a student's year is final", arguments: expected.map(\.0))
    func finalEpisode(_ student: String) {
        let found = fixture.episodes(of: student, in: 2019)
        #expect(found.map { fixture.traits($0).contains(.final) } == found.indices.map { $0 == found.count - 1 })
    }

    @Test("the episode takes its grade from its last record")
    func attributesFromLastRecord() throws {
        let e = try fixture.episode("P204", Self.a, 2019)
        #expect(fixture.grade(e) == 4)
    }

    @Test("between files, input order follows the order the files are given")
    func fileOrder() throws {
        let header = "ANO,CODIGO_DANE,PER_ID,GRADO,ESTADO\n"
        let first = Fixture.temporary("primero.csv", header + "2019,111001000001,301,5,MATRICULADO\n")
        let second = Fixture.temporary("segundo.csv", header + "2019,111001000002,301,5,RETIRADO\n")

        // A then B: B (withdrawn, undated) is last, so final and not a transfer → DESERCION.
        let forward = LinkedFixture(paths: [first, second])
        let b = try forward.episode("P301", Self.b, 2019), a = try forward.episode("P301", Self.a, 2019)
        #expect(forward.outcome(b).className == "DESERCION" && forward.traits(b).contains(.final))
        #expect(forward.outcome(a).className == "SIN_RESULTADO" && !forward.traits(a).contains(.final))

        // B then A: A is final; B is withdrawn and not final → TRASLADO.
        let backward = LinkedFixture(paths: [second, first])
        let b2 = try backward.episode("P301", Self.b, 2019), a2 = try backward.episode("P301", Self.a, 2019)
        #expect(backward.outcome(b2).className == "TRASLADO")
        #expect(backward.traits(a2).contains(.final))
    }
}
