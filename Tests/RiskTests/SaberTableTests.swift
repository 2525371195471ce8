import Indicators
import Testing
@testable import Risk

/// `saber11_institucion` on six examinees worked out by hand.
@Suite("Saber 11 institution table")
struct SaberTableTests {
    static let a = "105001000001", b = "105001000002"

    /// 2019: three examinees of A, one of B, one without school, one of B not published, and a repeated
    /// consecutive (dropped by the Ingestor, the first is kept); 2020: one examinee of A.
    static func table() -> ResultTable {
        typealias E = SaberFixture.Examinee
        return SaberTable.make(records: SaberFixture.records([
            E(consecutive: "E1", school: a, global: 300, reading: 60, mathematics: 70, naturalSciences: 60,
              socialSciences: 55, english: 55, mathematicsLevel: "2", readingLevel: "2"),
            E(consecutive: "E2", school: a, global: 250, reading: 50, mathematics: 30, naturalSciences: 50,
              socialSciences: 60, english: nil, mathematicsLevel: "1", readingLevel: "1"),
            E(consecutive: "E3", school: a, global: 200, reading: 40, mathematics: 40, naturalSciences: 40,
              socialSciences: 35, english: 45, mathematicsLevel: "1", readingLevel: "2"),
            E(consecutive: "E4", school: b, global: 280, reading: 56, mathematics: 56, naturalSciences: 56,
              socialSciences: 56, english: 56, mathematicsLevel: "2", readingLevel: "2"),
            E(consecutive: "E5", global: 220, reading: 44, mathematics: 44, naturalSciences: 44,
              socialSciences: 44, english: 44, mathematicsLevel: "1", readingLevel: "1"),
            E(consecutive: "E6", school: b, global: 100, mathematicsLevel: "1", readingLevel: "1", status: "ANULADO"),
            E(consecutive: "E1", school: a, global: 999),
            E(period: "20201", consecutive: "E7", school: a, global: 310),
        ]))
    }

    @Test("columns in SPEC order; rows by year with TOTAL first, then institution code")
    func layout() {
        let table = Self.table()
        #expect(table.name == "saber11_institucion")
        #expect(table.columns.map(\.name) == [
            "anio", "institucion", "evaluados", "promedio_global", "desviacion_global", "promedio_lectura_critica",
            "promedio_matematicas", "promedio_c_naturales", "promedio_sociales_ciudadanas", "promedio_ingles",
            "tasa_insuficiente_matematicas", "tasa_insuficiente_lectura_critica",
        ])
        #expect(table.integers("anio") == [2019, 2019, 2019, 2020, 2020])
        #expect(table.texts("institucion") == ["TOTAL", Self.a, Self.b, "TOTAL", Self.a])
        // Published, deduplicated examinees only: E1–E5 in 2019 (E5 only in TOTAL), E7 in 2020.
        #expect(table.integers("evaluados") == [5, 3, 1, 1, 1])
    }

    @Test("territory row: all published examinees of the year, with or without school")
    func territoryRow() {
        let table = Self.table()
        // Global: 300, 250, 200, 280, 220 → mean 250; squared deviations 2500 + 0 + 2500 + 900 + 900 = 6800,
        // 6800 / 4 = 1700, √1700 = 41.231056256176606.
        #expect(table.numbers("promedio_global")[0] == 250)
        #expect(isClose(table.numbers("desviacion_global")[0], 41.231056256176606))
        #expect(table.numbers("promedio_lectura_critica")[0] == 50)  // 250 / 5
        #expect(table.numbers("promedio_matematicas")[0] == 48)  // 240 / 5
        #expect(table.numbers("promedio_c_naturales")[0] == 50)
        #expect(table.numbers("promedio_sociales_ciudadanas")[0] == 50)
        #expect(table.numbers("promedio_ingles")[0] == 50)  // 200 / 4: E2 has no English score
        #expect(table.numbers("tasa_insuficiente_matematicas")[0] == 0.6)  // E2, E3, E5
        #expect(table.numbers("tasa_insuficiente_lectura_critica")[0] == 0.4)  // E2, E5
    }

    @Test("institution rows: means over non-null scores, sample SD, level-1 shares of evaluados")
    func institutionRows() {
        let table = Self.table()
        // A: 300, 250, 200 → mean 250, SD √(5000 / 2) = 50.
        #expect(table.numbers("promedio_global")[1] == 250)
        #expect(isClose(table.numbers("desviacion_global")[1], 50))
        #expect(isClose(table.numbers("promedio_matematicas")[1], 140.0 / 3))
        #expect(table.numbers("promedio_ingles")[1] == 50)  // (55 + 45) / 2
        #expect(isClose(table.numbers("tasa_insuficiente_matematicas")[1], 2.0 / 3))
        #expect(isClose(table.numbers("tasa_insuficiente_lectura_critica")[1], 1.0 / 3))
        // B: only E4 counts (E6 is not published).
        #expect(table.numbers("promedio_global")[2] == 280)
        #expect(table.numbers("tasa_insuficiente_matematicas")[2] == 0)
    }

    @Test("one examinee: SD empty; a subject without scores: mean empty; unknown level is not level 1")
    func singleExaminee() {
        let table = Self.table()
        #expect(table.numbers("desviacion_global")[2] == nil)
        #expect(table.numbers("desviacion_global")[3] == nil && table.numbers("promedio_global")[3] == 310)
        #expect(table.numbers("promedio_ingles")[4] == nil)
        #expect(table.numbers("tasa_insuficiente_matematicas")[4] == 0)
    }

    @Test("no records: an empty table with the same columns")
    func empty() {
        let table = SaberTable.make(records: [])
        #expect(table.rowCount == 0 && table.columns.count == 12)
    }
}
