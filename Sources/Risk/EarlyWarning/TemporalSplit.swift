/// The years of the temporal validation and of the scoring (SPEC §7).
///
/// A year t has a known outcome when t+1 is loaded (interannual dropout needs it). With T−1 the
/// last such year, the model is validated by fitting on the known years before T−1 and scoring
/// T−1, then refitted on every known year to score the latest loaded year, whose outcome is never
/// known. Gaps in the loaded years are allowed: a year whose successor is missing has no outcome.
public struct TemporalSplit: Sendable, Equatable {
    /// Years with a known outcome before `evaluationYear` (the validation fit), ascending.
    public let trainingYears: [Int]
    /// T−1, the last year with a known outcome (validated), or `nil` when no year has one.
    public let evaluationYear: Int?
    /// The latest loaded year (scored), or `nil` when nothing is loaded.
    public let scoringYear: Int?

    /// The split for the given loaded matrícula years (any order, no duplicates).
    public init(loadedYears: [Int]) {
        let years = loadedYears.sorted()
        let loaded = Set(years)
        let known = years.filter { loaded.contains($0 + 1) }
        evaluationYear = known.last
        trainingYears = Array(known.dropLast())
        scoringYear = years.last
    }

    /// Every year with a known outcome (the refit before scoring): `trainingYears` + `evaluationYear`.
    public var refitYears: [Int] { trainingYears + (evaluationYear.map { [$0] } ?? []) }
}
