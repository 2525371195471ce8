import Indicators

/// The early-warning rows of every loaded year (SPEC §7): one row per student's final episode of
/// year t whose class is not `TRASLADO`, with its rule conditions and outcome; the feature values
/// are written on demand (`appendFeatures(of:to:)`), year after year into one matrix, so the
/// training rows exist once in memory and need no stacking copy.
///
/// Rows of a year are in student key order (the key's bytes: `PER_ID` keys, then documents), an
/// order of content: ties in any ranking are broken the same way on every run and whatever the
/// order of the input files.
public struct WarningDataset: Sendable {
    /// The rows of one school year.
    public struct YearRows: Sendable {
        /// The school year t.
        public let year: Int
        /// Position of `year` among the loaded years.
        let yearIndex: Int
        /// Whether t+1 is loaded, so that `outcomes` are known.
        public let hasKnownOutcome: Bool
        /// The episode (index in `EpisodeTable`) of each row: the student's final episode of t.
        public internal(set) var episodes: [Int32]
        /// The rule conditions each row meets (`RuleCondition` bits).
        public internal(set) var ruleConditions: [UInt8]
        /// Class `DESERCION` in t, or interannual dropout from t to t+1; all `false` when
        /// `hasKnownOutcome` is false (unknown, not negative).
        public internal(set) var outcomes: [Bool]

        /// Creates an empty year, reserving room for `reservingRows` rows.
        init(year: Int, yearIndex: Int, hasKnownOutcome: Bool, reservingRows: Int) {
            self.year = year
            self.yearIndex = yearIndex
            self.hasKnownOutcome = hasKnownOutcome
            episodes = []
            ruleConditions = []
            outcomes = []
            episodes.reserveCapacity(reservingRows)
            ruleConditions.reserveCapacity(reservingRows)
            outcomes.reserveCapacity(reservingRows)
        }

        /// Number of rows (students).
        public var count: Int { episodes.count }

        /// Rows whose outcome is a dropout.
        public var positives: Int { outcomes.count(where: \.self) }

        /// The rule score of every row as a `Double` (higher = riskier), for rankings and metrics.
        public var ruleScores: [Double] { ruleConditions.map { Double($0.nonzeroBitCount) } }

        /// Puts the rows in the order `order` (a permutation of the row indices).
        mutating func reorder(_ order: [UInt32]) {
            episodes = order.map { episodes[Int($0)] }
            ruleConditions = order.map { ruleConditions[Int($0)] }
            outcomes = order.map { outcomes[Int($0)] }
        }

        /// The conditions met by row `row`.
        public func conditions(ofRow row: Int) -> RuleCondition { RuleCondition(rawValue: ruleConditions[row]) }
    }

    /// One entry per loaded year, ascending.
    public let years: [YearRows]
    /// Writes the feature values of a row.
    let writer: FeatureWriter

    /// The rows of year `year`, if it is loaded.
    public func rows(ofYear year: Int) -> YearRows? {
        years.first { $0.year == year }
    }

    /// The packed feature row (`FeatureWriter.key(episode:yearIndex:conditions:)`) of row `row` of
    /// `rows` (one of `years`).
    func featureKey(ofRow row: Int, in rows: YearRows) -> UInt64 {
        writer.key(episode: Int(rows.episodes[row]), yearIndex: rows.yearIndex, conditions: rows.conditions(ofRow: row))
    }

    /// Appends the feature rows of `rows` (one of `years`), in row order, to `matrix`, whose
    /// columns must be `WarningFeature.columnNames`.
    ///
    /// - Complexity: O(rows × features).
    public func appendFeatures(of rows: YearRows, to matrix: inout FeatureMatrix) {
        precondition(matrix.columnNames == WarningFeature.columnNames, "not an early-warning matrix")
        matrix.reserveRows(rows.count)
        var scratch = [Float](repeating: 0, count: WarningFeature.allCases.count)
        for row in 0..<rows.count {
            scratch.withUnsafeMutableBufferPointer { buffer in
                writer.write(episode: Int(rows.episodes[row]), yearIndex: rows.yearIndex,
                             conditions: rows.conditions(ofRow: row), into: buffer)
            }
            matrix.appendRow(scratch)
        }
    }

    /// The packed feature row (`featureKey(ofRow:in:)`) of every row of `rows`, in row order: computed
    /// once for a year that several models score or that enters several fits.
    ///
    /// - Complexity: O(rows), in chunks on all cores.
    func featureKeys(of rows: YearRows) -> [UInt64] {
        let chunks = RowChunks.map(rowCount: rows.count, rowsPerChunk: Self.keyChunkRows) { chunk in
            chunk.map { featureKey(ofRow: $0, in: rows) }
        }
        guard chunks.count > 1 else { return chunks.first ?? [] }
        var keys: [UInt64] = []
        keys.reserveCapacity(rows.count)
        for chunk in chunks { keys.append(contentsOf: chunk) }
        return keys
    }

    /// Rows per chunk of `featureKeys(of:)` (a constant: the keys do not depend on it anyway).
    static let keyChunkRows = 1 << 17

    /// The probability under `model` (whose features must be `WarningFeature.columnNames`) of
    /// every row of `rows`, in row order, without keeping the feature rows.
    ///
    /// - Complexity: O(rows × features).
    func probabilities(of rows: YearRows, under model: LogisticModel) -> [Double] {
        probabilities(ofKeys: featureKeys(of: rows), under: model)
    }

    /// The probability under `model` of each row packed in `keys` (`featureKeys(of:)`), in order.
    func probabilities(ofKeys keys: [UInt64], under model: LogisticModel) -> [Double] {
        logOdds(ofKeys: keys, under: model).map { LogisticPoint($0).probability }
    }

    /// The log-odds under `model` of every row of `rows`, in row order.
    func logOdds(of rows: YearRows, under model: LogisticModel) -> [Double] {
        logOdds(ofKeys: featureKeys(of: rows), under: model)
    }

    /// The log-odds under `model` of each row packed in `keys` (`featureKeys(of:)`), in order: bit
    /// for bit `model.linearPredictor(row:)` of each unpacked row (`KeyScorer`), in chunks on all cores.
    func logOdds(ofKeys keys: [UInt64], under model: LogisticModel) -> [Double] {
        logOdds(ofKeys: keys, under: [model])[0]
    }

    /// The log-odds under each of `models` of each row packed in `keys`: element m equals
    /// `logOdds(ofKeys: keys, under: models[m])`.
    func logOdds(ofKeys keys: [UInt64], under models: [LogisticModel]) -> [[Double]] {
        let scorers = models.map { KeyScorer($0, writer: writer) }
        return scorers.map { scorer in
            let chunks = RowChunks.map(rowCount: keys.count, rowsPerChunk: Self.keyChunkRows) { chunk in
                keys.withUnsafeBufferPointer { scorer.logOdds(keys: UnsafeBufferPointer(rebasing: $0[chunk])) }
            }
            guard chunks.count > 1 else { return chunks.first ?? [] }
            var logOdds: [Double] = []
            logOdds.reserveCapacity(keys.count)
            for chunk in chunks { logOdds.append(contentsOf: chunk) }
            return logOdds
        }
    }

    /// The feature rows of `rows` alone.
    public func features(of rows: YearRows) -> FeatureMatrix {
        var matrix = FeatureMatrix(columnNames: WarningFeature.columnNames, reservingRows: rows.count)
        appendFeatures(of: rows, to: &matrix)
        return matrix
    }
}
