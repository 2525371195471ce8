import Testing
@testable import Indicators

/// Every SPEC §3 class rule, one student each, on `linkage/class_rules.csv`.
///
/// A = `111001000001`, B = `111001000002`; years 2019 and 2020 (2021 not loaded). Why each 2019
/// episode gets its class (students are `PER_ID`s):
/// - 101: A RETIRADO dated 10/03, then B undated: A is not final → 1 TRASLADO; B final, nothing → 3e.
/// - 102: only A, RETIRADO with reason "TRASLADO A OTRO MUNICIPIO": final but a transfer reason → 1.
/// - 103: only A, status TRASLADADO (a transfer reason by status) → 1.
/// - 104: only A, RETIRADO, reason DESERCION → 2 DESERCION.
/// - 105: only A, empty status with an event date → withdrawn → 2.
/// - 106: A empty status dated 01/04, then B undated → A withdrawn and not final → 1; B → 3e.
/// - 107: result APROBADO (2020 says SIT 2, but 3a comes first) → 3a APROBADO.
/// - 108: result REPROBADO (2020 grade is higher, but 3a comes first) → 3a REPROBADO.
/// - 109: result DESERTOR → 3a DESERCION.  110: result "No promovido" → 3a REPROBADO.
/// - 111: status GRADUADO → 3b APROBADO.  112: GRADUADO with result REPROBADO → 3a wins.
/// - 113: 2020's first record (at B, same grade 9) has SIT 1 → 3c APROBADO (before 3d).
/// - 114: 2020 SIT 2 with a higher grade → 3c REPROBADO.
/// - 115: 2020 rows: A undated SIT 1 (input first), B dated 05/02 SIT 2 (first by date):
///   the first record in input order decides → 3c APROBADO.
/// - 116: 2020 SIT 0 → go on; grade 6 > 5 → 3d APROBADO.  117: SIT 8, grade 5 = 5 → 3d REPROBADO.
/// - 118: 2020 grade 4 < 6 → 3e SIN_RESULTADO.
/// - 119: 2020 final episode is a dropout (class DESERCION), grade 2 > 1 → 3d APROBADO.
/// - 120: 2020 grade 21 is outside −2…11 → 3e.
/// - 121: 2020 A grade 3 (dated, first) then B grade 4 (undated, final): the final episode decides,
///   4 > 3 → 3d APROBADO (the first record would have said REPROBADO).
/// - 122: nothing → 3e.  123: PROMOCIONADO carries no outcome, absent 2020 → 3e.
/// - 124: ACTIVO carries no outcome, 2020 grade 8 > 7 → 3d APROBADO.
/// - 125: CANCELADO, 126: DESERTOR (withdrawn statuses, final, no transfer reason) → 2.
/// - 127: RETIRO (withdrawn) with reason TRASLADO → 1.
@Suite("Linkage: class rules")
struct LinkageClassRulesTests {
    static let a = "111001000001", b = "111001000002"
    let fixture = LinkedFixture(fixture: "linkage/class_rules.csv")

    static let expected2019: [(String, String, String, String)] = [
        ("P101", a, "TRASLADO", "1"), ("P101", b, "SIN_RESULTADO", "3e"),
        ("P102", a, "TRASLADO", "1"), ("P103", a, "TRASLADO", "1"),
        ("P104", a, "DESERCION", "2"), ("P105", a, "DESERCION", "2"),
        ("P106", a, "TRASLADO", "1"), ("P106", b, "SIN_RESULTADO", "3e"),
        ("P107", a, "APROBADO", "3a"), ("P108", a, "REPROBADO", "3a"),
        ("P109", a, "DESERCION", "3a"), ("P110", a, "REPROBADO", "3a"),
        ("P111", b, "APROBADO", "3b"), ("P112", b, "REPROBADO", "3a"),
        ("P113", a, "APROBADO", "3c"), ("P114", a, "REPROBADO", "3c"), ("P115", a, "APROBADO", "3c"),
        ("P116", a, "APROBADO", "3d"), ("P117", a, "REPROBADO", "3d"), ("P118", a, "SIN_RESULTADO", "3e"),
        ("P119", a, "APROBADO", "3d"), ("P120", a, "SIN_RESULTADO", "3e"), ("P121", a, "APROBADO", "3d"),
        ("P122", a, "SIN_RESULTADO", "3e"), ("P123", a, "SIN_RESULTADO", "3e"), ("P124", a, "APROBADO", "3d"),
        ("P125", a, "DESERCION", "2"), ("P126", a, "DESERCION", "2"), ("P127", a, "TRASLADO", "1"),
    ]

    @Test("the file is read whole, with no rejects")
    func reading() throws {
        let file = try #require(fixture.result.files.first)
        #expect(fixture.result.errors.isEmpty)
        #expect(file.rowsRead == 43 && file.rowsUsed == 43 && file.rowsRejected == 0)
        #expect(fixture.context.linked.duplicateRecords.isEmpty)
    }

    @Test("each 2019 episode gets the class and rule worked out by hand",
          arguments: expected2019)
    func classOf2019(_ student: String, _ institution: String, _ className: String, _ rule: String) throws {
        let e = try fixture.episode(student, institution, 2019)
        #expect(fixture.outcome(e).className == className)
        #expect(fixture.outcome(e).rule == rule)
    }

    @Test("2019 has exactly the episodes listed")
    func episodeCount() {
        #expect((0..<fixture.episodes.count).filter { fixture.episodes.year[$0] == 2019 }.count == Self.expected2019.count)
    }

    /// 2020 has no t+1, so rule 3 can only end in 3a, 3b or 3e; withdrawals still follow 1 and 2.
    @Test("2020 episodes: withdrawals by rules 1 and 2, the rest 3e",
          arguments: [("P115", b, "TRASLADO", "1"), ("P115", a, "SIN_RESULTADO", "3e"),
                      ("P119", a, "DESERCION", "2"), ("P121", a, "TRASLADO", "1"),
                      ("P121", b, "SIN_RESULTADO", "3e"), ("P113", b, "SIN_RESULTADO", "3e")])
    func classOf2020(_ student: String, _ institution: String, _ className: String, _ rule: String) throws {
        let e = try fixture.episode(student, institution, 2020)
        #expect(fixture.outcome(e).className == className)
        #expect(fixture.outcome(e).rule == rule)
    }

    @Test("the territory row counts each class once, and only rule 3d as inferred")
    func classTotals() throws {
        let table = TableView(IndicatorTables.territory(fixture.context))
        let row = try table.row(["anio": "2019", "nivel": "TOTAL"])
        // traslados 101A 102 103 106A 127; desertores 104 105 109 125 126;
        // aprobados 107 111 113 115 116 119 121 124; reprobados 108 110 112 114 117;
        // sin_resultado 101B 106B 118 120 122 123; inferidos (3d) 116 117 119 121 124.
        let names = ["matricula", "estudiantes", "traslados", "desertores", "aprobados", "reprobados",
                     "sin_resultado", "resultados_inferidos", "base"]
        #expect(table.integers(names, row) == [29, 27, 5, 5, 8, 5, 6, 5, 24])
    }
}
