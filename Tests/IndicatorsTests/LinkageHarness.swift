import Testing
@testable import Indicators

/// A matrícula input read, linked and resolved into an `IndicatorContext`, with lookups by the
/// names a fixture uses (`P101` for `PER_ID` 101, institution codes as written).
struct LinkedFixture {
    /// What `Ingestor.load` returned.
    let result: IngestResult
    /// The context every table is computed from.
    let context: IndicatorContext

    /// Reads `paths` in order and links them with `parameters`.
    init(paths: [String], parameters: LinkageParameters = LinkageParameters()) {
        result = Ingestor.load(paths)
        let linked = Linker.link(result.enrollment, parameters: parameters)
        let institutions = InstitutionAttributes.resolve(result.enrollment, directory: result.directory)
        context = IndicatorContext(store: result.enrollment, linked: linked, institutions: institutions)
    }

    /// Reads the named fixture under `Tests/Fixtures`.
    init(fixture: String, parameters: LinkageParameters = LinkageParameters()) {
        self.init(paths: [Fixture.path(fixture)], parameters: parameters)
    }

    /// Reads `csv` written to a temporary file.
    init(csv: String, parameters: LinkageParameters = LinkageParameters()) {
        self.init(paths: [Fixture.temporary("matricula.csv", csv)], parameters: parameters)
    }

    var episodes: EpisodeTable { context.linked.episodes }
    var columns: EnrollmentColumns { context.store.columns }

    /// The student key of episode `e` (`P101`, `D88`).
    func student(_ e: Int) -> String { context.store.interners.student.string(episodes.student[e]) }

    /// The institution code of episode `e`.
    func institution(_ e: Int) -> String { context.store.interners.institution.string(episodes.institution[e]) }

    /// The episodes of `student` in `year`, in episode order (the last one is the final episode).
    func episodes(of student: String, in year: Int) -> [Int] {
        (0..<episodes.count).filter { Int(episodes.year[$0]) == year && self.student($0) == student }
    }

    /// The episode of `student` at `institution` in `year`.
    func episode(_ student: String, _ institution: String, _ year: Int) throws -> Int {
        try #require(episodes(of: student, in: year).first { self.institution($0) == institution },
                     "no episode \(student)@\(institution) in \(year)")
    }

    /// Class name and rule label of episode `e` (`("APROBADO", "3d")`).
    func outcome(_ e: Int) -> (className: String, rule: String) {
        (EpisodeClass(rawValue: episodes.episodeClass[e])!.name, ClassRule(rawValue: episodes.rule[e])!.label)
    }

    /// The traits of episode `e`.
    func traits(_ e: Int) -> EpisodeTraits { EpisodeTraits(rawValue: episodes.traits[e]) }

    /// The 1-based file line of episode `e`'s last record.
    func line(_ e: Int) -> Int { Int(columns.line[context.record(e)]) }

    /// The grade of episode `e` (from its last record).
    func grade(_ e: Int) -> Int { Int(columns.grade[context.record(e)]) }
}

/// Read access to a `ResultTable` by column name and by key values.
struct TableView {
    let table: ResultTable

    init(_ table: ResultTable) { self.table = table }

    var rowCount: Int { table.rowCount }

    /// The cell as text: integers in decimal, rates and decimals with 6 decimals, empty for nil.
    func cell(_ column: String, _ row: Int) -> String {
        guard let values = table.column(named: column)?.values else { return "<no column \(column)>" }
        switch values {
        case .integers(let v): return v[row].map { String($0) } ?? ""
        case .texts(let v): return v[row] ?? ""
        case .rates(let v), .decimals(let v): return v[row].map { sixDecimals($0) } ?? ""
        }
    }

    /// An integer cell (nil when empty or not an integer column).
    func integer(_ column: String, _ row: Int) -> Int64? {
        guard case .integers(let v) = table.column(named: column)?.values else { return nil }
        return v[row]
    }

    /// A rate cell (nil when empty or not a rate column).
    func rate(_ column: String, _ row: Int) -> Double? {
        guard case .rates(let v) = table.column(named: column)?.values else { return nil }
        return v[row]
    }

    /// Every value of a column as text.
    func texts(_ column: String) -> [String] { (0..<rowCount).map { cell(column, $0) } }

    /// The rows whose cells equal `keys` (column name → text).
    func rows(_ keys: [String: String]) -> [Int] {
        (0..<rowCount).filter { row in keys.allSatisfy { cell($0.key, row) == $0.value } }
    }

    /// The single row whose cells equal `keys`.
    func row(_ keys: [String: String]) throws -> Int {
        let found = rows(keys)
        try #require(found.count == 1, "\(table.name): \(found.count) rows match \(keys)")
        return found[0]
    }

    /// The integer cells of `columns` in `row`.
    func integers(_ columns: [String], _ row: Int) -> [Int64?] { columns.map { integer($0, row) } }
}

/// `x` with 6 decimals, rounded half away from zero (as the CSV writer shows a rate).
func sixDecimals(_ x: Double) -> String {
    let scaled = Int64((x * 1_000_000).rounded())
    let sign = scaled < 0 ? "-" : ""
    let magnitude = scaled.magnitude
    let fraction = String(magnitude % 1_000_000)
    return "\(sign)\(magnitude / 1_000_000).\(String(repeating: "0", count: 6 - fraction.count))\(fraction)"
}

/// Whether `a` and `b` agree to a relative tolerance (both nil also agree).
func close(_ a: Double?, _ b: Double?, tolerance: Double = 1e-12) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?): return x == y || abs(x - y) <= tolerance * max(abs(x), abs(y))
    default: return false
    }
}
