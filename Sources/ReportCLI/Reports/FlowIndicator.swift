/// A flow indicator of SPEC §4 as the reports explain it: its columns, its Spanish name and nouns,
/// and the question it raises in a PMI review when it is flagged.
struct FlowIndicator: Sendable {
    /// The rate column, e.g. `tasa_desercion_intraanual` (also the `indicador` of an alert).
    let rate: String
    /// The count column of the numerator.
    let numerator: String
    /// The count column of the denominator.
    let denominator: String
    /// Spanish name, capitalised: `Deserción intraanual`.
    let name: String
    /// Who the numerator counts: `desertores`.
    let numeratorNoun: String
    /// Who the denominator counts: `estudiantes sin contar traslados`.
    let denominatorNoun: String
    /// MEN's published rate column beside it, if MEN publishes one.
    let menRate: String?
    /// What the rate means, in one plain sentence.
    let meaning: String
    /// The question for the PMI review when the institution is flagged on it.
    let question: String
    /// Whether the rate counts final results (approved, failed), which stay unknown for many students
    /// until the next year is loaded.
    var needsFinalResult: Bool { ["tasa_aprobacion", "tasa_reprobacion"].contains(rate) }

    /// Largest share of students without a final result for which approval and failure still count
    /// as known.
    static let acceptedMissingResults = 0.2

    /// The share of `base` without a final result (`sin_resultado / base`) at `row` of `table`.
    static func missingResults(in table: IndexedTable?, row: Int?) -> Double? {
        guard let table, let row, let missing = table.integer("sin_resultado", at: row),
              let base = table.integer("base", at: row), base > 0 else { return nil }
        return Double(missing) / Double(base)
    }

    /// Whether `indicator` can be read at `row`: a rate that needs final results is unreadable when
    /// more than `acceptedMissingResults` of the students have none.
    func isReadable(in table: IndexedTable?, row: Int?) -> Bool {
        guard needsFinalResult, let missing = Self.missingResults(in: table, row: row) else { return true }
        return missing <= Self.acceptedMissingResults
    }

    /// The note on a year whose final results are mostly unknown.
    static func missingResultsNote(year: Int, share: Double) -> String {
        "En \(year) el \(HumanNumberFormat.percent(share)) de los estudiantes aún no tiene resultado final (hace "
            + "falta el año siguiente o el campo RESULTADO del SIMAT): la aprobación y la reprobación de ese año "
            + "están incompletas."
    }

    /// The indicators in report order: the five flagged ones of SPEC §6 and approval.
    static let all: [FlowIndicator] = [
        FlowIndicator(
            rate: "tasa_desercion_intraanual", numerator: "desertores", denominator: "base",
            name: "Deserción intraanual", numeratorNoun: "desertores",
            denominatorNoun: "estudiantes sin contar traslados", menRate: "men_desercion",
            meaning: "Proporción de estudiantes que abandonaron la institución durante el año escolar sin trasladarse a otra.",
            question: "¿En qué grados y en qué meses se retiraron los estudiantes que desertaron, qué se sabe de "
                + "las causas y qué seguimiento a la inasistencia se hizo antes del retiro?"),
        FlowIndicator(
            rate: "tasa_aprobacion", numerator: "aprobados", denominator: "base",
            name: "Aprobación", numeratorNoun: "aprobados",
            denominatorNoun: "estudiantes sin contar traslados", menRate: "men_aprobacion",
            meaning: "Proporción de estudiantes que terminaron el año y fueron promovidos al grado siguiente.",
            question: "¿Qué estrategias de nivelación explican los cambios en la aprobación?"),
        FlowIndicator(
            rate: "tasa_reprobacion", numerator: "reprobados", denominator: "base",
            name: "Reprobación", numeratorNoun: "reprobados",
            denominatorNoun: "estudiantes sin contar traslados", menRate: "men_reprobacion",
            meaning: "Proporción de estudiantes que terminaron el año sin ser promovidos.",
            question: "¿En qué áreas y grados se concentra la reprobación y cómo funcionan las actividades "
                + "de recuperación y el sistema institucional de evaluación (SIEE)?"),
        FlowIndicator(
            rate: "tasa_repitencia", numerator: "repitentes", denominator: "matricula",
            name: "Repitencia", numeratorNoun: "repitentes reportados",
            denominatorNoun: "matriculados", menRate: "men_repitencia",
            meaning: "Proporción de matriculados que el SIMAT reporta como repitentes del grado.",
            question: "¿Qué apoyo reciben los estudiantes que repiten el grado para no volver a reprobar?"),
        FlowIndicator(
            rate: "tasa_extraedad", numerator: "extraedad", denominator: "edad_conocida",
            name: "Extraedad", numeratorNoun: "estudiantes en extraedad",
            denominatorNoun: "estudiantes con edad conocida", menRate: nil,
            meaning: "Proporción de estudiantes con dos o más años por encima de la edad teórica de su grado.",
            question: "¿Cuántos estudiantes en extraedad podrían avanzar con un modelo flexible o con "
                + "aceleración del aprendizaje, y qué hace falta para ofrecerlo?"),
        FlowIndicator(
            rate: "tasa_desercion_interanual", numerator: "desertores_interanuales",
            denominator: "elegibles_interanual",
            name: "Deserción interanual", numeratorNoun: "estudiantes que no volvieron",
            denominatorNoun: "estudiantes que debían continuar", menRate: nil,
            meaning: "Proporción de estudiantes que terminaron el año, debían seguir estudiando y no aparecen "
                + "matriculados en ninguna institución al año siguiente.",
            question: "¿Se contactó a los estudiantes que no se matricularon al año siguiente y cómo funciona "
                + "la búsqueda activa entre el cierre y el inicio del año escolar?"),
    ]

    /// The indicators that can raise a flag (SPEC §6): every one except approval.
    static let flagged: [FlowIndicator] = all.filter { $0.rate != "tasa_aprobacion" }

    /// The indicator whose rate column is `rate`.
    static func named(_ rate: String) -> FlowIndicator? {
        all.first { $0.rate == rate }
    }
}
