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
        let years = context.years
        let episodes = context.linked.episodes
        let grades = context.store.columns.grade
        let yearCount = years.count
        let gradeCount = 14
        let width = 1 + states.count + targets.count
        var counts = [Int64](repeating: 0, count: yearCount * gradeCount * yearCount * width)
        func at(_ k0: Int, _ g0: Int, _ k: Int, _ field: Int) -> Int { ((k0 * gradeCount + g0 + 2) * yearCount + k) * width + field }

        var finals: [(k: Int, grade: Int, graduate: Bool, institution: UInt32)] = []
        var e = 0
        while e < episodes.count {
            let student = episodes.student[e]
            finals.removeAll(keepingCapacity: true)
            while e < episodes.count && episodes.student[e] == student {
                let traits = EpisodeTraits(rawValue: episodes.traits[e])
                if traits.contains(.final) {
                    finals.append((context.yearIndex(episodes.year[e]), Int(grades[Int(episodes.record[e])]),
                                   traits.contains(.graduate), episodes.institution[e]))
                }
                e += 1
            }
            for (position, start) in finals.enumerated() where (-2...11).contains(start.grade) {
                if let institution, start.institution != institution { continue }
                var graduatedBefore = start.graduate
                var reached = targets.map { start.grade >= $0 }
                var cursor = position + 1
                for k in (start.k + 1)..<max(start.k + 1, yearCount) {
                    counts[at(start.k, start.grade, k, 0)] += 1
                    let expected = start.grade + (years[k] - years[start.k])
                    var state = 4
                    var current: (k: Int, grade: Int, graduate: Bool, institution: UInt32)?
                    if cursor < finals.count && finals[cursor].k == k { current = finals[cursor]; cursor += 1 }
                    if graduatedBefore {
                        state = 3
                    } else if let current {
                        state = current.grade == expected ? 0 : (current.grade < expected ? 1 : 2)
                    }
                    if let current {
                        for (t, target) in targets.enumerated() where (target...13).contains(current.grade) || current.graduate {
                            reached[t] = true
                        }
                        if current.graduate { graduatedBefore = true }
                    }
                    counts[at(start.k, start.grade, k, 1 + state)] += 1
                    for t in targets.indices where reached[t] { counts[at(start.k, start.grade, k, 1 + states.count + t)] += 1 }
                }
            }
        }
        return table(counts, years: years, width: width, at: at)
    }

    private static func table(_ counts: [Int64], years: [Int], width: Int,
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
