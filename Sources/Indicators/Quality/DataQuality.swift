/// One row of `calidad_datos.csv`: a check, where it applies, how many cases and one example.
public struct QualityFinding: Sendable {
    /// Check name (`rechazo_campos`, `doble_matricula`, …).
    public var check: String
    /// File concerned (empty for checks over the linked data).
    public var file: String
    /// Column concerned (may be empty).
    public var column: String
    /// Number of cases.
    public var cases: Int
    /// One example, never a student's name or document (file and line, codes, years).
    public var example: String
}

/// The data-quality checks of SPEC §10 and the table `calidad_datos`.
public enum DataQuality {
    /// Findings about reading: unusable files, rejects by reason, invalid values, duplicates, encodings.
    public static func ingestFindings(_ result: IngestResult, duplicateRecords: [Int32] = []) -> [QualityFinding] {
        var findings: [QualityFinding] = []
        for error in result.errors {
            findings.append(QualityFinding(check: "archivo_no_usado", file: error.file, column: error.column ?? "",
                                           cases: 1, example: error.description))
        }
        for (index, file) in result.files.enumerated() {
            for note in file.notes {
                findings.append(QualityFinding(check: "codificacion", file: file.path, column: "", cases: 1, example: note))
            }
            for check in file.checks {
                findings.append(QualityFinding(check: check.check, file: file.path, column: check.column,
                                               cases: check.cases, example: check.example))
            }
            let rejects = result.rejects.filter { $0.file == index }
            for reason in RejectReason.allCases {
                let matching = rejects.filter { $0.reason == reason }
                guard let first = matching.first else { continue }
                findings.append(QualityFinding(check: "rechazo_\(reason.rawValue)", file: file.path, column: "",
                                               cases: matching.count, example: "línea \(first.line): \(first.detail)"))
            }
            for warning in file.warnings {
                findings.append(QualityFinding(check: "valor_invalido", file: file.path, column: warning.column,
                                               cases: warning.count,
                                               example: "línea \(warning.exampleLine): '\(warning.exampleValue)'"))
            }
        }
        var duplicatesByFile: [Int: (count: Int, line: UInt32)] = [:]
        let c = result.enrollment.columns
        for r in duplicateRecords {
            let f = Int(c.file[Int(r)])
            let previous = duplicatesByFile[f]
            duplicatesByFile[f] = ((previous?.count ?? 0) + 1, previous?.line ?? c.line[Int(r)])
        }
        for (f, value) in duplicatesByFile.sorted(by: { $0.key < $1.key }) {
            findings.append(QualityFinding(check: "duplicado_exacto", file: result.files[f].path, column: "",
                                           cases: value.count, example: "línea \(value.line)"))
        }
        for (index, file) in result.files.enumerated() where file.kind == .saber11 {
            let rows = result.saber.filter { $0.file == index }
            let noSchool = rows.filter { $0.institution.isEmpty }
            if let first = noSchool.first {
                findings.append(QualityFinding(check: "saber11_sin_institucion", file: file.path,
                                               column: "COLE_COD_DANE_ESTABLECIMIENTO", cases: noSchool.count,
                                               example: "línea \(first.line)"))
            }
            let unpublished = rows.filter { !$0.published }
            if let first = unpublished.first {
                findings.append(QualityFinding(check: "saber11_no_publicado", file: file.path,
                                               column: "ESTU_ESTADOINVESTIGACION", cases: unpublished.count,
                                               example: "línea \(first.line)"))
            }
        }
        return findings + documentFindings(result)
    }

    /// The findings as the `calidad_datos` table, rows sorted by their key columns (`chequeo`,
    /// `archivo`, `columna`; SPEC §8), so the same inputs in another order give the same rows.
    public static func table(_ findings: [QualityFinding]) -> ResultTable {
        let findings = findings.enumerated().sorted { a, b in
            (a.element.check, a.element.file, a.element.column, a.offset)
                < (b.element.check, b.element.file, b.element.column, b.offset)
        }.map(\.element)
        return ResultTable(name: "calidad_datos", columns: [
            ResultColumn("chequeo", .texts(findings.map(\.check))),
            ResultColumn("archivo", .texts(findings.map(\.file))),
            ResultColumn("columna", .texts(findings.map(\.column))),
            ResultColumn("casos", .integers(findings.map { Int64($0.cases) })),
            ResultColumn("ejemplo", .texts(findings.map(\.example))),
        ])
    }

    /// The `rechazos` table: file, line, reason, raw content; rows sorted by file path, then line, then
    /// reason, whatever the order in which the files were given or read.
    public static func rejectsTable(_ result: IngestResult) -> ResultTable {
        let rejects = result.rejects.enumerated().sorted { a, b in
            (result.files[a.element.file].path, a.element.line, a.element.reason.rawValue, a.offset)
                < (result.files[b.element.file].path, b.element.line, b.element.reason.rawValue, b.offset)
        }.map(\.element)
        return ResultTable(name: "rechazos", columns: [
            ResultColumn("archivo", .texts(rejects.map { result.files[$0.file].path })),
            ResultColumn("linea", .integers(rejects.map { Int64($0.line) })),
            ResultColumn("motivo", .texts(rejects.map { "\($0.reason.rawValue): \($0.reason.description) (\($0.detail))" })),
            ResultColumn("contenido", .texts(rejects.map(\.content))),
        ])
    }
}

import Foundation
