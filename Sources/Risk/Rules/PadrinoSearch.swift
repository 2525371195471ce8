/// Finds padrinos (sponsor institutions, as the Ruta de Trayectorias proposes) for prioritised
/// institutions (SPEC §6).
///
/// Candidates have score 0, the same `zona` as the institution (compared as written, so two
/// institutions of unknown zone match each other) and a `matricula` between `padrinoSizeLower` and
/// `padrinoSizeUpper` times its own, both ends included. They are ranked: same municipality first,
/// then lowest `tasa_desercion_intraanual` (empty last), then code; the first `padrinoCount` are kept.
struct PadrinoSearch {
    /// An institution as the search sees it.
    struct Institution {
        var code: String
        var municipality: String
        var zone: String
        var enrollment: Int64
        var dropoutRate: Double?
    }

    /// Candidates of each zone, sorted by dropout rate (empty last) then code.
    private let candidatesByZone: [String: [Institution]]
    private let rules: RiskRules

    /// Indexes the candidates (institutions of score 0).
    init(candidates: [Institution], rules: RiskRules) {
        self.rules = rules
        candidatesByZone = Dictionary(grouping: candidates, by: \.zone).mapValues { $0.sorted(by: Self.ranksBefore) }
    }

    /// The padrinos of `institution`, best first.
    ///
    /// - Complexity: O(candidates of its zone) at worst; stops once enough are found.
    func padrinos(for institution: Institution) -> [String] {
        guard rules.padrinoCount > 0, let candidates = candidatesByZone[institution.zone] else { return [] }
        let own = Double(institution.enrollment)
        func fits(_ c: Institution) -> Bool {
            let size = Double(c.enrollment)
            return size >= rules.padrinoSizeLower * own && size <= rules.padrinoSizeUpper * own
        }
        var found: [String] = []
        for sameMunicipality in [true, false] {
            for c in candidates where (c.municipality == institution.municipality) == sameMunicipality && fits(c) {
                found.append(c.code)
                if found.count == rules.padrinoCount { return found }
            }
        }
        return found
    }

    /// Lowest dropout rate first, empty rates last, then code.
    private static func ranksBefore(_ a: Institution, _ b: Institution) -> Bool {
        switch (a.dropoutRate, b.dropoutRate) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.code < b.code
        }
    }
}
