import Testing
@testable import Indicators

/// Age on the cut-off date and over-age (SPEC §3, §4) on `linkage/ages.csv`, year 2019.
///
/// Grade 1 has theoretical age 6, grade −2 has 3; grades 12, 20 and 99 have none. Completed years
/// on the cut-off date (a birthday on the cut-off date counts), then age − theoretical age:
///
/// | student | born | 03-31 (default) | 04-01 | 02-28 | 03-01 |
/// |---|---|---|---|---|---|
/// | 401 (g1) | 31/03/2011 | 8 → 2 | 8 → 2 | 7 → 1 | 7 → 1 |
/// | 402 (g1) | 01/04/2011 | 7 → 1 | 8 → 2 | 7 → 1 | 7 → 1 |
/// | 403 (g1) | 29/02/2012 | 7 → 1 | 7 → 1 | 6 → 0 (28/02 < 29/02) | 7 → 1 |
/// | 404 (g1) | 01/04/2010 | 8 → 2 | 9 → 3 | 8 → 2 | 8 → 2 |
/// | 408 (g−2) | 31/03/2016 | 3 → 0 | 3 → 0 | 2 → −1 | 2 → −1 |
///
/// Unknown age: 405 (no birth date), 410 (31/02/2011 is impossible: null and a warning),
/// 406 (grade 20), 407 (grade 99), 409 (grade 12).
@Suite("Linkage: age on the cut-off date and over-age")
struct LinkageAgeTests {
    static let known = ["P401", "P402", "P403", "P404", "P408"]
    static let unknown = ["P405", "P406", "P407", "P409", "P410"]

    static func fixture(_ parameters: LinkageParameters = LinkageParameters()) -> LinkedFixture {
        LinkedFixture(fixture: "linkage/ages.csv", parameters: parameters)
    }

    static func overAgeYears(_ fixture: LinkedFixture) -> [String: Int] {
        var years: [String: Int] = [:]
        for e in 0..<fixture.episodes.count where fixture.episodes.overAgeYears[e] != Int8.min {
            years[fixture.student(e)] = Int(fixture.episodes.overAgeYears[e])
        }
        return years
    }

    static func overAge(_ fixture: LinkedFixture) -> Set<String> {
        Set((0..<fixture.episodes.count).filter { fixture.traits($0).contains(.overAge) }.map(fixture.student))
    }

    @Test("years over the theoretical age for each cut-off date",
          arguments: [(3, 31, [2, 1, 1, 2, 0]), (4, 1, [2, 2, 1, 3, 0]), (2, 28, [1, 1, 0, 2, -1]),
                      (3, 1, [1, 1, 1, 2, -1])])
    func yearsOverAge(_ month: Int, _ day: Int, _ expected: [Int]) {
        let fixture = Self.fixture(LinkageParameters(cutoffMonth: month, cutoffDay: day))
        #expect(Self.overAgeYears(fixture) == Dictionary(uniqueKeysWithValues: zip(Self.known, expected)))
    }

    @Test("age is known only with a valid birth date and a grade that has a theoretical age")
    func ageKnown() throws {
        let fixture = Self.fixture()
        for e in 0..<fixture.episodes.count {
            #expect(fixture.traits(e).contains(.ageKnown) == Self.known.contains(fixture.student(e)), "\(fixture.student(e))")
        }
        let file = try #require(fixture.result.files.first)
        #expect(file.warnings.contains { $0.column == "FECHA_NACIMIENTO" && $0.count == 1 && $0.exampleLine == 11 })
        #expect(file.rowsUsed == 10)
    }

    @Test("over-age set for each cut-off date and threshold",
          arguments: [(3, 31, 2, ["P401", "P404"]), (4, 1, 2, ["P401", "P402", "P404"]), (2, 28, 2, ["P404"]),
                      (3, 1, 2, ["P404"]), (3, 31, 1, ["P401", "P402", "P403", "P404"]), (3, 31, 3, []),
                      (4, 1, 3, ["P404"])])
    func overAgeSet(_ month: Int, _ day: Int, _ threshold: Int, _ expected: [String]) {
        let fixture = Self.fixture(LinkageParameters(cutoffMonth: month, cutoffDay: day, overAgeThreshold: threshold))
        #expect(Self.overAge(fixture) == Set(expected))
    }

    @Test("territory: edad_conocida 5, extraedad 2, rate 0.4; the threshold changes the count")
    func territoryRate() throws {
        let table = TableView(IndicatorTables.territory(Self.fixture().context))
        let row = try table.row(["anio": "2019", "nivel": "TOTAL"])
        #expect(table.integer("edad_conocida", row) == 5 && table.integer("extraedad", row) == 2)
        #expect(close(table.rate("tasa_extraedad", row), 0.4))

        let lenient = TableView(IndicatorTables.territory(Self.fixture(LinkageParameters(overAgeThreshold: 1)).context))
        let lenientRow = try lenient.row(["anio": "2019", "nivel": "TOTAL"])
        #expect(lenient.integer("extraedad", lenientRow) == 4)
        #expect(close(lenient.rate("tasa_extraedad", lenientRow), 0.8))
    }
}
