import Foundation
import Testing
@testable import SyntheticData

/// The clean fixture's rows grouped by year and student (`PER_ID`), in file order.
struct Trajectories {
    /// Column positions of the clean header.
    enum Column {
        static let institution = 2, perID = 6, grade = 11, status = 15, reason = 16, eventDate = 17
        static let repeater = 18, isNew = 19, previousAcademic = 20, previousCondition = 21
    }

    /// Rows by year, then by student.
    let rows: [Int: [String: [[String]]]]

    init(_ sample: GeneratedSample) {
        var rows: [Int: [String: [[String]]]] = [:]
        for (file, table) in sample.matricula {
            for row in table.rows { rows[file.year!, default: [:]][row[Column.perID], default: []].append(row) }
        }
        self.rows = rows
    }

    /// The student's last row of the year (the final episode in our files).
    func final(_ student: String, _ year: Int) -> [String]? {
        rows[year]?[student]?.last
    }
}

@Suite("Trajectories")
struct TrajectoryTests {
    let sample: GeneratedSample
    let paths: Trajectories
    typealias Column = Trajectories.Column

    init() throws {
        sample = try Fixtures.cleanSample.get()
        paths = Trajectories(sample)
    }

    @Test("from one year to the next most students move up exactly one grade, almost none go down")
    func studentsMoveUp() {
        var pairs = 0, higherOrSame = 0, promoted = 0
        for year in 2019...2021 {
            for (student, _) in paths.rows[year]! {
                guard let now = paths.final(student, year).flatMap({ Int($0[Column.grade]) }),
                    let next = paths.final(student, year + 1).flatMap({ Int($0[Column.grade]) }),
                    (-2...11).contains(now), (-2...11).contains(next)
                else { continue }
                pairs += 1
                if next >= now { higherOrSame += 1 }
                if next == now + 1 { promoted += 1 }
            }
        }
        #expect(pairs > 1000)
        #expect(Double(higherOrSame) / Double(pairs) > 0.99)
        #expect(Double(promoted) / Double(pairs) > 0.85)
    }

    @Test("a student back in the same grade is flagged repeater, and mostly reported as failed")
    func repeatersAreFlagged() {
        var repeated = 0, failed = 0
        for year in 2019...2021 {
            for (student, _) in paths.rows[year]! {
                guard let now = paths.final(student, year), let next = paths.rows[year + 1]?[student]?.first,
                    now[Column.grade] == next[Column.grade], (1...11).contains(Int(now[Column.grade])!)
                else { continue }
                repeated += 1
                #expect(next[Column.repeater] == "S")
                if next[Column.previousAcademic] == "2" { failed += 1 }
            }
        }
        #expect(repeated > 10)
        #expect(Double(failed) / Double(repeated) > 0.8)
    }

    @Test("a transfer is a RETIRADO row at one institution then an enrollment at another, later or undated")
    func transfers() {
        var transfers = 0
        for (year, students) in paths.rows {
            for (_, rows) in students where rows.count == 2 {
                let (left, arrived) = (rows[0], rows[1])
                #expect(left[Column.status] == "RETIRADO")
                #expect(left[Column.institution] != arrived[Column.institution])
                #expect(arrived[Column.status] != "RETIRADO")
                #expect(left[Column.grade] == arrived[Column.grade])
                if !arrived[Column.eventDate].isEmpty {
                    #expect(Self.day(arrived[Column.eventDate]) > Self.day(left[Column.eventDate]))
                }
                #expect(left[Column.eventDate].hasSuffix("/\(year)"))
                transfers += 1
            }
        }
        #expect(transfers > 20)
        let reasons = paths.rows.values.flatMap(\.values).filter { $0.count == 2 }.map { $0[0][Column.reason] }
        #expect(reasons.filter { $0 == "TRASLADO" }.count > reasons.count / 2)
        #expect(reasons.contains { $0 != "TRASLADO" })
    }

    @Test("intra-year dropouts are dated within the year, never give a transfer reason, and are absent next year")
    func dropouts() {
        var dropouts = 0
        for year in 2019...2021 {
            for (student, rows) in paths.rows[year]! where rows.count == 1 && rows[0][Column.status] == "RETIRADO" {
                dropouts += 1
                #expect(!rows[0][Column.reason].contains("TRASLAD"))
                #expect(rows[0][Column.eventDate].hasSuffix("/\(year)"))
                #expect(paths.rows[year + 1]?[student] == nil)
            }
        }
        #expect(dropouts > 20)
    }

    @Test("re-entrants (CON_ALUM_ANO_ANT 3) were away the year before and enrolled the year before that")
    func reentry() {
        var reentrants = 0
        for year in 2021...2022 {
            for (student, rows) in paths.rows[year]! where rows[0][Column.previousCondition] == "3" {
                reentrants += 1
                #expect(paths.rows[year - 1]?[student] == nil)
                #expect(paths.rows[year - 2]?[student] != nil)
                #expect(rows[0][Column.previousAcademic] == "0")
            }
        }
        #expect(reentrants > 0)
    }

    @Test("graduates (grade 11 GRADUADO or APROBADO) do not come back; new entrants were never seen before")
    func graduatesAndEntrants() {
        var graduates = 0, entrants = 0
        for year in 2019...2021 {
            for (student, rows) in paths.rows[year]! {
                let last = rows.last!
                let result = year <= 2020 ? last[22] : ""
                if last[Column.grade] == "11" && (last[Column.status] == "GRADUADO" || result == "APROBADO") {
                    graduates += 1
                    #expect(paths.rows[year + 1]?[student] == nil)
                }
            }
        }
        for year in 2020...2022 {
            for (student, rows) in paths.rows[year]! where rows[0][Column.isNew] == "S" {
                entrants += 1
                #expect((2019..<year).allSatisfy { paths.rows[$0]?[student] == nil })
            }
        }
        #expect(graduates > 10)
        #expect(entrants > 50)
    }

    @Test("birth dates match the grade: most students at theoretical age, some one to four years over")
    func birthDates() {
        var gaps: [Int: Int] = [:]
        for (_, rows) in paths.rows[2019]! {
            let row = rows[0]
            guard let grade = Int(row[Column.grade]), (-2...11).contains(grade) else { continue }
            let parts = row[9].split(separator: "/").map { Int($0)! }
            let age = 2019 - parts[2] - (parts[1] > 3 ? 1 : 0)
            gaps[age - (grade + 5), default: 0] += 1
        }
        let total = gaps.values.reduce(0, +)
        #expect(Double(gaps[0, default: 0]) / Double(total) > 0.6)
        #expect((1...4).allSatisfy { gaps[$0, default: 0] > 0 })
        #expect(gaps.keys.allSatisfy { (-1...6).contains($0) })
    }

    static func day(_ text: String) -> Int {
        let parts = text.split(separator: "/").map { Int($0)! }
        return CivilDate.dayNumber(year: parts[2], month: parts[1], day: parts[0])
    }
}
