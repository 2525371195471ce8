import Testing
@testable import Indicators

/// SPEC §1.3 codes and §2 student keys: codes are text, repaired from spreadsheet damage.
@Suite("Schema: code repair and student keys")
struct SchemaCodeRepairTests {
    @Test("a trailing `.0` is removed and surrounding spaces trimmed", arguments: [
        ("111001000001.0", "111001000001"), ("  111001000001  ", "111001000001"), ("123.0", "123"),
        ("5.0", "5"), ("0088", "0088"), ("1.05", "1.05"), (".0", ".0"), ("", ""),
    ])
    func trailingPointZero(_ raw: String, _ repaired: String) {
        #expect(CodeRepair.code(raw) == repaired)
    }

    @Test("municipality codes are left-padded to five digits", arguments: [
        ("5001", "05001"), ("5001.0", "05001"), ("11001", "11001"), ("1", "00001"), (" 573 ", "00573"),
        ("ABC", "ABC"), ("", ""), ("123456", "123456"),
    ])
    func municipalityPadding(_ raw: String, _ repaired: String) {
        #expect(CodeRepair.code(raw, padMunicipality: true) == repaired)
    }

    @Test("codes in a matricula file are repaired: institution, sede, municipality")
    func codesThroughLoader() {
        let result = IngestSupport.load("code_repair.csv")
        let c = result.enrollment.columns, i = result.enrollment.interners
        #expect(IngestSupport.strings(c.institution, i.institution)
                == ["111001000001"] + Array(repeating: "111001000002", count: 6))
        #expect(IngestSupport.strings(c.sede, i.sede) == ["11100100000101"] + Array(repeating: "", count: 6))
        #expect(IngestSupport.strings(c.municipality, i.municipality)
                == ["05001", "05001", "11001", "00001", "ABC", "", ""])
    }

    @Test("student keys: PER_ID first, else the document's letters and digits without leading zeros")
    func studentKeys() throws {
        let result = IngestSupport.load("code_repair.csv")
        let c = result.enrollment.columns, i = result.enrollment.interners
        // Rows: PER_ID 123.0; doc 0088; PER_ID 88; doc CC-1.023.456; doc 0088.0; PER_ID " 77 " with doc 99;
        // PER_ID 0088 (a PER_ID keeps its zeros).
        #expect(IngestSupport.strings(c.student, i.student)
                == ["P123", "D88", "P88", "DCC1023456", "D88", "P77", "P0088"])
        // Document 0088 and PER_ID 88 are different students; both 0088 documents are one.
        #expect(c.student[1] != c.student[2])
        #expect(c.student[1] == c.student[4])
        // Document 000 has no key left: rejected.
        let reject = try #require(result.rejects.first)
        #expect(result.rejects.count == 1)
        #expect(reject.reason == .missingKey && reject.line == 9)
    }

    @Test("a document `0088` and a PER_ID `88` stay two students through linkage")
    func keysNeverCollide() throws {
        let path = Fixture.temporary("keys.csv",
            "ANO,CODIGO_DANE,PER_ID,NRO_DOCUMENTO,GRADO\n2019,111001000001,88,,5\n2019,111001000001,,0088,5\n")
        let result = Ingestor.load([path])
        let linked = Linker.link(result.enrollment)
        #expect(linked.duplicateRecords.isEmpty)
        #expect(linked.episodes.count == 2)
    }

    @Test("record flags, codes and warnings of the coded fields, row by row")
    func recordFlags() throws {
        let result = IngestSupport.load("record_flags.csv")
        let summary = try #require(result.files.first)
        #expect(summary.rowsUsed == 10)
        let c = result.enrollment.columns
        let flags = c.flags.map(RecordFlags.init(rawValue:))
        #expect(flags == [
            [.withdrawn],                                                    // Retirado, cambio de domicilio
            [.withdrawn],                                                    // event date and no status
            [.repeater, .new, .victim, .migrant],                            // MATRICULADO with an event date
            [.withdrawn, .transferReason, .repeater, .new, .disability, .ethnic], // Trasladado
            [.withdrawn, .dropoutReason],                                    // DESERTOR
            [.withdrawn, .dropoutReason],                                    // CANCELADO, abandono escolar
            [.graduated],                                                    // GRADUADO
            [.withdrawn, .transferReason],                                   // RETIRO, traslado a otra IE
            [.dropoutReason],                                                // PROMOCIONADO, deserción
            [.dropoutReason],                                                // no status, "Desertó del sistema"
        ])
        let none = CodeTables.Result.none.rawValue, approved = CodeTables.Result.approved.rawValue
        let failed = CodeTables.Result.failed.rawValue, dropout = CodeTables.Result.dropout.rawValue
        #expect(c.result == [none, none, approved, failed, dropout, none, approved, none, failed, none])
        #expect(c.zone == [1, 0, 2, 2, 1, 1, 0, 0, 0, 0])
        #expect(c.jornada == [2, 0, 6, 5, 6, 1, 0, 0, 0, 0])
        #expect(c.gender == [2, 0, 1, 2, 0, 0, 0, 0, 0, 0])
        #expect(c.prevAcademic == [1, -1, 2, 7, -1, -1, -1, -1, 8, -1])
        #expect(c.prevCondition == [9, -1, 3, 5, -1, -1, -1, -1, -1, -1])
        // Row 9 (line 10) holds one invalid value in each of five optional columns.
        #expect(summary.warnings.map(\.column) == ["GENERO", "TIPO_JORNADA", "ZON_ALU", "REPITENTE", "CON_ALUM_ANO_ANT"])
        #expect(summary.warnings.map(\.count) == [1, 1, 1, 1, 1])
        #expect(summary.warnings.map(\.exampleLine) == [10, 10, 10, 10, 10])
        #expect(summary.warnings.map(\.exampleValue) == ["X", "9", "Z", "QUIZAS", "abc"])
    }
}
