import Testing
@testable import Indicators

/// SPEC §10 "students whose key changes": same name and birth date under different keys.
@Suite("Quality: changing student keys")
struct QualityChangingKeyTests {
    func findings(_ csv: String) -> [String: QualityFinding] {
        let result = Ingestor.load([Fixture.temporary("nombres.csv", csv)])
        let linked = Linker.link(result.enrollment)
        let context = IndicatorContext(store: result.enrollment, linked: linked,
                                       institutions: InstitutionAttributes.resolve(result.enrollment, directory: []))
        return Dictionary(DataQuality.linkageFindings(context).map { ($0.check, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test("one person under two keys is one case; accents and case do not matter; names never shown")
    func changingKey() throws {
        // Lines 2 and 4: JOSÉ/José PÉREZ born 01/02/2010 under PER_ID 10 and document 0555 → 1 case.
        // Line 3: the same name with another birth date is another person → not a case.
        // Line 5: ANA GÓMEZ under one key in two years → not a case.
        let csv = """
            ANO,CODIGO_DANE,PER_ID,NRO_DOCUMENTO,GRADO,FECHA_NACIMIENTO,NOMBRE1,APELLIDO1
            2019,111001000001,10,,5,01/02/2010,JOSÉ,PÉREZ
            2019,111001000001,11,,5,02/02/2010,JOSE,PEREZ
            2020,111001000001,,0555,6,01/02/2010,José,Pérez
            2019,111001000001,12,,3,05/05/2012,ANA,GÓMEZ
            2020,111001000001,12,,4,05/05/2012,ANA,GÓMEZ

            """
        let finding = try #require(findings(csv)["clave_cambiante"])
        #expect(finding.cases == 1)
        #expect(finding.example.contains("líneas 2 y 4"))
        #expect(!finding.example.uppercased().contains("PEREZ") && !finding.example.uppercased().contains("PÉREZ"))
    }

    @Test("without name columns the check reports nothing")
    func noNames() {
        let csv = "ANO,CODIGO_DANE,PER_ID,GRADO,FECHA_NACIMIENTO\n2019,1,1,5,01/02/2010\n2019,1,2,5,01/02/2010\n"
        #expect(findings(csv)["clave_cambiante"] == nil)
    }
}
