import Foundation
import Indicators
import Testing
import Risk

/// The whole risk stage on the SPEC appendix, from the CSV through `Ingestor`, `Linker` and
/// `IndicatorTables`.
///
/// Two institutions are too few for anything to be significant: for example B's intra-year dropout in
/// 2019 is 1 of 4 against p0 = 1/8, p = 1 − (7/8)⁴ = 0.4138; A's repetition 1 of 5 against 1/9,
/// p = 1 − (8/9)⁵ = 0.4451. So no flags, every score 0, and the ranking falls back to the code.
@Suite("Risk stage on the SPEC appendix")
struct FlagAppendixTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/appendix/matricula.csv").path

    static func result() -> RiskResult {
        let ingest = Ingestor.load([path])
        let linked = Linker.link(ingest.enrollment)
        let institutions = InstitutionAttributes.resolve(ingest.enrollment, directory: ingest.directory)
        let context = IndicatorContext(store: ingest.enrollment, linked: linked, institutions: institutions)
        return RiskAnalysis.run(context: context, saber: ingest.saber)
    }

    @Test("no flags on two institutions")
    func noFlags() {
        let result = Self.result()
        #expect(result.flags.isEmpty && result.alertTable.rowCount == 0)
        #expect(result.flags(of: "111001000002").isEmpty)
    }

    @Test("funnels: five rates in 2019, four in 2020 (2021 not loaded), references from the territory row")
    func funnels() {
        let result = Self.result()
        #expect(result.funnels.map(\.year) == [2019, 2019, 2019, 2019, 2019, 2020, 2020, 2020, 2020])
        #expect(result.funnels.map(\.indicator.rawValue).suffix(4) == [
            "tasa_desercion_intraanual", "tasa_reprobacion", "tasa_repitencia", "tasa_extraedad",
        ])
        // 2019: desertores 1 / base 8, reprobados 2 / 8, repitentes 1 / 9, extraedad 1 / 9, interannual 1 / 5.
        let expected: [Double] = [1.0 / 8, 2.0 / 8, 1.0 / 9, 1.0 / 9, 1.0 / 5]
        #expect(result.funnels.prefix(5).map(\.reference) == expected)
        #expect(result.funnels.allSatisfy { $0.institutions == 2 && $0.phi == nil && $0.tau2 == 0 })
    }

    @Test("priorities for 2020: both score 0, NINGUNA, ranked by code; no Saber rows")
    func priorities() {
        let result = Self.result()
        #expect(result.priorities.map(\.institution) == ["111001000001", "111001000002"])
        #expect(result.priorities.allSatisfy { $0.year == 2020 && $0.score == 0 && $0.modality == .none })
        #expect(result.priorities.allSatisfy { $0.padrinos.isEmpty && $0.group == nil })
        #expect(result.priorities.first?.municipality == "11001" && result.priorities.first?.zone == "URBANA")
        #expect(result.saberTable.rowCount == 0)
        #expect(result.tables.map(\.name) == ["saber11_institucion", "alertas_institucion", "funnel_parametros",
                                              "priorizacion"])
    }
}
