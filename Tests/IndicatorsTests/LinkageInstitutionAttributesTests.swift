import Testing
@testable import Indicators

/// Institution attributes (SPEC §1.3) from `linkage/attributes_matricula.csv` and
/// `linkage/attributes_directorio.csv`:
///
/// | code | name | municipality | zone, sector | why |
/// |---|---|---|---|---|
/// | 111001000001 | COLEGIO NUEVO | 11001 | URBANA OFICIAL | last record carrying a name; code chars 2–6; digit 1 |
/// | 205001000002 | (none) | 05001 | RURAL OFICIAL | `5001` from a record, padded to 5 digits; digit 2 |
/// | 305001000003 | (none) | 05001 | URBANA NO OFICIAL | code; digit 3 |
/// | 476001000004 | (none) | 76109 | RURAL NO OFICIAL | the last record's municipality beats the code's 76001; digit 4 |
/// | 576001000005 | (none) | 76001 | (none) | digit 5 is not in the table |
/// | ABC123 | (none) | (none) | (none) | not a 12-digit code |
/// | 311001000006 | (none) | 11001 | URBANA NO OFICIAL | `311001000006.0` repaired |
/// | 111001000007 | COLEGIO DEL DIRECTORIO | 25754 | RURAL NO OFICIAL | the directory overrides everything |
/// | 211001000008 | NOMBRE SIMAT | 08001 | URBANA OFICIAL | directory zone; its empty name, municipality and sector fall back |
///
/// The directory's 999999999999 has no enrollment and gets no attributes row.
@Suite("Linkage: institution attributes")
struct LinkageInstitutionAttributesTests {
    static let matricula = Fixture.path("linkage/attributes_matricula.csv")
    static let directory = Fixture.path("linkage/attributes_directorio.csv")

    static func attributes(_ paths: [String]) -> [String: InstitutionInfo] {
        let fixture = LinkedFixture(paths: paths)
        return Dictionary(uniqueKeysWithValues: fixture.context.institutions.dropFirst().map { ($0.code, $0) })
    }

    static let expected: [(String, String, String, String, String)] = [
        ("111001000001", "COLEGIO NUEVO", "11001", "URBANA", "OFICIAL"),
        ("205001000002", "", "05001", "RURAL", "OFICIAL"),
        ("305001000003", "", "05001", "URBANA", "NO OFICIAL"),
        ("476001000004", "", "76109", "RURAL", "NO OFICIAL"),
        ("576001000005", "", "76001", "", ""),
        ("ABC123", "", "", "", ""),
        ("311001000006", "", "11001", "URBANA", "NO OFICIAL"),
        ("111001000007", "COLEGIO DEL DIRECTORIO", "25754", "RURAL", "NO OFICIAL"),
        ("211001000008", "NOMBRE SIMAT", "08001", "URBANA", "OFICIAL"),
    ]

    @Test("attributes from the directory, the records and the code", arguments: expected)
    func resolved(_ code: String, _ name: String, _ municipality: String, _ zone: String, _ sector: String) throws {
        let info = try #require(Self.attributes([Self.matricula, Self.directory])[code])
        #expect(info == InstitutionInfo(code: code, name: name, municipality: municipality, zone: zone, sector: sector))
    }

    @Test("only institutions with enrollment are resolved; the directory is read as such")
    func onlyEnrolled() {
        let fixture = LinkedFixture(paths: [Self.matricula, Self.directory])
        #expect(fixture.result.files.map(\.kind) == [.matricula, .directorio])
        #expect(fixture.result.directory.count == 3)
        #expect(Set(fixture.context.institutions.dropFirst().map(\.code)) == Set(Self.expected.map(\.0)))
    }

    @Test("without a directory the same institutions fall back to records and code")
    func withoutDirectory() throws {
        let attributes = Self.attributes([Self.matricula])
        #expect(attributes["111001000007"] == InstitutionInfo(code: "111001000007", name: "", municipality: "11001",
                                                              zone: "URBANA", sector: "OFICIAL"))
        #expect(attributes["211001000008"] == InstitutionInfo(code: "211001000008", name: "NOMBRE SIMAT",
                                                              municipality: "08001", zone: "RURAL", sector: "OFICIAL"))
    }

    @Test("the institution and municipality tables use the resolved attributes")
    func tablesUseAttributes() throws {
        let context = LinkedFixture(paths: [Self.matricula, Self.directory]).context
        let institution = TableView(IndicatorTables.institution(context))
        let row = try institution.row(["institucion": "111001000007", "nivel": "TOTAL"])
        #expect(["nombre", "municipio", "zona", "sector"].map { institution.cell($0, row) }
                == ["COLEGIO DEL DIRECTORIO", "25754", "RURAL", "NO OFICIAL"])
        let municipality = TableView(IndicatorTables.municipality(context))
        // 05001: 205001000002 (2 episodes) and 305001000003 (1); 25754 only from the directory.
        #expect(municipality.integer("matricula", try municipality.row(["municipio": "05001", "nivel": "TOTAL"])) == 3)
        #expect(municipality.integer("matricula", try municipality.row(["municipio": "25754", "nivel": "TOTAL"])) == 1)
        #expect(municipality.integer("matricula", try municipality.row(["municipio": "", "nivel": "TOTAL"])) == 1)   // ABC123
    }

    @Test("derive works from the code alone", arguments: [
        ("111001000001", "11001", "URBANA", "OFICIAL"), ("211001000001", "11001", "RURAL", "OFICIAL"),
        ("311001000001", "11001", "URBANA", "NO OFICIAL"), ("411001000001", "11001", "RURAL", "NO OFICIAL"),
        ("011001000001", "11001", "", ""), ("11100100000", "", "", ""), ("1110010000011", "", "", ""),
    ])
    func derive(_ code: String, _ municipality: String, _ zone: String, _ sector: String) {
        #expect(InstitutionAttributes.derive(code: code, name: "", municipality: "")
                == InstitutionInfo(code: code, name: "", municipality: municipality, zone: zone, sector: sector))
    }
}
