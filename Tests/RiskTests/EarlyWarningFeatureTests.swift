import Testing
import Indicators
@testable import Risk

@Suite("EarlyWarning features")
struct EarlyWarningFeatureTests {
    let context = WarningCheck.context(rows: WarningFixture.rows())

    /// Every value of the SPEC's list of features of `key`'s row in `year`: the listed ones, 0 for
    /// the rest (the version-2 features are checked in `versionTwoFeatures`).
    func expectRow(_ key: String, year: Int, _ expected: [WarningFeature: Float],
                   sourceLocation: SourceLocation = #_sourceLocation) throws {
        let dataset = WarningDataset.extract(from: context)
        let rows = try #require(dataset.rows(ofYear: year), sourceLocation: sourceLocation)
        let row = try #require(WarningCheck.row(of: key, in: rows, context), "\(key) has no \(year) row",
                               sourceLocation: sourceLocation)
        let features = dataset.features(of: rows)
        for feature in WarningFeature.allCases where feature.column < FeatureWriter.listedCount {
            let actual = features[row: row, column: feature.column]
            #expect(actual == expected[feature] ?? 0, "\(key) \(year) \(feature.name)", sourceLocation: sourceLocation)
        }
    }

    @Test("the columns are the Spanish snake_case feature names, in order")
    func names() {
        #expect(WarningFeature.columnNames.first == "extraedad_anios")
        #expect(WarningFeature.columnNames.count == 27)
        #expect(Set(WarningFeature.columnNames).count == 27)
        #expect(WarningFeature.columnNames.last == "fecha_nacimiento_desconocida")
        #expect(WarningFeature(name: "reprobo_anio_anterior") == .reproboAnioAnterior)
    }

    @Test("one row per final episode that is not a transfer, in student key byte order")
    func rowsPerYear() throws {
        let dataset = WarningDataset.extract(from: context)
        #expect(dataset.years.map(\.year) == [2018, 2019, 2020])
        #expect(dataset.years.map(\.count) == [7, 9, 7])
        #expect(dataset.years.map(\.hasKnownOutcome) == [true, true, false])
        let rows2019 = try #require(dataset.rows(ofYear: 2019))
        let keys = (0..<rows2019.count).map { WarningCheck.key(rows2019, $0, context) }
        #expect(keys == ["D99", "P1", "P14", "P2", "P3", "P5", "P6", "P7", "P8"])
    }

    @Test("version-2 features: P1 in 2019 is 13 (born 1 June 2005, 31 March 2019) in grade 5; no history in 2018")
    func versionTwoFeatures() throws {
        let dataset = WarningDataset.extract(from: context)
        let rows = try #require(dataset.rows(ofYear: 2019))
        let row = try #require(WarningCheck.row(of: "P1", in: rows, context))
        let features = dataset.features(of: rows)
        #expect(features[row: row, column: WarningFeature.grado.column] == 5)
        #expect(features[row: row, column: WarningFeature.gradoFinal.column] == 0)
        #expect(features[row: row, column: WarningFeature.edad.column] == 13)
        #expect(features[row: row, column: WarningFeature.fechaNacimientoDesconocida.column] == 0)
        let first = try #require(dataset.rows(ofYear: 2018))
        let firstFeatures = dataset.features(of: first)
        for r in 0..<first.count {
            #expect(firstFeatures[row: r, column: WarningFeature.tasaDesercionInstitucionHistorica.column] == 0)
            #expect(firstFeatures[row: r, column: WarningFeature.tasaDesercionMunicipioHistorica.column] == 0)
        }
    }

    @Test("over-age years from the birth date: 13 years old in grade 5 is 3 years over")
    func overAge() throws {
        try expectRow("P1", year: 2019, [.extraedadAnios: 3, .nivelPrimaria: 1, .tasaDesercionInstitucionAnterior: 0.2])
    }

    @Test("failing in t−1 makes a repeater (observed) who failed the year before")
    func failedPreviousYear() throws {
        try expectRow("P2", year: 2019, [.extraedadAnios: 1, .repitente: 1, .reproboAnioAnterior: 1,
                                          .nivelSecundaria: 1, .tasaDesercionInstitucionAnterior: 0.2])
    }

    @Test("a transfer in t−1 is a feature; B had no dropout in 2018")
    func transferPreviousYear() throws {
        try expectRow("P3", year: 2019, [.trasladoAnioAnterior: 1, .nivelSecundaria: 1])
    }

    @Test("CON_ALUM_ANO_ANT 3 is a re-entry; a new institution takes the territory's t−1 rate")
    func reentryByCondition() throws {
        try expectRow("P5", year: 2019, [.extraedadAnios: 2, .reingreso: 1, .nuevo: 1, .nivelSecundaria: 1,
                                          .tasaDesercionInstitucionAnterior: Float(1.0 / 7.0)])
    }

    @Test("absent in t−1 but present earlier is a re-entry; A's 2019 rate is 1/6")
    func reentryByAbsence() throws {
        try expectRow("P4", year: 2020, [.reingreso: 1, .nivelPrimaria: 1,
                                          .tasaDesercionInstitucionAnterior: Float(1.0 / 6.0)])
    }

    @Test("vulnerability flags, rural zone, night jornada, level and gender")
    func flags() throws {
        try expectRow("P6", year: 2019, [
            .extraedadAnios: 1, .victima: 1, .discapacidad: 1, .etnia: 1, .migrante: 1, .zonaRural: 1,
            .jornadaNocturnaFinDeSemana: 1, .nivelMedia: 1, .generoF: 1, .tasaDesercionInstitucionAnterior: 0.2,
        ])
    }

    @Test("no birth date: over-age 0 plus the unknown-age indicator; weekend jornada")
    func unknownAge() throws {
        try expectRow("P7", year: 2019, [.edadDesconocida: 1, .jornadaNocturnaFinDeSemana: 1, .nivelPrimaria: 1])
    }

    @Test("transición is the base level, and a reported repeater counts")
    func baseLevelAndReportedRepeater() throws {
        try expectRow("P8", year: 2019, [.tasaDesercionInstitucionAnterior: 0.2])
        try expectRow("D99", year: 2019, [.repitente: 1, .nivelPrimaria: 1, .tasaDesercionInstitucionAnterior: 0.2])
    }

    @Test("the first loaded year has no t−1: only the indicator says so")
    func firstYear() throws {
        try expectRow("P2", year: 2018, [.nivelSecundaria: 1, .anioAnteriorDesconocido: 1])
    }

    @Test("outcomes: intra-year dropout, or no record in t+1; unknown in the last year")
    func outcomes() throws {
        let dataset = WarningDataset.extract(from: context)
        let rows2019 = try #require(dataset.rows(ofYear: 2019))
        #expect(rows2019.outcomes == [false, false, true, false, true, true, false, false, false])
        let rows2018 = try #require(dataset.rows(ofYear: 2018))
        let dropped2018 = (0..<rows2018.count).filter { rows2018.outcomes[$0] }.map { WarningCheck.key(rows2018, $0, context) }
        #expect(dropped2018 == ["P10", "P11", "P4", "P9"])
        #expect(dataset.rows(ofYear: 2020)?.outcomes.allSatisfy { !$0 } == true)
    }

    @Test("no leakage: changing 2019's outcomes leaves the 2019 features unchanged")
    func noLeakage() throws {
        let changed = WarningCheck.context(rows: WarningFixture.rows(outcomesChanged: true))
        let originalData = WarningDataset.extract(from: context), alteredData = WarningDataset.extract(from: changed)
        let original = try #require(originalData.rows(ofYear: 2019))
        let altered = try #require(alteredData.rows(ofYear: 2019))
        #expect(altered.outcomes != original.outcomes)
        #expect(alteredData.features(of: altered) == originalData.features(of: original))
        #expect(altered.ruleConditions == original.ruleConditions)
    }
}
