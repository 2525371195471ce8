import Foundation
import Testing
@testable import SyntheticData

@Suite("Dropout model")
struct DropoutModelTests {
    static func relativelyEqual(_ a: Double, _ b: Double, tolerance: Double = 1e-12) -> Bool {
        abs(a - b) <= tolerance * max(abs(a), abs(b))
    }

    @Test("the baseline and the worst case match the documented logistic")
    func documentedValues() {
        // 1 / (1 + e^3.4), computed with mpmath at 30 digits.
        let baseline = DropoutModel.probability(
            overAgeYears: 0, repeater: false, failedLastYear: false, rural: false, victim: false,
            nightOrWeekend: false, reentry: false, institutionEffect: 0)
        #expect(Self.relativelyEqual(baseline, 0.032295464698450509738775621127))
        // η = −3.4 + 0.3·5 + 0.45 + 0.55 + 0.35 + 0.4 + 0.9 + 1.0 + 1.2 = 2.95; mpmath: 1 / (1 + e^−2.95).
        let worst = DropoutModel.probability(
            overAgeYears: 5, repeater: true, failedLastYear: true, rural: true, victim: true,
            nightOrWeekend: true, reentry: true, institutionEffect: DropoutModel.worseInstitutionEffect)
        #expect(Self.relativelyEqual(worst, 0.950263488441443274816028558576))
    }

    @Test("over-age counts 0…5 years", arguments: [(-3, 0), (0, 0), (2, 2), (5, 5), (9, 5)])
    func overAgeIsClamped(given: Int, counted: Int) {
        func p(_ years: Int) -> Double {
            DropoutModel.probability(
                overAgeYears: years, repeater: false, failedLastYear: false, rural: false, victim: false,
                nightOrWeekend: false, reentry: true, institutionEffect: 0)
        }
        #expect(p(given) == p(counted))
        // η = −3.4 + 0.3·2 + 1.0 = −1.8; mpmath: 1 / (1 + e^1.8).
        if counted == 2 { #expect(Self.relativelyEqual(p(2), 0.141851064900487789594278108471)) }
    }

    @Test("the documented ranking of effects")
    func ranking() {
        let effects = [
            DropoutModel.reentry, DropoutModel.nightOrWeekend, DropoutModel.failedLastYear, DropoutModel.repeater,
            DropoutModel.victim, DropoutModel.rural, DropoutModel.overAgePerYear,
        ]
        #expect(effects == effects.sorted(by: >))
        #expect(effects.allSatisfy { $0 > 0 })
        #expect(DropoutModel.worseInstitutionEffect > 3 * DropoutModel.institutionSpread)
    }

    @Test("the worse institutions and night jornadas lose clearly more students during the year")
    func observedDropout() throws {
        let sample = try GeneratedSample(SampleConfiguration(students: 6000, years: 2, seed: 3, includeSaber: false))
        let worse = Set(sample.manifest.highDropoutInstitutions)
        var enrolled: [Bool: Int] = [:], dropped: [Bool: Int] = [:]
        var nightEnrolled: [Bool: Int] = [:], nightDropped: [Bool: Int] = [:]
        for (_, table) in sample.matricula {
            var byStudent: [String: [[String]]] = [:]
            for row in table.rows { byStudent[row[6], default: []].append(row) }
            for rows in byStudent.values {
                let first = rows[0]
                let isWorse = worse.contains(first[2])
                let isNight = ["4", "5"].contains(first[13])
                let droppedOut = rows.count == 1 && first[15] == "RETIRADO"
                enrolled[isWorse, default: 0] += 1
                nightEnrolled[isNight, default: 0] += 1
                if droppedOut {
                    dropped[isWorse, default: 0] += 1
                    nightDropped[isNight, default: 0] += 1
                }
            }
        }
        func rate(_ d: [Bool: Int], _ e: [Bool: Int], _ key: Bool) -> Double { Double(d[key, default: 0]) / Double(e[key]!) }
        #expect(rate(dropped, enrolled, true) > 1.8 * rate(dropped, enrolled, false))
        #expect(rate(nightDropped, nightEnrolled, true) > 1.5 * rate(nightDropped, nightEnrolled, false))
    }
}
