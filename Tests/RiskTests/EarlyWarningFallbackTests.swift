import Testing
import Indicators
@testable import Risk

@Suite("EarlyWarning with too few data")
struct EarlyWarningFallbackTests {
    let context = WarningCheck.context(rows: WarningFixture.rows())

    @Test("four dropouts in 2018 are too few: no model, a note, the rule score ranks")
    func fallback() {
        let result = EarlyWarning.run(context: context)
        #expect(result.split == TemporalSplit(loadedYears: [2018, 2019, 2020]))
        #expect(result.scorer == .rule)
        #expect(result.validationModel == nil && result.scoringModel == nil)
        #expect(result.note == DataLimitation.fewPositives(found: 4, trainingYears: [2018]).message)
        #expect(result.note?.hasPrefix("El año de entrenamiento (2018) tiene solo 4 casos de deserción") == true)
        #expect(result.students.allSatisfy { $0.probability == nil })
    }

    @Test("only the rule score is validated, on 2019, TODOS then subgroups in byte order")
    func validationRows() throws {
        let result = EarlyWarning.run(context: context)
        let table = result.validationTable
        #expect(table.name == "modelo_validacion")
        #expect(table.columns.map(\.name) == ["scorer", "subgrupo", "metrica", "valor"])
        #expect(table.rowCount == 13 * 18)
        #expect(Set(WarningCheck.texts(table, "scorer")) == ["regla"])
        let subgroups = WarningCheck.texts(table, "subgrupo").compactMap { $0 }
        var distinct: [String] = []
        for name in subgroups where distinct.last != name { distinct.append(name) }
        #expect(distinct == ["TODOS"] + ValidationSubgroup.names)
        #expect(distinct == distinct.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(Array(WarningCheck.texts(table, "metrica").prefix(18)) == ValidationReport.metricNames)
    }

    @Test("the rule score's metrics on 2019, worked by hand")
    func ruleMetrics() throws {
        // 2019 rows D99, P1, P14, P2, P3, P5, P6, P7, P8 (key byte order): scores [1, 1, 0, 2, 1, 2, 0, 0, 0],
        // dropouts P14, P3, P5 (rows 2, 4, 5).
        // AUC: P3 (1) beats 3 zeros and ties 2 ones → 4; P5 (2) beats 5, ties 1 → 5.5; P14 (0) ties 3 → 1.5.
        // 11 / (3 · 6). Top 10 %: k = 1, row 3 (P2, score 2, earlier than row 5): not a dropout.
        // Top 20 %: k = 2, rows 3 and 5: one dropout → precision 1/2, recall 1/3.
        let result = EarlyWarning.run(context: context)
        let all = try #require(result.reports.first)
        #expect(all.scorer == .rule && all.subgroup == "TODOS")
        #expect(all.count == 9 && all.positives == 3)
        #expect(ModelCheck.isClose(all.auc, 11.0 / 18.0))
        #expect(all.precisionTop10 == 0 && all.recallTop10 == 0)
        #expect(all.precisionTop20 == 0.5 && ModelCheck.isClose(all.recallTop20, 1.0 / 3.0))
        #expect(all.brier == nil)
        let rural = try #require(result.reports.first { $0.subgroup == "zona=RURAL" })
        #expect(rural.count == 1 && rural.positives == 0)     // P6
        let women = try #require(result.reports.first { $0.subgroup == "genero=F" })
        #expect(women.count == 1)
    }

    @Test("2020 levels by rule score, ties by row order: 1 ALTO, 2 MEDIO, 4 BAJO")
    func levels() {
        // 2020 rows D99, P1, P2, P4, P6, P7, P8 (key byte order) with scores 0, 1, 0, 1, 0, 0, 0.
        let result = EarlyWarning.run(context: context)
        let keys = result.students.map { context.store.interners.student.string($0.student) }
        #expect(keys == ["D99", "P1", "P2", "P4", "P6", "P7", "P8"])
        #expect(result.students.map(\.ruleScore) == [0, 1, 0, 1, 0, 0, 0])
        #expect(result.students.map(\.level) == [.medio, .alto, .bajo, .medio, .bajo, .bajo, .bajo])
        #expect(result.students.map(\.rank) == [3, 1, 4, 2, 5, 6, 7])
        #expect(result.students[1].reasonPhrases == ["3 años por encima de la edad teórica"])
        #expect(result.students[3].reasonPhrases == ["reingresa después de haber salido del sistema"])
        #expect(result.students[0].reasons.isEmpty)
        #expect(result.institutionLevelCounts == [
            WarningFixture.a: RiskLevelCounts(alto: 1, medio: 2, bajo: 3),
            WarningFixture.b: RiskLevelCounts(alto: 0, medio: 0, bajo: 1),
        ])
    }

    @Test("one student list per institution with ALTO or MEDIO students, riskiest first")
    func studentTables() throws {
        let result = EarlyWarning.run(context: context)
        let tables = result.studentTables(context: context)
        #expect(tables.map(\.name) == ["estudiantes_riesgo/111001000001"])
        let table = try #require(tables.first)
        #expect(table.columns.map(\.name) == [
            "anio", "institucion", "sede", "grado", "clave_estudiante", "tipo_clave", "probabilidad",
            "puntaje_regla", "nivel_riesgo", "motivo_1", "motivo_2", "motivo_3",
        ])
        #expect(WarningCheck.texts(table, "clave_estudiante") == ["1", "4", "99"])
        #expect(WarningCheck.texts(table, "tipo_clave") == ["PER_ID", "PER_ID", "DOCUMENTO"])
        #expect(WarningCheck.texts(table, "sede") == ["11100100000101", "11100100000101", "11100100000101"])
        #expect(WarningCheck.texts(table, "nivel_riesgo") == ["ALTO", "MEDIO", "MEDIO"])
        #expect(WarningCheck.texts(table, "motivo_1") == ["3 años por encima de la edad teórica",
                                                          "reingresa después de haber salido del sistema", nil])
        guard case .rates(let probabilities)? = table.column(named: "probabilidad")?.values else {
            Issue.record("probabilidad is not a rate column")
            return
        }
        #expect(probabilities == [nil, nil, nil])
    }

    @Test("two loaded years: the rule score is still validated on the first")
    func twoYears() throws {
        let rows = WarningFixture.rows().filter { !$0.hasPrefix("2020") }
        let result = EarlyWarning.run(context: WarningCheck.context(rows: rows))
        #expect(result.note == DataLimitation.fewYears(loaded: 2).message)
        #expect(result.reports.map(\.scorer).allSatisfy { $0 == .rule })
        #expect(result.reports.first?.count == 7)
        #expect(result.students.count == 9)
    }

    @Test("one loaded year: nothing to validate, the rule score ranks its students")
    func oneYear() {
        let rows = WarningFixture.rows().filter { $0.hasPrefix("2020") }
        let result = EarlyWarning.run(context: WarningCheck.context(rows: rows))
        #expect(result.note == DataLimitation.fewYears(loaded: 1).message)
        #expect(result.reports.isEmpty && result.validationTable.rowCount == 0)
        #expect(result.students.count == 7)
        #expect(result.students.filter { $0.level == .alto }.count == 1)
    }

    @Test("no matrícula at all: empty results, no trap")
    func empty() {
        let store = EnrollmentStore()
        let context = IndicatorContext(store: store, linked: Linker.link(store), institutions: [])
        let result = EarlyWarning.run(context: context)
        #expect(result.split == TemporalSplit(loadedYears: []))
        #expect(result.students.isEmpty && result.reports.isEmpty)
        #expect(result.institutionLevelCounts.isEmpty)
        #expect(result.studentTables(context: context).isEmpty)
        #expect(result.note == DataLimitation.fewYears(loaded: 0).message)
    }

    @Test("institution codes become safe file names", arguments: [
        ("111001000001", "111001000001"), ("../x", "_2E_2E_2Fx"), ("A B/Ñ", "A_20B_2F_C3_91"), ("", "_"),
        ("X/1", "X_2F1"), ("X_1", "X_5F1"),
    ])
    func fileSafe(code: String, expected: String) {
        #expect(EarlyWarningResult.fileSafe(code) == expected)
    }
}
