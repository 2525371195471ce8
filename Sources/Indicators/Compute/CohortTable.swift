/// `trayectorias_cohorte` (SPEC §4 "Trajectories"): cohort follow-up and survival.
///
/// A cohort (t0, g0) is the students whose final episode of year t0 is in regular grade g0
/// (−2…11). For each later loaded year t = t0 + k, every member is in exactly one state, checked in
/// this order: `graduados` (graduated — an APROBADO final episode in grade 11, 13 or 26 — in a year
/// before t), `a_tiempo` (final episode of t in grade g0 + k), `rezagados` (in a lower grade),
/// `adelantados` (in a higher grade), `sin_registro` (no record in t: dropped out or left the
/// territory). Rates divide by `cohorte`. `supervivencia_grado_X` is the share that reached grade X
/// (a final episode in grades X…13, or graduated) in some year from t0 to t; empty when g0 ≥ X.
public enum CohortTable {
    static let states = ["a_tiempo", "rezagados", "adelantados", "graduados", "sin_registro"]
    static let targets = [5, 9, 11]

    /// The table for the whole territory, or for the cohorts whose t0 final episode is at `institution`.
    public static func make(_ context: IndicatorContext, institution: UInt32? = nil) -> ResultTable {
        var counter = CohortCounter(context)
        let episodes = context.linked.episodes
        for e in 0..<episodes.count where CohortCounter.isStart(e, episodes: episodes, grades: counter.grades) {
            if let institution, episodes.institution[e] != institution { continue }
            counter.add(start: e)
        }
        return counter.table()
    }

    /// One table per institution code (cohorts by their t0 institution), in one pass over the starts.
    public static func makeByInstitution(_ context: IndicatorContext) -> [String: ResultTable] {
        let episodes = context.linked.episodes
        let grades = context.store.columns.grade
        var starts: [UInt32: [Int]] = [:]
        for e in 0..<episodes.count where CohortCounter.isStart(e, episodes: episodes, grades: grades) {
            starts[episodes.institution[e], default: []].append(e)
        }
        var tables: [String: ResultTable] = [:]
        for (institution, list) in starts {
            var counter = CohortCounter(context)
            for e in list { counter.add(start: e) }
            tables[context.institutions[Int(institution)].code] = counter.table()
        }
        return tables
    }

    static func table(_ counts: [Int64], years: [Int], width: Int,
                      at: (Int, Int, Int, Int) -> Int) -> ResultTable {
        var keyYear: [Int64?] = [], keyGrade: [Int64?] = [], keyLater: [Int64?] = []
        var values = [[Int64?]](repeating: [], count: width)
        var rates = [[Double?]](repeating: [], count: states.count - 1 + targets.count)
        for k0 in years.indices {
            for g0 in -2...11 {
                for k in (k0 + 1)..<max(k0 + 1, years.count) {
                    let size = counts[at(k0, g0, k, 0)]
                    guard size > 0 else { continue }
                    keyYear.append(Int64(years[k0])); keyGrade.append(Int64(g0)); keyLater.append(Int64(years[k]))
                    for f in 0..<width { values[f].append(counts[at(k0, g0, k, f)]) }
                    let shares = [1, 2, 4, 5].map { Double(counts[at(k0, g0, k, $0)]) / Double(size) }
                    for (r, share) in shares.enumerated() { rates[r].append(share) }
                    for (t, target) in targets.enumerated() {
                        rates[4 + t].append(g0 >= target ? nil : Double(counts[at(k0, g0, k, 1 + states.count + t)]) / Double(size))
                    }
                }
            }
        }
        var columns = [ResultColumn("anio_cohorte", .integers(keyYear)), ResultColumn("grado_cohorte", .integers(keyGrade)),
                       ResultColumn("anio", .integers(keyLater)), ResultColumn("cohorte", .integers(values[0]))]
        for (s, name) in states.enumerated() { columns.append(ResultColumn(name, .integers(values[1 + s]))) }
        for (r, name) in ["tasa_a_tiempo", "tasa_rezagados", "tasa_graduados", "tasa_sin_registro"].enumerated() {
            columns.append(ResultColumn(name, .rates(rates[r])))
        }
        for (t, target) in targets.enumerated() {
            columns.append(ResultColumn("supervivencia_grado_\(target)", .rates(rates[4 + t])))
        }
        return ResultTable(name: "trayectorias_cohorte", columns: columns)
    }
}

/// Counts cohort states for chosen cohort starts (final episodes in regular grades −2…11).
struct CohortCounter {
    let context: IndicatorContext
    let years: [Int]
    let grades: [Int8]
    let episodes: EpisodeTable
    /// Position of each episode's year in `years`.
    let yearSlots: [UInt8]
    /// `CohortTable.targets`.
    let targets = CohortTable.targets
    let width = 1 + CohortTable.states.count + CohortTable.targets.count
    var counts: [Int64]

    init(_ context: IndicatorContext) {
        self.context = context
        years = context.years
        grades = context.store.columns.grade
        episodes = context.linked.episodes
        yearSlots = context.yearSlots
        counts = [Int64](repeating: 0, count: years.count * 14 * years.count * width)
    }

    func at(_ k0: Int, _ g0: Int, _ k: Int, _ field: Int) -> Int { ((k0 * 14 + g0 + 2) * years.count + k) * width + field }

    /// Whether episode `e` starts a cohort: a final episode in grade −2…11.
    static func isStart(_ e: Int, episodes: EpisodeTable, grades: [Int8]) -> Bool {
        EpisodeTraits(rawValue: episodes.traits[e]).contains(.final) && (-2...11).contains(grades[Int(episodes.record[e])])
    }

    /// Follows the student of cohort start `e` through the later loaded years.
    ///
    /// - Complexity: O(the student's later episodes); no allocation.
    mutating func add(start e: Int) {
        let student = episodes.student[e]
        let k0 = Int(yearSlots[e]), g0 = Int(grades[Int(episodes.record[e])])
        var graduatedBefore = EpisodeTraits(rawValue: episodes.traits[e]).contains(.graduate)
        // Bit t: the cohort member has reached `targets[t]`.
        var reached = 0
        for (t, target) in targets.enumerated() where g0 >= target { reached |= 1 << t }
        var cursor = e + 1
        let end = episodes.count
        for k in (k0 + 1)..<max(k0 + 1, years.count) {
            counts[at(k0, g0, k, 0)] += 1
            let expected = g0 + (years[k] - years[k0])
            // The student's final episode of year k, if any.
            var current: (grade: Int, graduate: Bool)?
            while cursor < end && episodes.student[cursor] == student && Int(yearSlots[cursor]) <= k {
                let traits = EpisodeTraits(rawValue: episodes.traits[cursor])
                if Int(yearSlots[cursor]) == k && traits.contains(.final) {
                    current = (Int(grades[Int(episodes.record[cursor])]), traits.contains(.graduate))
                }
                cursor += 1
            }
            var state = 4
            if graduatedBefore {
                state = 3
            } else if let current {
                state = current.grade == expected ? 0 : (current.grade < expected ? 1 : 2)
            }
            if let current {
                for (t, target) in targets.enumerated() where (target...13).contains(current.grade) || current.graduate {
                    reached |= 1 << t
                }
                if current.graduate { graduatedBefore = true }
            }
            counts[at(k0, g0, k, 1 + state)] += 1
            for t in targets.indices where reached & (1 << t) != 0 {
                counts[at(k0, g0, k, 1 + CohortTable.states.count + t)] += 1
            }
        }
    }

    /// The `trayectorias_cohorte` table of what was counted.
    func table() -> ResultTable {
        CohortTable.table(counts, years: years, width: width, at: at)
    }
}
