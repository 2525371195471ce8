import Indicators
import Testing
@testable import ReportCLI

@Suite("Report privacy (--publico)")
struct ReportPrivacyTests {
    /// The fixture table `name` as a public report reads it.
    private func published(_ table: ResultTable) -> IndexedTable {
        IndexedTable(ReportPrivacy.published(table, isPublic: true))
    }

    @Test("without --publico every table is left as it is")
    func privateUnchanged() {
        let table = IndexedTable(ReportPrivacy.published(ReportFixtures.alerts, isPublic: false))
        #expect(table.integer("numerador", at: 0) == 3)
        #expect(table.number("valor", at: 0) == 3.0 / 28.0)
    }

    @Test("an alert over 28 students with a numerator of 3 loses both (issue 11: 3/28 × 28 gives 3 back)")
    func alerts() {
        let alerts = published(ReportFixtures.alerts)
        #expect(alerts.integer("numerador", at: 0) == nil)
        #expect(alerts.integer("denominador", at: 0) == 28)
        #expect(alerts.number("valor", at: 0) == nil)
        #expect(alerts.year(at: 0) == 2022)
    }

    @Test("an alert over fewer than 5 students loses its value and statistic")
    func smallAlert() {
        let table = ResultTable(name: "alertas_institucion", columns: [
            ResultColumn("anio", .integers([2023])), ResultColumn("valor", .decimals([0.5])),
            ResultColumn("numerador", .integers([2])), ResultColumn("denominador", .integers([4])),
            ResultColumn("estadistico", .decimals([0.01])),
        ])
        let alerts = published(table)
        #expect(alerts.number("valor", at: 0) == nil)
        #expect(alerts.number("estadistico", at: 0) == nil)
        #expect(alerts.integer("denominador", at: 0) == nil)
        #expect(alerts.year(at: 0) == 2023)
    }

    @Test("Saber 11 means over three examinees are blanked, over 45 kept")
    func saber() {
        let saber = published(ReportFixtures.saber)
        // Rows: A 2022, TOTAL 2022, A 2023, C 2023 (3 examinees), TOTAL 2023.
        #expect(saber.number("promedio_global", at: 3) == nil)
        #expect(saber.number("tasa_insuficiente_matematicas", at: 3) == nil)
        #expect(saber.integer("evaluados", at: 3) == nil)
        #expect(saber.number("promedio_global", at: 2) == 231.5)
        #expect(saber.integer("evaluados", at: 2) == 45)
    }

    @Test("ranks, scores and numbers of flags are not counts of students and stay")
    func priority() {
        let priority = published(ReportFixtures.priority)
        #expect(priority.integer("rango", at: 0) == 1)
        #expect(priority.integer("alertas_altas", at: 0) == 1)
        #expect(priority.integer("alertas_medias", at: 0) == 2)
    }

    @Test("validation metrics of a subgroup of three students are blanked; the whole population stays")
    func validation() {
        let validation = published(ReportFixtures.validation)
        for row in 0..<validation.rowCount {
            let value = validation.number("valor", at: row)
            if validation.text("subgrupo", at: row) == "zona=RURAL" {
                #expect(value == nil)
            } else {
                #expect(value != nil)
            }
        }
    }

    @Test("the quality table loses its examples and its counts from 1 to 4")
    func quality() {
        let quality = published(ReportFixtures.quality)
        #expect(!quality.has("ejemplo"))
        #expect(quality.integer("casos", at: 0) == nil)
        #expect(quality.integer("casos", at: 1) == 12)
    }

    @Test("MEN's published rates stay beside a territory of 5 or more students")
    func menRates() {
        let territory = published(ReportFixtures.territory)
        #expect(territory.number("men_desercion", at: 0) == 0.031)
    }
}
