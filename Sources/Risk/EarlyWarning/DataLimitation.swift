/// Why the early-warning model cannot be fitted on the loaded data (SPEC §7 "too few data").
///
/// Then the rule score is validated alone and ranks the students of the latest year.
public enum DataLimitation: Sendable, Equatable {
    /// Fewer than `EarlyWarning.minimumYears` matrícula years are loaded.
    case fewYears(loaded: Int)
    /// No year has its next year loaded, so no outcome is known.
    case noKnownOutcome
    /// No year with a known outcome precedes the evaluation year.
    case noTrainingYears(evaluationYear: Int)
    /// The training years hold fewer than `EarlyWarning.minimumTrainingPositives` dropouts.
    case fewPositives(found: Int, trainingYears: [Int])

    /// The limitation of the data, or `nil` when the model can be fitted and validated.
    public init?(yearCount: Int, split: TemporalSplit, trainingPositives: Int) {
        if yearCount < EarlyWarning.minimumYears {
            self = .fewYears(loaded: yearCount)
        } else if let evaluationYear = split.evaluationYear {
            if split.trainingYears.isEmpty {
                self = .noTrainingYears(evaluationYear: evaluationYear)
            } else if trainingPositives < EarlyWarning.minimumTrainingPositives {
                self = .fewPositives(found: trainingPositives, trainingYears: split.trainingYears)
            } else {
                return nil
            }
        } else {
            self = .noKnownOutcome
        }
    }

    /// The Spanish note for the reports.
    public var message: String {
        let fallback = "No se ajustó el modelo: los estudiantes se ordenan por el puntaje de reglas "
            + "(número de condiciones de riesgo) y no reciben una probabilidad."
        switch self {
        case .fewYears(let loaded):
            let years = loaded == 1 ? "1 año" : "\(loaded) años"
            return "Hay \(years) de matrícula; el modelo necesita al menos \(EarlyWarning.minimumYears) "
                + "(entrenar, validar con el año siguiente cargado y puntuar el último). " + fallback
        case .noKnownOutcome:
            return "Ningún año tiene cargado el año siguiente, así que no se conoce la deserción interanual "
                + "de ningún año. " + fallback
        case .noTrainingYears(let evaluationYear):
            return "Antes de \(evaluationYear), el último año con resultado conocido, no hay años con resultado "
                + "conocido para entrenar el modelo. " + fallback
        case .fewPositives(let found, let trainingYears):
            let span = trainingYears.count == 1 ? "El año de entrenamiento (\(trainingYears[0])) tiene"
                : "Los años de entrenamiento (\(trainingYears[0])–\(trainingYears.last!)) tienen"
            return "\(span) solo \(found) casos de deserción; el modelo necesita al menos "
                + "\(EarlyWarning.minimumTrainingPositives). " + fallback
        }
    }
}
