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

    @Test("many people under two keys: every one is a case, and the example does not depend on the row order")
    func manyPeople() throws {
        // 300 people, each under PER_ID 1000 + k in 2019 and under document 9000 + k in 2020; plus 300
        // people under one key in both years (not cases). Same rows reversed: same finding.
        var rows: [String] = []
        for k in 0..<300 {
            let birth = "\(String(format: "%02d", k % 28 + 1))/\(String(format: "%02d", k % 12 + 1))/2010"
            rows.append("2019,111001000001,\(1000 + k),,5,\(birth),NOMBRE\(k),APELLIDO")
            rows.append("2020,111001000001,,\(9000 + k),6,\(birth),NOMBRE\(k),APELLIDO")
            rows.append("2019,111001000001,\(5000 + k),,5,\(birth),OTRO\(k),APELLIDO")
            rows.append("2020,111001000001,\(5000 + k),,6,\(birth),OTRO\(k),APELLIDO")
        }
        let header = "ANO,CODIGO_DANE,PER_ID,NRO_DOCUMENTO,GRADO,FECHA_NACIMIENTO,NOMBRE1,APELLIDO1\n"
        let forward = try #require(findings(header + rows.joined(separator: "\n") + "\n")["clave_cambiante"])
        let backward = try #require(findings(header + rows.reversed().joined(separator: "\n") + "\n")["clave_cambiante"])
        #expect(forward.cases == 300)
        #expect(backward.cases == 300)
        // Each example names the two lines of one person. Row i is on line i + 2 forward and on line
        // n + 1 − i backward (n rows), i.e. forward line L is backward line n + 3 − L: the pair found
        // forward, mapped that way, is the pair found backward.
        func lines(_ example: String) -> [Int] {
            example.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        }
        let forwardLines = lines(forward.example), backwardLines = lines(backward.example)
        #expect(forwardLines.count == 2 && backwardLines.count == 2)
        #expect(Set(forwardLines.map { rows.count + 3 - $0 }) == Set(backwardLines))
    }
}
