import Indicators
import Testing
@testable import Risk

@Suite("Ruta balance by dose: terciles of sessions delivered")
struct BalanceDoseTests {
    @Test("terciles: ⌊3i/m⌋ + 1 by sessions then code, equal doses never split, no sessions → SIN_DATO")
    func terciles() {
        func row(_ code: String, _ sessions: Double?, status: String = "EN_CURSO") -> RutaInputRow {
            RutaInputRow(baseYear: 2020, institution: code, modality: "GRUPO", status: status, deliveredSessions: sessions)
        }
        let plan = [row("X5", 10), row("X3", 5), row("X1", 2), row("X4", 8), row("X2", 5), row("X6", nil),
                    row("X7", nil, status: "SUSPENDIDO")]
        // Sorted: X1 2 (i 0 → T1), X2 5 (i 1 → ⌊3/5⌋ + 1 = T1), X3 5 (i 2 → T2, but ties X2 → T1),
        // X4 8 (i 3 → ⌊9/5⌋ + 1 = T2), X5 10 (i 4 → ⌊12/5⌋ + 1 = T3); X6 accompanied without sessions;
        // X7 suspended without sessions: not accompanied.
        #expect(BalanceDose.terciles(plan) == ["X1": "T1", "X2": "T1", "X3": "T1", "X4": "T2", "X5": "T3",
                                               "X6": "SIN_DATO"])
    }

    @Test("dose rows on the balance fixture (τ² = 0): each tercile's accompanied against the same comparison")
    func rows() throws {
        let ruta = [RutaInputRow(baseYear: 2020, institution: "A1", modality: "IN_SITU", status: "CERRADO",
                                 deliveredSessions: 6, hours: 12, padrinos: ["P"]),
                    RutaInputRow(baseYear: 2020, institution: "A2", modality: "GRUPO")]
        let (institution, territory) = BalanceFixture.tables()
        let cells = Balance.cells(ruta: ruta, institutionTable: institution, territoryTable: territory,
                                  risk: BalanceFixture.risk(tau2: 0))
        let rows = BalanceDose.rows(ruta: ruta, cells: cells).filter { $0.indicator == .intraYearDropout }
        #expect(rows.map(\.dose) == ["T1", "SIN_DATO"])
        let t1 = rows[0], unknown = rows[1]
        #expect(t1.minimumSessions == 6 && t1.maximumSessions == 6 && t1.meanHours == 12)
        #expect(unknown.minimumSessions == nil && unknown.meanHours == nil)
        #expect(t1.accompanied == 1 && t1.comparison == 5 && t1.baseYear == 2020 && t1.year == 2021)
        // A1: 0.1 − p̄_t; comparison 0.09 − p̄_t; A2: 0.08 − p̄_t.
        #expect(BalanceTests.close(t1.pooled.effect, 0.01))
        #expect(BalanceTests.close(unknown.pooled.effect, -0.01))
        // V_A = 0 (one school), V_C = 0.00001, Welch df = V_C² / (V_C²/4) = 4: ± t(0.975, 4)·√0.00001.
        let half = 2.776445105 * 0.00001.squareRoot()
        #expect(BalanceTests.close(t1.pooled.lower, 0.01 - half, 1e-8))
        #expect(BalanceTests.close(unknown.pooled.upper, -0.01 + half, 1e-8))
        #expect(t1.pooled.method == BalanceEstimate.contrastMethod)
        let table = BalanceDose.table(rows)
        #expect(table.name == "balance_ruta_dosis")
        #expect(table.columns.map(\.name) == ["anio_base", "anio", "indicador", "dosis", "sesiones_min", "sesiones_max",
                                              "horas_media", "acompanadas", "comparacion", "valor_base", "valor",
                                              "cambio_observado", "cambio_esperado", "efecto", "ic_inferior",
                                              "ic_superior", "metodo"])
    }
}
