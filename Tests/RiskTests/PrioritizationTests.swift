import Indicators
import Testing
@testable import Risk

/// Priority, modality, padrinos and groups for 2020 (the latest year) on hand-made institutions and flags.
///
/// Prioritised (2020 flags → score): P1 2 ALTA → 6; P5 1 ALTA + 1 MEDIA (Saber) → 4, 7 desertores;
/// P2 1 ALTA + 1 MEDIA → 4, 5 desertores; P3 4 MEDIA → 4, 5 desertores; P4 (rural) 1 ALTA → 3.
/// Candidates (score 0, `tasa_desercion_intraanual` = desertores / base):
///
/// | code | municipio | zona | matricula | rate |
/// |---|---|---|---|---|
/// | C01 | 05001 | URBANA | 50 | 0.04 |
/// | C02 | 05001 | URBANA | 200 | empty (base 0) |
/// | C03 | 05002 | URBANA | 120 | 0.01 |
/// | C04 | 05001 | URBANA | 49 | 0 |
/// | C05 | 05001 | URBANA | 201 | 0.03 |
/// | C06 | 05001 | RURAL | 100 | 0 |
/// | C07 | 05001 | URBANA | 150 | 0.02 |
/// | C08 | 05002 | URBANA | 100 | 0 |
/// | C10 | 05001 | URBANA | 100 | 0.02 |
@Suite("Prioritisation, padrinos and accompaniment groups")
struct PrioritizationTests {
    static func rows() -> [InstitutionYearCounts] {
        func row(_ code: String, _ municipality: String, _ zone: String, matricula: Int64, desertores: Int64,
                 base: Int64? = nil) -> InstitutionYearCounts {
            InstitutionYearCounts(year: 2020, code: code, municipality: municipality, zone: zone,
                                  desertores: desertores, base: base ?? matricula, matricula: matricula)
        }
        return [
            row("P1", "05001", "URBANA", matricula: 100, desertores: 3),
            row("P2", "05002", "URBANA", matricula: 100, desertores: 5),
            row("P3", "05002", "URBANA", matricula: 100, desertores: 5),
            row("P4", "05003", "RURAL", matricula: 1000, desertores: 9),
            row("P5", "05001", "URBANA", matricula: 400, desertores: 7),
            row("C01", "05001", "URBANA", matricula: 50, desertores: 2),
            row("C02", "05001", "URBANA", matricula: 200, desertores: 0, base: 0),
            row("C03", "05002", "URBANA", matricula: 120, desertores: 1, base: 100),
            row("C04", "05001", "URBANA", matricula: 49, desertores: 0),
            row("C05", "05001", "URBANA", matricula: 201, desertores: 6, base: 200),
            row("C06", "05001", "RURAL", matricula: 100, desertores: 0),
            row("C07", "05001", "URBANA", matricula: 150, desertores: 3),
            row("C08", "05002", "URBANA", matricula: 100, desertores: 0),
            row("C10", "05001", "URBANA", matricula: 100, desertores: 2),
            InstitutionYearCounts(year: 2019, code: "C01", desertores: 1, base: 50),
        ]
    }

    static func flags() -> [InstitutionFlag] {
        func flag(_ code: String, _ level: FlagLevel, _ rule: FlagRule = .excess, year: Int = 2020) -> InstitutionFlag {
            InstitutionFlag(year: year, institution: code, indicator: rule == .lowSaber ? .saberGlobal : .failure,
                            value: 0.5, reference: 0.1, numerator: nil, denominator: 10, statistic: nil,
                            level: level, rule: rule)
        }
        return [
            flag("P1", .alta), flag("P1", .alta),
            flag("P2", .alta), flag("P2", .media, .risingTrend),
            flag("P3", .media), flag("P3", .media), flag("P3", .media), flag("P3", .media),
            flag("P4", .alta),
            flag("P5", .alta), flag("P5", .media, .lowSaber),
            flag("C01", .alta, year: 2019),
        ]
    }

    func rank(_ rules: RiskRules = RiskRules()) -> [PriorityEntry] {
        let (institution, territory) = FlagFixture.tables(Self.rows())
        let snapshot = IndicatorSnapshot(institutionTable: institution, territoryTable: territory)
        return Prioritization.rank(snapshot, flags: Self.flags(), rules: rules)
    }

    func entry(_ code: String, in entries: [PriorityEntry]) -> PriorityEntry? {
        entries.first { $0.institution == code }
    }

    @Test("ranked by score, then desertores descending, then code; ranks 1…N in the latest year")
    func ranking() {
        let entries = rank()
        #expect(entries.map(\.institution) == ["P1", "P5", "P2", "P3", "P4", "C05", "C07", "C01", "C10", "C03",
                                               "C02", "C04", "C06", "C08"])
        #expect(entries.map(\.rank) == Array(1...14))
        #expect(entries.allSatisfy { $0.year == 2020 })
        #expect(entries.map(\.score).prefix(6) == [6, 4, 4, 4, 3, 0])
    }

    @Test("flags of every rule count, those of earlier years do not")
    func flagCounts() {
        let entries = rank()
        #expect(entry("P5", in: entries)?.highFlags == 1 && entry("P5", in: entries)?.mediumFlags == 1)
        #expect(entry("P3", in: entries)?.mediumFlags == 4)
        #expect(entry("C01", in: entries)?.score == 0)
    }

    @Test("modality: ≥ 6 IN_SITU, 1…5 GRUPO, 0 NINGUNA", arguments: [
        ("P1", AccompanimentModality.inSitu), ("P5", .group), ("P4", .group), ("C05", .none),
    ])
    func modality(code: String, expected: AccompanimentModality) {
        #expect(entry(code, in: rank())?.modality == expected)
    }

    @Test("padrinos: same zone, size within half…twice inclusive, same municipality first, lowest rate, code",
          arguments: [
              ("P1", ["C07", "C10", "C01"]),  // C07/C10 tie at 0.02 → code; C01 at exactly half; C04 (49) out
              ("P2", ["C08", "C03", "C07"]),  // own municipality 05002 first, then 05001 by rate
              ("P5", ["C05", "C02"]),  // band 200…800: C02 exactly half, empty rate last; no third
              ("P4", []),  // rural, 1000 pupils: C06 (100) is too small
              ("C05", []),  // score 0: no padrinos
          ])
    func padrinos(code: String, expected: [String]) {
        #expect(entry(code, in: rank())?.padrinos == expected)
    }

    @Test("five padrinos reach the twice boundary (C02, 200 for 100) and then the other municipality")
    func morePadrinos() {
        var rules = RiskRules()
        rules.padrinoCount = 5
        #expect(entry("P1", in: rank(rules))?.padrinos == ["C07", "C10", "C01", "C02", "C08"])
    }

    @Test("GRUPO institutions are grouped by municipality and zone; others have no group")
    func groups() {
        let entries = rank()
        #expect(entry("P2", in: entries)?.group == "G-05002-URBANA")
        #expect(entry("P3", in: entries)?.group == "G-05002-URBANA")
        #expect(entry("P5", in: entries)?.group == "G-05001-URBANA")
        #expect(entry("P4", in: entries)?.group == "G-05003-RURAL")
        #expect(entry("P1", in: entries)?.group == nil && entry("C01", in: entries)?.group == nil)
    }

    @Test("weights and the IN_SITU threshold come from the rules")
    func customWeights() {
        var rules = RiskRules()
        rules.highWeight = 2
        rules.inSituScore = 4
        let entries = rank(rules)
        // P1 2 ALTA → 4 (IN_SITU at 4); P3 4 MEDIA → 4 with 5 desertores; P5 2 + 1 = 3; P2 2 + 1 = 3; P4 2.
        #expect(entries.prefix(5).map(\.institution) == ["P3", "P1", "P5", "P2", "P4"])
        #expect(entries.prefix(5).map(\.modality) == [.inSitu, .inSitu, .group, .group, .group])
    }

    @Test("priorizacion has the SPEC columns, padrino_1…3 with empty cells, then grupo_acompanamiento")
    func table() {
        let table = RiskTables.priorities(rank(), padrinoCount: 3)
        #expect(table.columns.map(\.name) == [
            "anio", "rango", "institucion", "nombre", "municipio", "zona", "puntaje", "alertas_altas",
            "alertas_medias", "modalidad", "padrino_1", "padrino_2", "padrino_3", "grupo_acompanamiento",
        ])
        #expect(table.texts("padrino_2")[1] == "C02" && table.texts("padrino_3")[1] == nil)
        #expect(table.texts("modalidad").prefix(2) == ["IN_SITU", "GRUPO"])
        #expect(table.texts("nombre")[0] == "Institución P1" && table.texts("municipio")[0] == "05001")
    }
}
