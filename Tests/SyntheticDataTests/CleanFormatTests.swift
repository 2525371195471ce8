import Foundation
import Testing
@testable import SyntheticData

@Suite("Clean files")
struct CleanFormatTests {
    static let header =
        "ANO,ETC,CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,CODIGO_DANE_SEDE,MUN_CODIGO,PER_ID,TIPO_DOCUMENTO,NRO_DOCUMENTO,"
        + "FECHA_NACIMIENTO,GENERO,GRADO,GRUPO,JORNADA,ZON_ALU,ESTADO,MOTIVO,FECHA_NOVEDAD,REPITENTE,NUEVO,"
        + "SIT_ACAD_ANO_ANT,CON_ALUM_ANO_ANT,RESULTADO,POB_VICT_CONF,TIPO_DISCAPACIDAD,ETNIA,PAIS_ORIGEN,ESTRATO,SISBEN"

    @Test("the header is exactly the SIMAT one; RESULTADO only in the first two years")
    func exactHeader() throws {
        let sample = try Fixtures.cleanSample.get()
        let withoutResult = Self.header.replacingOccurrences(of: "RESULTADO,", with: "")
        for (index, (file, _)) in sample.matricula.enumerated() {
            let bytes = try #require(sample.bytes[file.path])
            let firstLine = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
            #expect(firstLine == (index < 2 ? Self.header : withoutResult), "\(file.path)")
        }
    }

    @Test("every clean file is UTF-8 with commas and \\n, one field count throughout")
    func dialect() throws {
        let sample = try Fixtures.cleanSample.get()
        for file in sample.manifest.files {
            #expect(file.delimiter == "," && file.encoding == .utf8 && file.lineEnding == "\n")
            let bytes = try #require(sample.bytes[file.path])
            #expect(!bytes.contains(0x0D))
            #expect(String(validating: bytes, as: UTF8.self) != nil)
            let table = sample.table(file)
            #expect(table.rows.allSatisfy { $0.count == table.header.count }, "\(file.path)")
        }
    }

    @Test("names with a comma or quotes are quoted, accents are kept")
    func quotedNames() throws {
        let sample = try Fixtures.cleanSample.get()
        let lines = sample.matricula.flatMap(\.table.lines)
        #expect(lines.contains { $0.contains(", SEDE ") && $0.contains("\"") })
        #expect(lines.contains { $0.contains("\"\"") })
        let names = Set(sample.matricula.flatMap { $0.table.rows.map { $0[3] } })
        #expect(names.contains { $0.contains("Ó") || $0.contains("É") || $0.contains("Í") || $0.contains("Á") })
        #expect(names.contains { $0.contains(", SEDE ") })
        #expect(names.contains { $0.contains("\"") })
    }

    @Test("codes: 12-digit institutions typed by zone and sector, sedes extend them, municipalities padded")
    func codes() throws {
        let sample = try Fixtures.cleanSample.get()
        for (_, table) in sample.matricula {
            for row in table.rows {
                let institution = row[2]
                #expect(institution.count == 12 && institution.allSatisfy(\.isNumber))
                #expect("1234".contains(institution.first!))
                #expect(row[4].count == 14 && row[4].hasPrefix(institution))
                #expect(row[5] == String(institution.dropFirst().prefix(5)))
            }
        }
        let directory = try #require(sample.manifest.files(of: .directorio).first)
        for row in sample.table(directory).rows {
            let digit = row[0].first!
            #expect(row[3] == ("13".contains(digit) ? "URBANA" : "RURAL"))
            #expect(row[4] == ("12".contains(digit) ? "OFICIAL" : "NO OFICIAL"))
        }
    }

    @Test("values use the SIMAT code tables and dd/mm/yyyy dates")
    func values() throws {
        let sample = try Fixtures.cleanSample.get()
        let validGrades = Set((-2...13).map(String.init) + (20...26).map(String.init) + ["99"])
        for (file, table) in sample.matricula {
            let year = try #require(file.year)
            for row in table.rows {
                #expect(row[0] == String(year))
                #expect(validGrades.contains(row[11]))
                #expect(["1", "2", "3", "4", "5", "6"].contains(row[13]))
                #expect(["1", "2"].contains(row[14]))
                #expect(["M", "F"].contains(row[10]))
                #expect(["S", "N"].contains(row[18]) && ["S", "N"].contains(row[19]))
                #expect(Self.isDayMonthYear(row[9]))
                #expect(row[17].isEmpty || (Self.isDayMonthYear(row[17]) && row[17].hasSuffix("/\(year)")))
            }
        }
    }

    @Test("grades show up across the whole table: preschool, adults, normalistas, aceleración")
    func gradeRange() throws {
        let sample = try GeneratedSample(SampleConfiguration(students: 3000, years: 1, includeSaber: false))
        let grades = Set(sample.matricula[0].table.rows.map { $0[11] })
        for expected in ["-2", "-1", "0", "5", "11", "12", "13", "20", "26", "99"] {
            #expect(grades.contains(expected), "grade \(expected)")
        }
    }

    static func isDayMonthYear(_ text: String) -> Bool {
        let parts = text.split(separator: "/")
        return parts.count == 3 && parts[0].count == 2 && parts[1].count == 2 && parts[2].count == 4
            && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
