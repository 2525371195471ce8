import Indicators

/// The Ruta de Trayectorias plan (SPEC §12.1): one row per institution with priority score > 0 in the
/// latest matrícula year, in priority order, with its principal problem, IE pares and foro.
///
/// ```swift
/// let profiles = ContextProfile.profiles(context, year: year)
/// let plan = RutaPlan.make(risk: risk, profiles: profiles, subregions: ingest.subregions)
/// plan.planTable    // ruta_plan.csv
/// plan.forumTable   // foros.csv
/// ```
///
/// See `Guides/Ruta.md`.
public struct RutaPlan: Sendable {
    /// The rows, in priority order.
    public var entries: [RutaPlanEntry]
    /// `foros.csv` rows: foro (text order), then indicator (SPEC §6 order).
    public var forums: [ForumRow]
    /// Whether a `subregiones` input was loaded.
    public var hasSubregions: Bool
    /// Municipalities of prioritised institutions that the `subregiones` input does not list, sorted.
    public var unlistedMunicipalities: [String]

    /// Creates a plan from its parts (`make` builds it from the risk stage).
    public init(entries: [RutaPlanEntry], forums: [ForumRow], hasSubregions: Bool, unlistedMunicipalities: [String]) {
        self.entries = entries
        self.forums = forums
        self.hasSubregions = hasSubregions
        self.unlistedMunicipalities = unlistedMunicipalities
    }

    /// The columns the SE fills in, left empty by the engine.
    public static let fillInColumns = ["responsable", "fecha_inicio", "fecha_fin", "sesiones_planeadas",
                                       "sesiones_realizadas", "horas", "estado", "motivo_cierre"]
    /// The values `estado` accepts (the workbook's drop-down list).
    public static let statusValues = ["PLANEADO", "EN_CURSO", "CERRADO", "SUSPENDIDO"]

    /// Builds the plan from the risk stage's priorities and flags.
    ///
    /// `profiles`: the context of every institution of the priority year (`ContextProfile.profiles`);
    /// `subregions`: the `subregiones` rows (empty when none; a municipality listed twice takes its last
    /// row); `peerCount`: pares per institution.
    public static func make(risk: RiskResult, profiles: [String: ContextProfile], subregions: [SubregionEntry],
                            peerCount: Int = 3) -> RutaPlan {
        var subregionOf: [String: String] = [:]
        for entry in subregions { subregionOf[entry.municipality] = entry.subregion }
        let prioritised = risk.priorities.filter { $0.score > 0 }
        var principals: [String: InstitutionFlag] = [:]
        for entry in prioritised {
            let flags = risk.flags(of: entry.institution).filter { $0.year == entry.year }
            if let flag = PrincipalIndicator.choose(among: flags) { principals[entry.institution] = flag }
        }
        let planned = prioritised.filter { principals[$0.institution] != nil }
        let search = PeerSearch(profiles: profiles, candidates: planned.map {
            PeerSearch.Candidate(code: $0.institution, zone: $0.zone, principal: principals[$0.institution]!.indicator.rawValue)
        })
        var unlisted = Set<String>()
        let entries = planned.map { p -> RutaPlanEntry in
            let principal = principals[p.institution]!
            let subregion = subregions.isEmpty ? nil : subregionOf[p.municipality]
            if !subregions.isEmpty && subregion == nil { unlisted.insert(p.municipality.isEmpty ? "SIN_DATO" : p.municipality) }
            let candidate = PeerSearch.Candidate(code: p.institution, zone: p.zone, principal: principal.indicator.rawValue)
            return RutaPlanEntry(priority: p, subregion: subregion, principal: principal,
                                 peers: search.peers(of: candidate, padrinos: p.padrinos, count: peerCount),
                                 forum: subregion ?? (p.municipality.isEmpty ? "SIN_DATO" : p.municipality))
        }
        return RutaPlan(entries: entries, forums: Forums.rows(entries, flags: risk.flagsByInstitution),
                        hasSubregions: !subregions.isEmpty, unlistedMunicipalities: unlisted.sorted())
    }
}
