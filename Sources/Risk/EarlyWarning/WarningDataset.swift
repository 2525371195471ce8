import Indicators

/// The early-warning rows of every loaded year (SPEC §7): one row per student's final episode of
/// year t whose class is not `TRASLADO`, with its features, rule conditions and outcome.
///
/// Rows of a year follow the episode order (student key id, i.e. first appearance in the input),
/// so row indices are stable and ties in any ranking are broken the same way on every run.
public struct WarningDataset: Sendable {
    /// The rows of one school year.
    public struct YearRows: Sendable {
        /// The school year t.
        public let year: Int
        /// Whether t+1 is loaded, so that `outcomes` are known.
        public let hasKnownOutcome: Bool
        /// One row per student, columns `WarningFeature.columnNames`.
        public internal(set) var features: FeatureMatrix
        /// The episode (index in `EpisodeTable`) of each row.
        public internal(set) var episodes: [Int32]
        /// The rule conditions each row meets (`RuleCondition` bits).
        public internal(set) var ruleConditions: [UInt8]
        /// Class `DESERCION` in t, or interannual dropout from t to t+1; all `false` when
        /// `hasKnownOutcome` is false (unknown, not negative).
        public internal(set) var outcomes: [Bool]

        /// Creates an empty year, reserving room for `reservingRows` rows.
        init(year: Int, hasKnownOutcome: Bool, reservingRows: Int) {
            self.year = year
            self.hasKnownOutcome = hasKnownOutcome
            features = FeatureMatrix(columnNames: WarningFeature.columnNames, reservingRows: reservingRows)
            episodes = []
            ruleConditions = []
            outcomes = []
            episodes.reserveCapacity(reservingRows)
            ruleConditions.reserveCapacity(reservingRows)
            outcomes.reserveCapacity(reservingRows)
        }

        /// Number of rows (students).
        public var count: Int { episodes.count }

        /// The rule score of every row as a `Double` (higher = riskier), for rankings and metrics.
        public var ruleScores: [Double] { ruleConditions.map { Double($0.nonzeroBitCount) } }

        /// The conditions met by row `row`.
        public func conditions(ofRow row: Int) -> RuleCondition { RuleCondition(rawValue: ruleConditions[row]) }

        /// Frees the feature values (once they have been copied into a stacked training matrix).
        mutating func releaseFeatures() {
            features = FeatureMatrix(columnNames: WarningFeature.columnNames)
        }
    }

    /// One entry per loaded year, ascending.
    public internal(set) var years: [YearRows]

    /// The rows of year `year`, if it is loaded.
    public func rows(ofYear year: Int) -> YearRows? {
        years.first { $0.year == year }
    }

    /// The position of `year` in `years`.
    func index(ofYear year: Int) -> Int? {
        years.firstIndex { $0.year == year }
    }
}
