/// One row of `seguimiento_estudiantes.csv` (SPEC §12.2): what became, by year t, of the students the
/// early warning would have put at `ALTO` in the base year b, in one group of schools. Counts only.
///
/// The five states partition `students`: each student is in exactly one in year t (`FollowUpState`).
public struct FollowUpRow: Sendable, Equatable {
    /// `anio_base` (b) and `anio` (t > b).
    public var baseYear: Int, year: Int
    /// `grupo`: `acompanadas` (the student's school in b was accompanied) or `otras`.
    public var group: String
    /// `estudiantes`: students at `ALTO` in b in this group.
    public var students: Int
    /// `matriculados`, `graduados`, `trasladados`, `desertores`, `sin_rastro` in year t.
    public var enrolled = 0, graduated = 0, transferred = 0, droppedOut = 0, untraced = 0
    /// `metodo`: `modelo` (the model fitted on the years before b) or `regla` (the rule score, when
    /// the model could not be fitted on those years).
    public var scorer: String

    /// The group of students of accompanied schools.
    public static let accompaniedGroup = "acompanadas"
    /// The group of the other students.
    public static let otherGroup = "otras"

    /// Creates a row with every state at 0.
    public init(baseYear: Int, year: Int, group: String, students: Int, scorer: String) {
        self.baseYear = baseYear
        self.year = year
        self.group = group
        self.students = students
        self.scorer = scorer
    }

    /// Counts one student in `state`.
    mutating func add(_ state: FollowUpState) {
        switch state {
        case .enrolled: enrolled += 1
        case .graduated: graduated += 1
        case .transferred: transferred += 1
        case .droppedOut: droppedOut += 1
        case .untraced: untraced += 1
        }
    }
}

/// Where a followed student stands in year t (see `StudentFollowUp.state`).
public enum FollowUpState: Sendable, Equatable {
    /// Has a record in t and its final episode of t is neither withdrawn nor a graduation.
    case enrolled
    /// Graduated (an `APROBADO` episode in grade 11, 13 or 26) in some year from b to t.
    case graduated
    /// Last seen (in t or before) in a `TRASLADO` final episode: left for a school outside the data.
    case transferred
    /// Last seen in a `DESERCION` final episode (intra-year dropout), or last seen in a year s < t in a
    /// final episode eligible for interannual dropout, with s + 1 loaded and no record in it.
    case droppedOut
    /// Absent in t, last seen in a censored episode (final grade, no result: graduation unknown) or in a
    /// year whose next year is not loaded.
    case untraced
}
