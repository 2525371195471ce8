import Foundation
import Testing
@testable import SyntheticData

@Suite("Saber 11")
struct SaberTests {
    let sample: GeneratedSample

    init() throws {
        sample = try Fixtures.messySample.get()
    }

    @Test("scores lie in 0…100, the global is ICFES's weighted sum in 0…500")
    func scores() throws {
        #expect(Int((Double(5 * (3 * (54 + 49 + 40 + 39) + 47)) / 13).rounded()) == 228)  // a row checked by hand
        for file in sample.manifest.files(of: .saber11) {
            let table = sample.table(file)
            let subjects = ["PUNT_LECTURA_CRITICA", "PUNT_MATEMATICAS", "PUNT_C_NATURALES", "PUNT_SOCIALES_CIUDADANAS", "PUNT_INGLES"]
                .map { table.column($0)! }
            let global = try #require(table.column("PUNT_GLOBAL"))
            for row in table.rows {
                let scores = subjects.map { Int(row[$0])! }
                #expect(scores.allSatisfy { (0...100).contains($0) })
                let weighted = 3 * (scores[0] + scores[1] + scores[2] + scores[3]) + scores[4]
                #expect(Int(row[global])! == Int((Double(5 * weighted) / 13).rounded()))
            }
        }
    }

    @Test("performance levels appear every other year and match the score bands")
    func levels() throws {
        let files = sample.manifest.files(of: .saber11)
        #expect(files.map { $0.columns.contains("DESEMP_MATEMATICAS") } == [true, false, true])
        #expect(files.allSatisfy { $0.columns.contains("DESEMP_INGLES") })
        let table = sample.table(files[0])
        let (math, level) = (table.column("PUNT_MATEMATICAS")!, table.column("DESEMP_MATEMATICAS")!)
        for row in table.rows {
            let score = Int(row[math])!
            #expect((row[level] == "1") == (score <= 35))
        }
    }

    @Test("anomalies are found as counted: no school code, repeated consecutivo, not published")
    func anomalies() throws {
        for file in sample.manifest.files(of: .saber11) {
            let table = sample.table(file)
            let (serial, school, status) = (
                table.column("ESTU_CONSECUTIVO")!, table.column("COLE_COD_DANE_ESTABLECIMIENTO")!,
                table.column("ESTU_ESTADOINVESTIGACION")!
            )
            let distinct = Dictionary(table.rows.map { ($0[serial], $0) }, uniquingKeysWith: { first, _ in first })
            #expect(table.rows.count - distinct.count == file.injected["consecutivo_duplicado"])
            #expect(distinct.values.filter { $0[school].isEmpty }.count == file.injected["sin_colegio"])
            #expect(distinct.values.filter { $0[status] != "PUBLICAR" }.count == file.injected["no_publicar"])
            let year = try #require(file.year)
            #expect(table.rows.allSatisfy { ["\(year)4", "\(year)2"].contains($0[0]) && $0[serial].hasPrefix("SB11\($0[0])") })
        }
    }

    @Test("examinees are most of the year's grade-11 students, at their own schools")
    func examinees() throws {
        let clean = try Fixtures.cleanSample.get()
        for saber in clean.manifest.files(of: .saber11) {
            let matricula = clean.table(clean.manifest.files.first { $0.kind == .matricula && $0.year == saber.year }!)
            let eleventh = matricula.rows.filter { $0[11] == "11" && $0[15] != "RETIRADO" }
            let schools = Set(eleventh.map { $0[2] })
            let rows = clean.table(saber).rows
            let share = Double(rows.count - saber.injected["consecutivo_duplicado", default: 0]) / Double(eleventh.count)
            #expect(share > 0.8 && share <= 1)
            #expect(rows.allSatisfy { $0[2].isEmpty || schools.contains($0[2]) })
        }
    }

    @Test("the low-score institutions score far below the rest")
    func lowScores() throws {
        let big = try GeneratedSample(SampleConfiguration(students: 5000, years: 2, seed: 5))
        let low = Set(big.manifest.lowScoreInstitutions)
        let rows = big.table(big.manifest.files(of: .saber11)[0]).rows.filter { !$0[2].isEmpty }
        func mean(_ selected: [[String]]) -> Double { selected.map { Double($0[10])! }.reduce(0, +) / Double(selected.count) }
        let lowRows = rows.filter { low.contains($0[2]) }
        #expect(!lowRows.isEmpty)
        #expect(mean(lowRows) < mean(rows.filter { !low.contains($0[2]) }) - 40)
    }
}
