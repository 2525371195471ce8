import Testing
import Indicators
@testable import Risk

@Suite("EarlyWarning rule score")
struct EarlyWarningRuleTests {
    let context = WarningCheck.context(rows: WarningFixture.rows())

    @Test("the score counts over-age ≥ 2, repeater, failed in t−1, re-entry and transfer in t−1")
    func scores2019() throws {
        let rows = try #require(WarningDataset.extract(from: context).rows(ofYear: 2019))
        // Rows in key byte order: D99 reported repeater; P1 over-age 3; P14 nothing; P2 repeater + failed;
        // P3 transfer; P5 over-age 2 + re-entry; P6 over-age 1 only; P7 unknown age; P8 nothing.
        #expect(rows.ruleScores == [1, 1, 0, 2, 1, 2, 0, 0, 0])
        #expect(rows.conditions(ofRow: 3) == [.repeater, .failedPreviousYear])
        #expect(rows.conditions(ofRow: 5) == [.overAge, .reentry])
        #expect(rows.conditions(ofRow: 5).features == [.extraedadAnios, .reingreso])
    }

    @Test("a score is the number of conditions", arguments: [
        (RuleCondition(), 0), (RuleCondition.overAge, 1), ([.repeater, .transferPreviousYear], 2),
        ([.overAge, .repeater, .failedPreviousYear, .reentry, .transferPreviousYear], 5),
    ] as [(RuleCondition, Int)])
    func count(conditions: RuleCondition, score: Int) {
        #expect(conditions.score == score)
    }
}

@Suite("EarlyWarning temporal split")
struct EarlyWarningSplitTests {
    @Test("fit on the known years before T−1, validate T−1, score the latest year", arguments: [
        ([2015, 2016, 2017, 2018, 2019, 2020], [2015, 2016, 2017, 2018], 2019 as Int?, 2020 as Int?),
        ([2018, 2019, 2020], [2018], 2019, 2020),
        ([2020, 2018, 2019], [2018], 2019, 2020),
        ([2019, 2020], [], 2019, 2020),
        ([2018, 2019, 2021], [], 2018, 2021),
        ([2015, 2016, 2018, 2019, 2020], [2015, 2018], 2019, 2020),
        ([2020], [], nil, 2020),
        ([], [], nil, nil),
    ] as [([Int], [Int], Int?, Int?)])
    func split(loaded: [Int], training: [Int], evaluation: Int?, scoring: Int?) {
        let split = TemporalSplit(loadedYears: loaded)
        #expect(split.trainingYears == training)
        #expect(split.evaluationYear == evaluation)
        #expect(split.scoringYear == scoring)
        #expect(split.refitYears == training + (evaluation.map { [$0] } ?? []))
    }

    @Test("too few data: the limitation and its Spanish note", arguments: [
        (2, [2019, 2020], 0, DataLimitation.fewYears(loaded: 2) as DataLimitation?),
        (3, [2018, 2019, 2021], 0, .noTrainingYears(evaluationYear: 2018)),
        (3, [2015, 2017, 2019], 0, .noKnownOutcome),
        (3, [2018, 2019, 2020], 49, .fewPositives(found: 49, trainingYears: [2018])),
        (3, [2018, 2019, 2020], 50, nil),
    ] as [(Int, [Int], Int, DataLimitation?)])
    func limitation(yearCount: Int, years: [Int], positives: Int, expected: DataLimitation?) {
        let limitation = DataLimitation(yearCount: yearCount, split: TemporalSplit(loadedYears: years),
                                        trainingPositives: positives)
        #expect(limitation == expected)
        #expect(limitation?.message.contains("puntaje de reglas") ?? true)
    }
}
