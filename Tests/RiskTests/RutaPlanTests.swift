import Indicators
import Testing
@testable import Risk

/// Hand-made fixtures for the Ruta plan (SPEC §12.1): pares, principal indicator, foros.
enum RutaFixture {
    /// A flag of 2022.
    static func flag(_ code: String, _ indicator: FlaggedIndicator, p: Double?, rule: FlagRule = .excess,
                     level: FlagLevel = .media, value: Double = 0.2, numerator: Int64? = 20) -> InstitutionFlag {
        InstitutionFlag(year: 2022, institution: code, indicator: indicator, value: value, reference: 0.1,
                        numerator: numerator, denominator: 100, statistic: p, level: level, rule: rule)
    }

    /// A priority entry of 2022.
    static func entry(_ rank: Int, _ code: String, municipality: String, zone: String = "URBANA", score: Int = 1,
                      padrinos: [String] = []) -> PriorityEntry {
        PriorityEntry(year: 2022, rank: rank, institution: code, name: "IE \(code)", municipality: municipality,
                      zone: zone, score: score, highFlags: 0, mediumFlags: score,
                      modality: score >= 6 ? .inSitu : score > 0 ? .group : .none, padrinos: padrinos,
                      group: score > 0 && score < 6 ? "G-\(municipality)-\(zone)" : nil)
    }

    /// A profile of 100 students offering primaria and secundaria, with `victims` as victim share.
    static func profile(_ victims: Double, enrollment: Int = 100) -> ContextProfile {
        ContextProfile(enrollment: enrollment, levels: [false, true, true, false, false, false], victimShare: victims)
    }

    /// A risk result with only flags and priorities (the other tables are not read by the plan).
    static func risk(flags: [InstitutionFlag], priorities: [PriorityEntry]) -> RiskResult {
        let empty = ResultTable(name: "x", columns: [])
        return RiskResult(saberTable: empty, alertTable: empty, funnelTable: empty, priorityTable: empty,
                          flags: flags, funnels: [], priorities: priorities,
                          flagsByInstitution: Dictionary(grouping: flags, by: \.institution))
    }
}

@Suite("Ruta de Trayectorias: IE pares")
struct RutaPeerTests {
    /// A, C and F have the same context (victim share 0.10); B has 0.30; D is rural; E's problem is failure.
    static let profiles: [String: ContextProfile] = [
        "A": RutaFixture.profile(0.10), "B": RutaFixture.profile(0.30), "C": RutaFixture.profile(0.10),
        "F": RutaFixture.profile(0.10), "D": RutaFixture.profile(0.10), "E": RutaFixture.profile(0.10),
    ]
    static let dropout = FlaggedIndicator.intraYearDropout.rawValue
    static let candidates = [
        PeerSearch.Candidate(code: "A", zone: "URBANA", principal: dropout),
        PeerSearch.Candidate(code: "B", zone: "URBANA", principal: dropout),
        PeerSearch.Candidate(code: "F", zone: "URBANA", principal: dropout),
        PeerSearch.Candidate(code: "C", zone: "URBANA", principal: dropout),
        PeerSearch.Candidate(code: "D", zone: "RURAL", principal: dropout),
        PeerSearch.Candidate(code: "E", zone: "URBANA", principal: FlaggedIndicator.failure.rawValue),
    ]

    @Test("pares share zone and problem, never the school itself; equal distances go by code")
    func sameZoneSameProblemTiesByCode() {
        let search = PeerSearch(profiles: Self.profiles, candidates: Self.candidates)
        // C and F are at distance 0 from A (tie → C first), B is farther; D (rural) and E (failure) never.
        #expect(search.peers(of: Self.candidates[0], padrinos: []) == ["C", "F", "B"])
        #expect(search.peers(of: Self.candidates[0], padrinos: [], count: 2) == ["C", "F"])
        // D alone in its zone and E alone with its problem have no pares.
        #expect(search.peers(of: Self.candidates[4], padrinos: []).isEmpty)
        #expect(search.peers(of: Self.candidates[5], padrinos: []).isEmpty)
    }

    @Test("a padrino is never a par")
    func padrinosExcluded() {
        let search = PeerSearch(profiles: Self.profiles, candidates: Self.candidates)
        #expect(search.peers(of: Self.candidates[0], padrinos: ["C"]) == ["F", "B"])
    }

    @Test("the nearest are kept as candidates go by: later nearer ones displace earlier ones; no profile sorts last, by code")
    func nearestAcrossThePool() {
        let profiles = ["A": RutaFixture.profile(0.10), "G": RutaFixture.profile(0.50),
                        "H": RutaFixture.profile(0.12), "J": RutaFixture.profile(0.11)]
        let candidates = ["A", "G", "Z", "H", "Y", "J"].map {
            PeerSearch.Candidate(code: $0, zone: "URBANA", principal: Self.dropout)
        }
        let search = PeerSearch(profiles: profiles, candidates: candidates)
        // Victim-share distances from A: J 0.01, H 0.02, G 0.40 (in sd units, same order); Y and Z unprofiled.
        #expect(search.peers(of: candidates[0], padrinos: []) == ["J", "H", "G"])
        #expect(search.peers(of: candidates[0], padrinos: [], count: 5) == ["J", "H", "G", "Y", "Z"])
        #expect(search.peers(of: candidates[0], padrinos: [], count: 9) == ["J", "H", "G", "Y", "Z"])
        #expect(search.peers(of: candidates[0], padrinos: ["J"], count: 2) == ["H", "G"])
        #expect(search.peers(of: candidates[0], padrinos: [], count: 0).isEmpty)
        // An unprofiled school's pares: every distance is unknown, so all go by code.
        #expect(search.peers(of: candidates[2], padrinos: ["G"]) == ["A", "H", "J"])
    }

    @Test("distance over standardised features: only the varying feature counts")
    func standardisedDistance() throws {
        // Victim shares 0.1 (×5) and 0.3 (×1): mean 0.4/3 = 0.1333…, population sd = √(5/36)·0.2 = 0.074536.
        // |0.3 − 0.1| / sd = 0.2 / 0.074536 = 2.683282 (= 6/√5).
        let search = PeerSearch(profiles: Self.profiles, candidates: Self.candidates)
        let distance = try #require(search.distance("A", "B"))
        #expect(abs(distance - 6 / 5.0.squareRoot()) < 1e-9)
        #expect(search.distance("A", "C") == 0)
    }

    @Test("size enters as log matricula: 100 vs 1000 is as far as 10 vs 100")
    func logEnrollment() throws {
        let profiles = ["A": RutaFixture.profile(0, enrollment: 10), "B": RutaFixture.profile(0, enrollment: 100),
                        "C": RutaFixture.profile(0, enrollment: 1000)]
        let search = PeerSearch(profiles: profiles, candidates: [])
        #expect(abs(try #require(search.distance("A", "B")) - (try #require(search.distance("B", "C")))) < 1e-12)
    }
}

@Suite("Ruta de Trayectorias: principal indicator")
struct RutaPrincipalTests {
    @Test("TENDENCIA counts as p = 0.025, SABER11_BAJO as Φ(z); the smallest p wins")
    func smallestP() {
        let trend = RutaFixture.flag("A", .intraYearDropout, p: nil, rule: .risingTrend)
        let excess = RutaFixture.flag("A", .failure, p: 0.03)
        #expect(PrincipalIndicator.choose(among: [excess, trend]) == trend)
        // Φ(−2.5) = 0.00621 < 0.01.
        let saber = RutaFixture.flag("A", .saberGlobal, p: -2.5, rule: .lowSaber, numerator: nil)
        let strong = RutaFixture.flag("A", .overAge, p: 0.01)
        #expect(PrincipalIndicator.choose(among: [strong, saber]) == saber)
        #expect(abs(PrincipalIndicator.pValue(of: saber) - 0.006209665325776132) < 1e-12)
    }

    @Test("ties go to SPEC §6's indicator order")
    func tiesByIndicatorOrder() {
        let failure = RutaFixture.flag("A", .failure, p: 0.025)
        let trend = RutaFixture.flag("A", .intraYearDropout, p: nil, rule: .risingTrend)
        let interannual = RutaFixture.flag("A", .interannualDropout, p: 0.025)
        #expect(PrincipalIndicator.choose(among: [interannual, failure, trend]) == trend)
        #expect(PrincipalIndicator.choose(among: [interannual, failure]) == failure)
    }
}

@Suite("Ruta de Trayectorias: plan and foros")
struct RutaPlanTests {
    /// A (05001) and B (05002) share dropout; C (05003) has failure; D has no flag (score 0, not planned).
    static func risk() -> RiskResult {
        RutaFixture.risk(
            flags: [RutaFixture.flag("A", .intraYearDropout, p: 0.0001, level: .alta),
                    RutaFixture.flag("A", .failure, p: 0.01),
                    RutaFixture.flag("B", .intraYearDropout, p: 0.02),
                    RutaFixture.flag("C", .failure, p: 0.02)],
            priorities: [RutaFixture.entry(1, "A", municipality: "05001", score: 4, padrinos: ["P1"]),
                         RutaFixture.entry(2, "B", municipality: "05002", padrinos: ["P2", "P1"]),
                         RutaFixture.entry(3, "C", municipality: "05003"),
                         RutaFixture.entry(4, "D", municipality: "05001", score: 0)])
    }
    static let profiles = ["A": RutaFixture.profile(0.1), "B": RutaFixture.profile(0.2),
                           "C": RutaFixture.profile(0.1), "D": RutaFixture.profile(0.0)]

    @Test("foros group by the subregion file; a municipality it does not list keeps its own foro")
    func forumsBySubregion() {
        let subregions = [SubregionEntry(municipality: "05001", name: "", subregion: "Norte"),
                          SubregionEntry(municipality: "05002", name: "", subregion: "Norte")]
        let plan = RutaPlan.make(risk: Self.risk(), profiles: Self.profiles, subregions: subregions)
        #expect(plan.entries.map(\.priority.institution) == ["A", "B", "C"])
        #expect(plan.entries.map(\.forum) == ["Norte", "Norte", "05003"])
        #expect(plan.entries.map(\.subregion) == ["Norte", "Norte", nil])
        #expect(plan.unlistedMunicipalities == ["05003"])
        #expect(plan.entries.map(\.principal.indicator) == [.intraYearDropout, .intraYearDropout, .failure])
        #expect(plan.entries[0].peers == ["B"])
        #expect(plan.entries[2].peers.isEmpty)
        // 05003 failure: C; Norte dropout: A, B (padrinos P1, P2); Norte failure: A (padrino P1).
        #expect(plan.forums == [
            ForumRow(year: 2022, forum: "05003", indicator: .failure, institutions: ["C"], padrinos: []),
            ForumRow(year: 2022, forum: "Norte", indicator: .intraYearDropout, institutions: ["A", "B"],
                     padrinos: ["P1", "P2"]),
            ForumRow(year: 2022, forum: "Norte", indicator: .failure, institutions: ["A"], padrinos: ["P1"]),
        ])
    }

    @Test("without a subregion file the foro is the municipality and subregion is empty")
    func forumsByMunicipality() {
        let plan = RutaPlan.make(risk: Self.risk(), profiles: Self.profiles, subregions: [])
        #expect(plan.entries.map(\.forum) == ["05001", "05002", "05003"])
        #expect(plan.entries.allSatisfy { $0.subregion == nil })
        #expect(plan.forums.map(\.forum) == ["05001", "05001", "05002", "05003"])
    }

    @Test("ruta_plan has SPEC §12.1's columns, base values of the principal flag and eight empty fill-in cells")
    func planTable() {
        let table = RutaPlan.make(risk: Self.risk(), profiles: Self.profiles, subregions: []).planTable
        #expect(table.columns.map(\.name) == [
            "anio_base", "rango", "institucion", "nombre", "municipio", "subregion", "zona", "puntaje", "modalidad",
            "indicador_principal", "valor_base", "referencia_base", "numerador_base", "denominador_base",
            "grupo_acompanamiento", "padrino_1", "padrino_2", "padrino_3", "par_1", "par_2", "par_3", "foro",
            "responsable", "fecha_inicio", "fecha_fin", "sesiones_planeadas", "sesiones_realizadas", "horas",
            "estado", "motivo_cierre",
        ])
        #expect(table.rowCount == 3)
        for name in RutaPlan.fillInColumns {
            guard case .texts(let values)? = table.column(named: name)?.values else {
                Issue.record("missing \(name)")
                continue
            }
            #expect(values.allSatisfy { $0 == nil })
        }
        guard case .texts(let padrinos)? = table.column(named: "padrino_2")?.values,
              case .integers(let numerators)? = table.column(named: "numerador_base")?.values else {
            Issue.record("wrong column types")
            return
        }
        #expect(padrinos == [nil, "P1", nil])
        #expect(numerators == [20, 20, 20])
    }
}
