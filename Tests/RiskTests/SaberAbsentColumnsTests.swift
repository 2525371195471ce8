import Foundation
import Indicators
import Testing
@testable import Risk

/// Issue 12, item 3: an area without any `DESEMP_`/`PUNT_` column gives empty rates, not zeros.
@Suite("Saber 11: absent columns are not zeros (issue 12)")
struct SaberAbsentColumnsTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ingest/saber11_without_mathematics.csv").path

    @Test("no mathematics column: tasa_insuficiente_matematicas and promedio_matematicas empty; reading computed")
    func missingMathematics() throws {
        let result = Ingestor.load([Self.fixture])
        #expect(result.errors.isEmpty)
        let table = SaberTable.make(records: result.saber)
        // Rows: TOTAL 2022 and 152001000001, both with the three examinees.
        #expect(table.integers("evaluados") == [3, 3])
        #expect(table.numbers("tasa_insuficiente_matematicas") == [nil, nil])
        #expect(table.numbers("promedio_matematicas") == [nil, nil])
        // DESEMP_LECTURA_CRITICA: 1, 2 and an empty cell (not level 1) → 1 / 3.
        #expect(table.numbers("tasa_insuficiente_lectura_critica") == [1.0 / 3.0, 1.0 / 3.0])
        #expect(table.numbers("promedio_global") == [250, 250])
    }

    @Test("a group mixing a file with the column and one without: the rate is over the examinees of the first")
    func mixedFiles() throws {
        let with = SaberFixture.records([
            SaberFixture.Examinee(consecutive: "M1", school: "105001000001", global: 200, mathematics: 30,
                                  mathematicsLevel: "1"),
            SaberFixture.Examinee(consecutive: "M2", school: "105001000001", global: 300, mathematics: 60,
                                  mathematicsLevel: "3"),
        ])
        let without = Ingestor.load([Self.fixture]).saber.map { r in
            SaberRecord(year: 2019, consecutive: r.consecutive, institution: "105001000001", global: r.global,
                        criticalReading: r.criticalReading, mathematics: r.mathematics,
                        naturalSciences: r.naturalSciences, socialSciences: r.socialSciences, english: r.english,
                        insufficientMathematics: r.insufficientMathematics, insufficientReading: r.insufficientReading,
                        published: r.published, file: r.file, line: r.line)
        }
        let table = SaberTable.make(records: with + without)
        #expect(table.integers("evaluados") == [5, 5])
        #expect(table.numbers("tasa_insuficiente_matematicas") == [0.5, 0.5])
    }
}
