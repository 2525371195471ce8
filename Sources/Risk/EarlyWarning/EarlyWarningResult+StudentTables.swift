import Indicators

extension EarlyWarningResult {
    /// The student lists `estudiantes_riesgo/<codigo>.csv` (SPEC §8, §10): one table per
    /// institution with at least one `ALTO` or `MEDIO` student, institutions by code.
    ///
    /// Each table holds only that institution's `ALTO` and `MEDIO` students (a `BAJO` student is
    /// not listed: the list is for follow-up and carries personal data), riskiest first (territory
    /// rank). Columns: `anio, institucion, sede, grado, clave_estudiante, tipo_clave, probabilidad,
    /// puntaje_regla, nivel_riesgo, motivo_1, motivo_2, motivo_3`. `clave_estudiante` is the PER_ID,
    /// or the normalised document number when there is none, and `tipo_clave` says which
    /// (`PER_ID` or `DOCUMENTO`; the document type is not kept by the engine). `probabilidad` is
    /// empty when the rule score ranks. Table names are `estudiantes_riesgo/<codigo>` with the code
    /// made a safe, bounded, one-to-one file name by `SafeFileName` (`X/1` and `X_1` differ).
    ///
    /// The caller writes them only under `--estudiantes`, never with `--publico`, with mode 0600
    /// in a folder of mode 0700.
    public func studentTables(context: IndicatorContext) -> [ResultTable] {
        let interners = context.store.interners
        let sedes = context.store.columns.sede
        let listed = students.filter { $0.level != .bajo }
        var byInstitution: [UInt32: [StudentRisk]] = [:]
        for student in listed { byInstitution[student.institution, default: []].append(student) }
        let codes = byInstitution.keys.map { (id: $0, code: context.institutions[Int($0)].code) }
            .sorted { $0.code < $1.code }
        return codes.map { institution in
            // Rank, then the student key: the same rows in any file order.
            let rows = byInstitution[institution.id]!.sorted {
                ($0.rank, interners.student.string($0.student)) < ($1.rank, interners.student.string($1.student))
            }
            let keys = rows.map { interners.student.string($0.student) }
            func reason(_ k: Int) -> [String?] { rows.map { k < $0.reasons.count ? $0.reasons[k].phrase : nil } }
            return ResultTable(name: "estudiantes_riesgo/" + Self.fileSafe(institution.code), columns: [
                ResultColumn("anio", .integers(rows.map { Int64($0.year) })),
                ResultColumn("institucion", .texts(rows.map { _ in institution.code })),
                ResultColumn("sede", .texts(rows.map { interners.sede.string(sedes[Int($0.record)]) })),
                ResultColumn("grado", .integers(rows.map { Int64($0.grade) })),
                ResultColumn("clave_estudiante", .texts(keys.map { String($0.dropFirst()) })),
                ResultColumn("tipo_clave", .texts(keys.map { $0.hasPrefix("P") ? "PER_ID" : "DOCUMENTO" })),
                ResultColumn("probabilidad", .rates(rows.map(\.probability))),
                ResultColumn("puntaje_regla", .integers(rows.map { Int64($0.ruleScore) })),
                ResultColumn("nivel_riesgo", .texts(rows.map { $0.level.rawValue })),
                ResultColumn("motivo_1", .texts(reason(0))),
                ResultColumn("motivo_2", .texts(reason(1))),
                ResultColumn("motivo_3", .texts(reason(2))),
            ])
        }
    }

    /// `code` as a safe, bounded, one-to-one file name (`SafeFileName`: `X/1` and `X_1` differ).
    static func fileSafe(_ code: String) -> String {
        SafeFileName.stem(for: code)
    }
}
