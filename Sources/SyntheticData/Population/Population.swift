/// The students of the synthetic territory and their year-by-year paths.
///
/// `simulate(yearIndex:records:examinees:)` is called once per year, in order; it appends that year's
/// `matricula` rows (and Saber 11 examinees) and moves every student on to the next year.
struct Population {
    /// Every student ever drawn, in order of appearance; records and examinees point here.
    private(set) var students: [Student] = []
    /// The world the students live in.
    let world: World
    /// The generator's configuration.
    let configuration: SampleConfiguration
    /// Students enrolled in the coming year, in file order.
    var enrolled: [Int32] = []
    /// Students away in the coming year who come back the year after.
    var returningAfterGap: [Int32] = []
    /// The population stream: every draw about students and their paths.
    var random: SampleRandom
    /// The Saber 11 stream: participation and scores.
    var saberRandom: SampleRandom
    /// `PER_ID` of the next student drawn.
    var nextPersonID: Int
    /// Every student-year's dropout probability, when asked for (`nil`: not recorded). Recording
    /// draws nothing, so the sample is the same with or without it.
    var trueProbabilities: [TrueProbability]?

    /// Years (counted from the first) whose files carry the `RESULTADO` column.
    static let yearsWithResults = 2
    /// Probability of a transfer during the year.
    static let intraYearTransferRate = 0.03
    /// Probability of changing institution between years.
    static let betweenYearTransferRate = 0.04
    /// New entrants each year, as a share of the first year's students.
    static let entrantShare = 0.115

    /// Draws the first year's students: each sede gets as many as its size.
    init(world: World, configuration: SampleConfiguration) {
        self.world = world
        self.configuration = configuration
        random = SampleRandom(seed: configuration.seed, stream: .population)
        saberRandom = SampleRandom(seed: configuration.seed, stream: .saber)
        nextPersonID = 10_000_000 + random.int(below: 50_000_000)
        drawFirstYear()
    }

    /// Whether the files of a year (counted from the first) carry `RESULTADO`.
    static func publishesResults(yearIndex: Int) -> Bool {
        yearIndex < yearsWithResults
    }

    /// Appends the year's `matricula` records and (from the second year, when Saber is included)
    /// Saber 11 examinees, after clearing both buffers, and moves every student on.
    mutating func simulate(yearIndex: Int, records: inout [EnrollmentRecord], examinees: inout [Examinee]) {
        records.removeAll(keepingCapacity: true)
        examinees.removeAll(keepingCapacity: true)
        let year = configuration.firstYear + yearIndex
        if yearIndex > 0 { drawEntrants(year: year) }
        let context = YearContext(
            year: year, publishesResults: Self.publishesResults(yearIndex: yearIndex),
            takesSaber: yearIndex > 0 && configuration.includeSaber)
        var continuing: [Int32] = []
        continuing.reserveCapacity(enrolled.count + enrolled.count / 8)
        var away: [Int32] = []
        for index in enrolled {
            switch live(Int(index), context, records: &records, examinees: &examinees) {
            case .continues: continuing.append(index)
            case .returnsAfterGap: away.append(index)
            case .leaves: break
            }
        }
        continuing.append(contentsOf: returningAfterGap)
        enrolled = continuing
        returningAfterGap = away
    }

    /// Replaces a student after a year's changes.
    mutating func update(_ index: Int, _ student: Student) {
        students[index] = student
    }

    /// Adds a new student and returns its index.
    mutating func add(_ student: Student) -> Int32 {
        students.append(student)
        return Int32(students.count - 1)
    }
}

/// What a year is like for every student in it.
struct YearContext {
    /// The calendar year.
    let year: Int
    /// Whether the file carries `RESULTADO`.
    let publishesResults: Bool
    /// Whether grade-11 students sit Saber 11 and are recorded.
    let takesSaber: Bool
}

/// Where a student stands after a year.
enum StudentFate {
    /// Enrolled again next year.
    case continues
    /// Away next year, back the year after.
    case returnsAfterGap
    /// Gone for good: graduated or dropped out.
    case leaves
}
