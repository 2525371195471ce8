import Testing
@testable import Indicators

/// `DataQuality.linkageFindings` (SPEC §10) on `linkage/quality.csv`, years 2017–2019,
/// A/B/C/D = `11100100000{1,2,3,4}`. Line numbers are file lines.
///
/// - doble_matricula, 2 cases: 601 enrolled at A (l9) and B; 603 at A (l13), B and C (one case per
///   student and year). 602 is withdrawn at A before B: a transfer, not a double enrollment.
/// - edad_fuera_de_rango (age outside 2…30 on 31 March 2019), 3 cases: 611 (born 01/06/2018, 0),
///   612 (01/01/1980, 39), 614 (31/03/1988, 31). In range: 613 (31/03/2017, 2), 615 (01/04/1988, 30).
///   With cut-off 04-01, 615 turns 31 as well: 4 cases.
/// - repitente_reportado_no_observado: 624 (2018 g3 → 2019 g4, REPITENTE S), 1 case;
///   repeticion_observada_no_reportada: 622 (2018 g2 → 2019 g2, REPITENTE N), 1 case;
///   625 (g4 → g4, S) is both and counts in neither.
/// - vacios_en_trayectoria: 621 (2017, then 2019), 1 case.
/// - variacion_matricula_institucion: episodes per year A 2, 2, 10; B 0, 1, 4; C 0, 0, 1;
///   D 0, 2, 1. A 2018→2019 (+400 %) and B 2018→2019 (+300 %) change by more than 50 %;
///   D's −50 % is not more than 50 %; a year with 0 before is not compared: 2 cases.
@Suite("Quality: linkage findings")
struct QualityLinkageTests {
    static let students = ["601", "602", "603", "611", "612", "613", "614", "615", "621", "622", "623", "624",
                           "625", "626"]

    static func findings(_ parameters: LinkageParameters = LinkageParameters()) -> [String: QualityFinding] {
        let fixture = LinkedFixture(fixture: "linkage/quality.csv", parameters: parameters)
        return Dictionary(uniqueKeysWithValues: DataQuality.linkageFindings(fixture.context).map { ($0.check, $0) })
    }

    @Test("each check counts its hand-worked cases",
          arguments: [("doble_matricula", 2), ("edad_fuera_de_rango", 3), ("repitente_reportado_no_observado", 1),
                      ("repeticion_observada_no_reportada", 1), ("vacios_en_trayectoria", 1),
                      ("variacion_matricula_institucion", 2)])
    func cases(_ check: String, _ count: Int) {
        #expect(Self.findings()[check]?.cases == count)
    }

    @Test("no other check fires and no finding names a file")
    func onlyTheseChecks() {
        let findings = Self.findings()
        #expect(findings.count == 6)
        #expect(findings.values.allSatisfy { $0.file.isEmpty })
        #expect(findings["repitente_reportado_no_observado"]?.column == "REPITENTE")
        #expect(findings["edad_fuera_de_rango"]?.column == "FECHA_NACIMIENTO")
    }

    @Test("examples name year, institution and line")
    func examples() throws {
        let findings = Self.findings()
        #expect(findings["doble_matricula"]?.example == "año 2019, institución 111001000001, línea 9")
        #expect(findings["vacios_en_trayectoria"]?.example == "años 2017 y 2019, año 2019, institución 111001000001, línea 21")
        #expect(findings["variacion_matricula_institucion"]?.example == "institución 111001000001: 2 en 2018, 10 en 2019")
        let age = try #require(findings["edad_fuera_de_rango"]?.example)
        #expect(age.hasPrefix("edad ") && age.contains("año 2019"))
    }

    @Test("no example shows a student key")
    func privacy() {
        for finding in Self.findings().values {
            for student in Self.students {
                #expect(!finding.example.contains(student), "\(finding.check): \(finding.example)")
            }
        }
    }

    @Test("the age check follows the cut-off date")
    func ageFollowsCutoff() {
        #expect(Self.findings(LinkageParameters(cutoffMonth: 4, cutoffDay: 1))["edad_fuera_de_rango"]?.cases == 4)
    }

    @Test("clean data gives no linkage finding")
    func cleanData() {
        let fixture = LinkedFixture(csv: """
            ANO,CODIGO_DANE,PER_ID,GRADO,REPITENTE
            2018,111001000001,1,3,N
            2018,111001000001,2,4,N
            2019,111001000001,1,4,N
            2019,111001000001,2,4,S
            """)
        #expect(DataQuality.linkageFindings(fixture.context).isEmpty)
    }
}
