import Foundation
import Indicators
@testable import Risk

/// Helpers shared by the `EarlyWarning*Tests` suites: matrícula CSV rows and contexts loaded from them.
enum WarningCheck {
    /// The header of every CSV written by these tests.
    static let header = "ANO,CODIGO_DANE,CODIGO_DANE_SEDE,PER_ID,NRO_DOCUMENTO,GRADO,ESTADO,MOTIVO,FECHA_NOVEDAD,"
        + "RESULTADO,CON_ALUM_ANO_ANT,REPITENTE,NUEVO,FECHA_NACIMIENTO,GENERO,ZON_ALU,TIPO_JORNADA,"
        + "POB_VICT_CONF,TIPO_DISCAPACIDAD,ETNIA,PAIS_ORIGEN"

    /// One matrícula row; the defaults describe an urban boy in jornada mañana with no flag raised.
    static func row(
        _ year: Int, _ institution: String, person: String = "", document: String = "", grade: Int,
        status: String = "MATRICULADO", reason: String = "", eventDate: String = "", result: String = "",
        previousCondition: String = "", repeater: String = "N", new: String = "N", born: String = "",
        gender: String = "M", zone: String = "1", jornada: String = "2", victim: String = "9",
        disability: String = "99", ethnicity: String = "0", origin: String = "170"
    ) -> String {
        [String(year), institution, institution + "01", person, document, String(grade), status, reason, eventDate,
         result, previousCondition, repeater, new, born, gender, zone, jornada, victim, disability, ethnicity, origin]
            .joined(separator: ",")
    }

    /// Writes `rows` under `header` to a fresh temporary `matricula.csv`, loads, links and
    /// resolves them as the CLI does.
    static func context(rows: [String]) -> IndicatorContext {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("trayectorias-warning-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("matricula.csv")
        try! Data(([header] + rows).joined(separator: "\n").utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: directory) }
        let loaded = Ingestor.load([file.path])
        precondition(loaded.errors.isEmpty && loaded.rejects.isEmpty, "fixture rows must all load")
        let linked = Linker.link(loaded.enrollment)
        let institutions = InstitutionAttributes.resolve(loaded.enrollment, directory: [])
        return IndicatorContext(store: loaded.enrollment, linked: linked, institutions: institutions)
    }

    /// The student key text (`P1`, `D99`) of row `row` of `rows`.
    static func key(_ rows: WarningDataset.YearRows, _ row: Int, _ context: IndicatorContext) -> String {
        let episode = Int(rows.episodes[row])
        return context.store.interners.student.string(context.linked.episodes.student[episode])
    }

    /// The row of the student with key `key` in `rows`, if any.
    static func row(of key: String, in rows: WarningDataset.YearRows, _ context: IndicatorContext) -> Int? {
        (0..<rows.count).first { Self.key(rows, $0, context) == key }
    }

    /// The CSV-like text of a table (header and cells, `nil` as empty), to compare tables exactly.
    static func text(_ table: ResultTable) -> String {
        var lines = [table.name, table.columns.map(\.name).joined(separator: ",")]
        for row in 0..<table.rowCount {
            lines.append(table.columns.map { column in
                switch column.values {
                case .integers(let v): v[row].map { String($0) } ?? ""
                case .rates(let v), .decimals(let v): v[row].map { String($0.bitPattern) } ?? ""
                case .texts(let v): v[row] ?? ""
                }
            }.joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    /// The text values of column `name` of `table`.
    static func texts(_ table: ResultTable, _ name: String) -> [String?] {
        guard case .texts(let values)? = table.column(named: name)?.values else { return [] }
        return values
    }
}
