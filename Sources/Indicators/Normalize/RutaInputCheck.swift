/// Checks the rows of `ruta` inputs against the loaded matrícula (SPEC §12.2): a row whose
/// institution has no matrícula record, or whose `anio_base` is not a loaded matrícula year, goes to the
/// rejects with its reason; the others are kept.
public enum RutaInputCheck {
    /// Moves the unusable `ruta` rows of `result` to its rejects (and updates the file counts).
    /// `institutions`: codes with at least one matrícula record; `years`: loaded matrícula years.
    public static func apply(to result: inout IngestResult, institutions: Set<String>, years: Set<Int>) {
        var kept: [RutaInputRow] = []
        for row in result.ruta {
            var problem: RejectReasonDetail?
            if !institutions.contains(row.institution) {
                problem = RejectReasonDetail(.unknownInstitution,
                                             "institución \(row.institution) sin registros de matrícula")
            } else if !years.contains(row.baseYear) {
                problem = RejectReasonDetail(.baseYearNotLoaded, "anio_base \(row.baseYear) sin matrícula cargada")
            }
            guard let problem else {
                kept.append(row)
                continue
            }
            result.rejects.append(RejectedRow(file: row.file, line: row.line, reason: problem.reason,
                                              detail: problem.detail, content: row.content))
            result.files[row.file].rowsRejected += 1
            result.files[row.file].rowsUsed -= 1
        }
        result.ruta = kept
    }
}
