import Foundation
import Testing
@testable import Indicators

/// Issue 11: numbers with too many digits never trap, a BOM inside a code makes no phantom institution,
/// file names from codes are bounded and one-to-one, an unreadable file is not "missing", and rejects
/// and quality rows do not depend on the order of the input files.
@Suite("Issue 11: numbers, codes, file names and row order")
struct Issue11NumbersAndCodesTests {
    @Test("a 20-digit number is read as the nearest double, not an overflow", arguments: [
        ("9999999999999999999", 1e19), ("12345678901234567", 12_345_678_901_234_567), ("-99999999999999999999", -1e20),
        ("0000000000000000012,5", 12.5),
    ])
    func longNumbers(_ text: String, _ value: Double) {
        #expect(DecimalParser.parse(text) == value)
    }

    @Test("numbers beyond a double's range are no number", arguments: ["1e400", "-1e400", "inf", "nan"])
    func infinite(_ text: String) {
        #expect(DecimalParser.parse(text) == nil)
    }

    @Test("a Saber 11 file with a 20-digit score loads: the score is null and counted as invalid")
    func saberScore() throws {
        let folder = IngestSupport.temporaryDirectory()
        let path = folder + "/saber.csv"
        try "PERIODO,COLE_COD_DANE_ESTABLECIMIENTO,PUNT_GLOBAL,PUNT_MATEMATICAS\n20204,111001000001,9999999999999999999,50\n20204,111001000001,300,-4\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = Ingestor.load([path])
        #expect(result.saber.count == 2)
        #expect(result.saber.map(\.global) == [nil, 300])
        #expect(result.saber.map(\.mathematics) == [50, nil])
        let warnings = result.files[0].warnings.map { "\($0.column) \($0.count) \($0.exampleLine) \($0.exampleValue)" }
        #expect(warnings == ["PUNT_GLOBAL 1 2 9999999999999999999", "PUNT_MATEMATICAS 1 3 -4"])
    }

    @Test("a MEN reference file with a 20-digit value loads")
    func menValue() throws {
        let folder = IngestSupport.temporaryDirectory()
        let path = folder + "/men.csv"
        try "ANO,CODIGO_MUNICIPIO,MUNICIPIO,DESERCION,APROBACION\n2020,5001,MEDELLIN,99999999999999999999,95\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = Ingestor.load([path], options: IngestOptions(kind: .referenciaMEN))
        #expect(result.menReference.count == 1)
        #expect(result.menReference.first?.values["DESERCION"] == 1e20)
        #expect(result.menReference.first?.values["APROBACION"] == 95)
    }

    @Test("a BOM at either end of a code is dropped", arguments: [
        ("\u{FEFF}111001000001", "111001000001"), ("111001000001\u{FEFF}", "111001000001"),
        ("\u{FEFF} 111001000001.0", "111001000001"), ("\u{FEFF}", ""),
    ])
    func byteOrderMark(_ raw: String, _ repaired: String) {
        #expect(CodeRepair.code(raw) == repaired)
        #expect(IngestSupport.withBytes(raw) { String(decoding: CodeRepair.code($0), as: UTF8.self) } == repaired)
    }

    @Test("a BOM inside the institution field of a matricula row makes no second institution")
    func phantomInstitution() throws {
        let folder = IngestSupport.temporaryDirectory()
        let path = folder + "/matricula.csv"
        try "ANO,CODIGO_DANE,PER_ID,NRO_DOCUMENTO,GRADO,ESTADO\n2020,111001000001,1,,5,MATRICULADO\n2020,\u{FEFF}111001000001,2,,5,MATRICULADO\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = Ingestor.load([path])
        let c = result.enrollment.columns, i = result.enrollment.interners
        #expect(IngestSupport.strings(c.institution, i.institution) == ["111001000001", "111001000001"])
    }

    @Test("file names from codes: digits unchanged, X/1 and X_1 differ, unsafe bytes escaped")
    func safeNames() {
        #expect(SafeFileName.stem(for: "111001000001") == "111001000001")
        #expect(SafeFileName.stem(for: "X/1") == "X_2F1")
        #expect(SafeFileName.stem(for: "X_1") == "X_5F1")
        #expect(SafeFileName.stem(for: "..") == "_2E_2E")
        #expect(SafeFileName.stem(for: "") == "_")
    }

    @Test("a 300-character code gives a bounded name, distinct from a code sharing its first 290")
    func longCodes() {
        let long = String(repeating: "7", count: 300)
        let other = String(repeating: "7", count: 290) + String(repeating: "8", count: 10)
        let a = SafeFileName.stem(for: long), b = SafeFileName.stem(for: other)
        #expect(a.utf8.count <= SafeFileName.maximumLength && b.utf8.count <= SafeFileName.maximumLength)
        #expect(a != b)
        #expect(a.hasPrefix(String(repeating: "7", count: 78) + "__"))
        // Escapes are never cut in half: 26 × "_2F" is 78 bytes, the 27th would pass the kept prefix.
        let slashes = SafeFileName.stem(for: String(repeating: "/", count: 40))
        #expect(slashes.hasPrefix(String(repeating: "_2F", count: 26) + "__"))
    }

    @Test("an unreadable file is reported as unreadable (permission), a missing one as missing")
    func unreadable() {
        let denied = IngestError.opening("datos.csv", systemError: EACCES).description
        #expect(denied.contains("no se pudo leer") && denied.contains("permiso"))
        #expect(!denied.contains("no existe"))
        #expect(IngestError.opening("datos.csv", systemError: ENOENT).description.contains("no existe"))
    }

    @Test("rejects and quality rows are the same whatever the order of the input files")
    func fileOrder() throws {
        let folder = IngestSupport.temporaryDirectory()
        let a = folder + "/a.csv", b = folder + "/b.csv"
        try "ANO,CODIGO_DANE,PER_ID,NRO_DOCUMENTO,GRADO,ESTADO\n2020,1,1,,5,MATRICULADO\n1800,1,2,,5,MATRICULADO\n2020,,3,,5,MATRICULADO\n"
            .write(toFile: a, atomically: true, encoding: .utf8)
        try "ANO,CODIGO_DANE,PER_ID,NRO_DOCUMENTO,GRADO,ESTADO\n2021,1,1,,6,MATRICULADO\n2021,1,4,,77,MATRICULADO\n"
            .write(toFile: b, atomically: true, encoding: .utf8)
        func rows(_ inputs: [String]) -> ([String], [String]) {
            let result = Ingestor.load(inputs)
            let rejects = DataQuality.rejectsTable(result)
            guard case .texts(let files)? = rejects.column(named: "archivo")?.values,
                  case .integers(let lines)? = rejects.column(named: "linea")?.values else { return ([], []) }
            let quality = DataQuality.table(DataQuality.ingestFindings(result))
            guard case .texts(let checks)? = quality.column(named: "chequeo")?.values,
                  case .texts(let qualityFiles)? = quality.column(named: "archivo")?.values else { return ([], []) }
            func name(_ path: String?) -> String { ((path ?? "") as NSString).lastPathComponent }
            return (zip(files, lines).map { "\(name($0)):\($1 ?? 0)" },
                    zip(checks, qualityFiles).map { "\($0 ?? "") \(name($1))" })
        }
        let forward = rows([a, b]), backward = rows([b, a])
        #expect(forward.0 == ["a.csv:3", "a.csv:4", "b.csv:3"])
        #expect(forward.0 == backward.0)
        // The two linkage rows (SPEC §2) are written on every run, at 0 here, sorted with the others.
        #expect(forward.1 == ["documentos_ambiguos ", "rechazo_anio_invalido a.csv", "rechazo_grado_invalido b.csv",
                              "rechazo_institucion_vacia a.csv", "registros_vinculados_por_documento "])
        #expect(forward.1 == backward.1)
    }
}
