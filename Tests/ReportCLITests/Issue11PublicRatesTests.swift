import Indicators
import Testing
@testable import ReportCLI

/// Issue 11, item 6: with `--publico` no blanked count can be rebuilt as rate × denominator, and the
/// model's metrics over fewer than 5 positives are blanked (SPEC §10, version 2).
@Suite("Issue 11: --publico blanks rates over suppressed counts")
struct Issue11PublicRatesTests {
    private func values(_ table: ResultTable, _ name: String) -> [Double?] {
        switch table.column(named: name)?.values {
        case .rates(let v)?, .decimals(let v)?: v
        case .integers(let v)?: v.map { $0.map(Double.init) }
        default: []
        }
    }

    @Test("a rate whose numerator is 1…4 is blanked; 0 and 5 or more keep it")
    func indicatorRates() {
        // desertores / base: 3/10 → 3 is blanked, so 0.3 would give it back; 5/5 and 0/10 stay.
        let table = ResultTable(name: "indicadores_institucion", columns: [
            ResultColumn("anio", .integers([2020, 2020, 2020])),
            ResultColumn("desertores", .integers([3, 5, 0])),
            ResultColumn("base", .integers([10, 5, 10])),
            ResultColumn("tasa_desercion_intraanual", .rates([0.3, 1, 0])),
        ])
        let published = ReportPrivacy.published(table, isPublic: true)
        #expect(values(published, "desertores") == [nil, 5, 0])
        #expect(values(published, "tasa_desercion_intraanual") == [nil, 1, 0])
        #expect(values(ReportPrivacy.published(table, isPublic: false), "tasa_desercion_intraanual") == [0.3, 1, 0])
    }

    @Test("a rate whose count is not a column is blanked when rate × denominator is 1…4")
    func hiddenNumerators() {
        // Examinees at level 1: 0.2 × 10 = 2 students (blanked), 0.5 × 10 = 5 (kept), 0.25 × 12 = 3 (blanked).
        let table = ResultTable(name: "saber11_institucion", columns: [
            ResultColumn("anio", .integers([2020, 2020, 2020])),
            ResultColumn("evaluados", .integers([10, 10, 12])),
            ResultColumn("tasa_insuficiente_matematicas", .rates([0.2, 0.5, 0.25])),
        ])
        #expect(values(ReportPrivacy.published(table, isPublic: true), "tasa_insuficiente_matematicas") == [nil, 0.5, nil])
    }

    @Test("an alert over 1…4 students loses its value and statistic, not only its numerator")
    func alerts() {
        let table = ResultTable(name: "alertas_institucion", columns: [
            ResultColumn("anio", .integers([2020, 2020])),
            ResultColumn("valor", .decimals([0.3, 0.7])),
            ResultColumn("referencia", .decimals([0.05, 0.05])),
            ResultColumn("numerador", .integers([3, 7])),
            ResultColumn("denominador", .integers([10, 10])),
            ResultColumn("estadistico", .decimals([4.35, 9.4])),
        ])
        let published = ReportPrivacy.published(table, isPublic: true)
        #expect(values(published, "numerador") == [nil, 7])
        #expect(values(published, "valor") == [nil, 0.7])
        #expect(values(published, "estadistico") == [nil, 9.4])
        #expect(values(published, "referencia") == [0.05, 0.05])
    }

    @Test("model metrics over fewer than 5 positives are blanked; n stays, positivos 1…4 is blanked, 0 stays")
    func validation() {
        let rows: [(String, String, Double)] = [
            ("TODOS", "n", 400), ("TODOS", "positivos", 30), ("TODOS", "recall_10", 0.4),
            ("zona=RURAL", "n", 40), ("zona=RURAL", "positivos", 4), ("zona=RURAL", "recall_10", 0.75),
            ("zona=RURAL", "auc", 0.8),
            ("sector=NO OFICIAL", "n", 20), ("sector=NO OFICIAL", "positivos", 0), ("sector=NO OFICIAL", "brier", 0.01),
        ]
        let table = ResultTable(name: "modelo_validacion", columns: [
            ResultColumn("scorer", .texts(rows.map { _ in "modelo" })),
            ResultColumn("subgrupo", .texts(rows.map(\.0))),
            ResultColumn("metrica", .texts(rows.map(\.1))),
            ResultColumn("valor", .decimals(rows.map(\.2))),
        ])
        #expect(values(ReportPrivacy.published(table, isPublic: true), "valor")
                == [400, 30, 0.4, 40, nil, nil, nil, 20, 0, nil])
    }
}
