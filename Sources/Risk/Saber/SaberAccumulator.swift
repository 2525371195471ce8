import Indicators

/// Running Saber 11 sums for many groups (year × institution), in flat contiguous arrays.
///
/// Two passes over the records, each in input order so the sums are the same run to run:
/// `add` counts examinees, score sums and level-1 flags; once the means are known,
/// `addDeviation` sums the squared deviations of `PUNT_GLOBAL` for the sample standard deviation.
struct SaberAccumulator {
    /// The six scores, in `saber11_institucion` column order.
    enum Subject: Int, CaseIterable {
        case global, criticalReading, mathematics, naturalSciences, socialSciences, english

        /// The score of `record` in this subject (nil when the cell was empty or invalid).
        func score(of record: SaberRecord) -> Double? {
            switch self {
            case .global: record.global
            case .criticalReading: record.criticalReading
            case .mathematics: record.mathematics
            case .naturalSciences: record.naturalSciences
            case .socialSciences: record.socialSciences
            case .english: record.english
            }
        }
    }

    private static let width = Subject.allCases.count
    /// Published examinees per group (`evaluados`), whatever their scores.
    private(set) var examinees: [Int]
    private var sums: [Double]
    private var scored: [Int]
    private var insufficientMathematics: [Int]
    private var insufficientReading: [Int]
    /// Examinees whose level is knowable (their file has the area's column), per group.
    private var knownMathematics: [Int]
    private var knownReading: [Int]
    private var squaredDeviations: [Double]

    /// Zeroed sums for `groups` groups.
    init(groups: Int) {
        examinees = [Int](repeating: 0, count: groups)
        sums = [Double](repeating: 0, count: groups * Self.width)
        scored = [Int](repeating: 0, count: groups * Self.width)
        insufficientMathematics = [Int](repeating: 0, count: groups)
        insufficientReading = [Int](repeating: 0, count: groups)
        knownMathematics = [Int](repeating: 0, count: groups)
        knownReading = [Int](repeating: 0, count: groups)
        squaredDeviations = [Double](repeating: 0, count: groups)
    }

    /// First pass: counts `record` in group `g`.
    mutating func add(_ record: SaberRecord, to g: Int) {
        examinees[g] += 1
        for subject in Subject.allCases {
            guard let value = subject.score(of: record) else { continue }
            sums[g * Self.width + subject.rawValue] += value
            scored[g * Self.width + subject.rawValue] += 1
        }
        if let level1 = record.insufficientMathematics {
            knownMathematics[g] += 1
            if level1 { insufficientMathematics[g] += 1 }
        }
        if let level1 = record.insufficientReading {
            knownReading[g] += 1
            if level1 { insufficientReading[g] += 1 }
        }
    }

    /// Second pass: adds the squared deviation of `record`'s global score from group `g`'s mean.
    mutating func addDeviation(_ record: SaberRecord, to g: Int) {
        guard let value = record.global, let mean = mean(g, .global) else { return }
        squaredDeviations[g] += (value - mean) * (value - mean)
    }

    /// Mean of `subject` over the group's non-null scores; nil when it has none.
    func mean(_ g: Int, _ subject: Subject) -> Double? {
        let n = scored[g * Self.width + subject.rawValue]
        return n == 0 ? nil : sums[g * Self.width + subject.rawValue] / Double(n)
    }

    /// Sample standard deviation (n − 1) of the global score; nil with fewer than two scores.
    func globalStandardDeviation(_ g: Int) -> Double? {
        let n = scored[g * Self.width + Subject.global.rawValue]
        return n < 2 ? nil : (squaredDeviations[g] / Double(n - 1)).squareRoot()
    }

    /// Share of the group's examinees at level 1 in mathematics, over the examinees whose file has a
    /// mathematics column (all of them, unless files are mixed); nil when none has.
    func insufficientMathematicsRate(_ g: Int) -> Double? {
        knownMathematics[g] == 0 ? nil : Double(insufficientMathematics[g]) / Double(knownMathematics[g])
    }

    /// The same for critical reading.
    func insufficientReadingRate(_ g: Int) -> Double? {
        knownReading[g] == 0 ? nil : Double(insufficientReading[g]) / Double(knownReading[g])
    }
}
