import Foundation
import Testing
@testable import SyntheticData

@Suite("Messy files")
struct MessyFormatTests {
    @Test("delimiter, encoding and line ending vary from file to file")
    func dialectsVary() throws {
        let sample = try Fixtures.messySample.get()
        let matricula = sample.manifest.files(of: .matricula)
        #expect(Set(matricula.map(\.delimiter)) == [";", "\t", "|", ","])
        #expect(Set(matricula.map(\.encoding)) == Set(SampleEncoding.allCases))
        #expect(Set(matricula.map(\.lineEnding)) == ["\n", "\r\n"])
        let saber = sample.manifest.files(of: .saber11)
        #expect(saber.allSatisfy { $0.delimiter == "¬" })
        #expect(Set(saber.map(\.encoding)).count == 3)
    }

    @Test("the bytes match the declared encoding and line ending")
    func bytesMatchDeclaration() throws {
        let sample = try Fixtures.messySample.get()
        for file in sample.manifest.files {
            let bytes = try #require(sample.bytes[file.path])
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            #expect(hasBOM == (file.encoding == .utf8WithBOM), "\(file.path)")
            let validUTF8 = String(validating: bytes, as: UTF8.self) != nil
            #expect(validUTF8 == (file.encoding != .windows1252), "\(file.path): accents are single bytes in Windows-1252")
            let carriageReturns = bytes.filter { $0 == 0x0D }.count
            let lineFeeds = bytes.filter { $0 == 0x0A }.count
            #expect(carriageReturns == (file.lineEnding == "\r\n" ? lineFeeds : 0), "\(file.path)")
        }
    }

    @Test("the ¬ delimiter is one byte in Windows-1252 and two in UTF-8")
    func notSignBytes() throws {
        let sample = try Fixtures.messySample.get()
        for file in sample.manifest.files(of: .saber11) {
            let bytes = try #require(sample.bytes[file.path])
            let header = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
            let separators = file.columns.count - 1
            if file.encoding == .windows1252 {
                #expect(header.filter { $0 == 0xAC }.count == separators)
                #expect(!header.contains(0xC2))
            } else {
                #expect(header.filter { $0 == 0xC2 }.count == separators)
            }
        }
    }

    @Test("every header variant normalises (SPEC §1.2) to an accepted name of its own column")
    func variantsNormalise() {
        for column in MatriculaColumn.allCases {
            for variant in column.variants {
                #expect(
                    HeaderNormalization.canonical(of: variant, in: HeaderNormalization.matriculaAliases) == column.name,
                    "\(variant) does not stand for \(column.name)")
            }
        }
    }

    @Test("messy headers use accented aliases, and each still names every column once")
    func messyHeaders() throws {
        let sample = try Fixtures.messySample.get()
        var differing = 0
        for (file, table) in sample.matricula {
            let canonical = table.header.map { HeaderNormalization.canonical(of: $0, in: HeaderNormalization.matriculaAliases) }
            #expect(!canonical.contains(nil), "\(file.path): \(table.header)")
            #expect(Set(canonical).count == canonical.count, "\(file.path): a column named twice")
            differing += zip(table.header, canonical).filter { $0 != $1 }.count
        }
        #expect(differing > 20)
        #expect(sample.matricula.contains { $0.table.header.contains { $0.contains("ñ") || $0.contains("Ñ") } })
        let directory = try #require(sample.manifest.files(of: .directorio).first)
        let canonical = sample.table(directory).header.map {
            HeaderNormalization.canonical(of: $0, in: HeaderNormalization.directoryAliases)
        }
        #expect(canonical == ["CODIGO_DANE", "NOMBRE_ESTABLECIMIENTO", "CODIGO_MUNICIPIO", "ZONA", "SECTOR"])
    }

    @Test("one file writes grades as labels (TRANSICION, PRIMERO…ONCE, 5°)")
    func gradeLabels() throws {
        let sample = try Fixtures.messySample.get()
        let labelled = sample.matricula.filter { file, table in
            let grade = table.matriculaColumn("GRADO")!
            return table.rows.contains { $0.count > grade && $0[grade] == "TRANSICION" }
        }
        #expect(labelled.count == 1)
        let table = try #require(labelled.first?.table)
        let grades = Set(table.rows.compactMap { row in table.matriculaColumn("GRADO").flatMap { row.count > $0 ? row[$0] : nil } })
        #expect(grades.contains("PRIMERO") && grades.contains("ONCE") && grades.contains("5°"))
    }

    @Test("codes damaged by a spreadsheet: trailing .0 and 4-digit municipalities")
    func spreadsheetDamage() throws {
        let sample = try Fixtures.messySample.get()
        let (_, table) = sample.matricula[0]
        let institution = try #require(table.matriculaColumn("CODIGO_DANE"))
        let municipality = try #require(table.matriculaColumn("MUN_CODIGO"))
        let valid = table.rows.filter { $0.count == table.header.count }
        #expect(valid.contains { $0[institution].hasSuffix(".0") })
        #expect(valid.contains { $0[institution].count == 12 })
        #expect(valid.allSatisfy { $0[municipality].count == 4 })
    }

    @Test("dates come in several accepted formats")
    func dateFormats() throws {
        let sample = try Fixtures.messySample.get()
        let birthDates = sample.matricula.map { _, table in
            let column = table.matriculaColumn("FECHA_NACIMIENTO")!
            return table.rows.first { $0.count == table.header.count }![column]
        }
        #expect(birthDates[0].range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil)
        #expect(birthDates[1].range(of: #"^\d{1,2}/\d{1,2}/\d{4}$"#, options: .regularExpression) != nil)
        #expect(birthDates[2].range(of: #"^\d{2}/\d{2}/\d{4} 00:00:00$"#, options: .regularExpression) != nil)
        #expect(birthDates[3].range(of: #"^\d{4}-\d{2}-\d{2}T00:00:00$"#, options: .regularExpression) != nil)
    }

    @Test("the prior-year codes are missing from one year only")
    func priorYearColumns() throws {
        let sample = try Fixtures.messySample.get()
        let missing = sample.matricula.filter { $0.table.matriculaColumn("SIT_ACAD_ANO_ANT") == nil }
        #expect(missing.map(\.file.year) == [2021])
        #expect(missing.allSatisfy { $0.table.matriculaColumn("CON_ALUM_ANO_ANT") == nil })
    }
}
