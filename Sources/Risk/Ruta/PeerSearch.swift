/// Finds IE pares (SPEC §12.1): prioritised institutions of the same `zona` whose principal problem
/// is the same and whose context is the most similar. Outcomes never enter the distance, so that
/// pares are schools that look alike and share a problem, not schools picked for their results.
///
/// Each context feature (`ContextProfile.features`) is standardised over every institution of the
/// year (mean 0, population standard deviation 1; a feature that does not vary is left out), and
/// the distance is Euclidean over the standardised features. Candidates: other prioritised
/// institutions with the same `zona` (compared as written) and the same `indicador_principal`, none of
/// the institution's padrinos; nearest first, ties by code; up to `count`. A candidate without a
/// profile (no episode that year) sorts after every profiled one, by code.
public struct PeerSearch: Sendable {
    /// A prioritised institution as the search sees it.
    public struct Candidate: Sendable {
        /// Code, `zona` and principal indicator (raw value).
        public var code: String, zone: String, principal: String
        /// Creates a candidate.
        public init(code: String, zone: String, principal: String) {
            self.code = code
            self.zone = zone
            self.principal = principal
        }
    }

    /// Standardised features by code.
    private let standardized: [String: [Double]]
    /// Candidates by zone and principal indicator.
    private let pools: [String: [Candidate]]

    /// Prepares the search: `profiles` of every institution of the year (for the standardisation) and
    /// the prioritised `candidates`.
    public init(profiles: [String: ContextProfile], candidates: [Candidate]) {
        let codes = profiles.keys.sorted()
        let raw = codes.map { profiles[$0]!.features }
        let width = raw.first?.count ?? 0
        var scaled = [[Double]](repeating: [], count: raw.count)
        for k in 0..<width {
            let column = raw.map { $0[k] }
            let mean = column.reduce(0, +) / Double(column.count)
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(column.count)
            guard variance > 0 else { continue }
            let sd = variance.squareRoot()
            for i in raw.indices { scaled[i].append((column[i] - mean) / sd) }
        }
        standardized = Dictionary(uniqueKeysWithValues: zip(codes, scaled))
        pools = Dictionary(grouping: candidates) { "\($0.zone)\u{1}\($0.principal)" }
    }

    /// Up to `count` pares of `institution`, nearest first; never itself nor one of `padrinos`.
    ///
    /// - Complexity: O(k log k) for the k candidates of its zone and problem.
    public func peers(of institution: Candidate, padrinos: [String], count: Int = 3) -> [String] {
        guard count > 0, let pool = pools["\(institution.zone)\u{1}\(institution.principal)"] else { return [] }
        let excluded = Set(padrinos + [institution.code])
        let own = standardized[institution.code]
        let ranked = pool.filter { !excluded.contains($0.code) }.map { c -> (code: String, distance: Double) in
            guard let own, let other = standardized[c.code] else { return (c.code, .infinity) }
            var sum = 0.0
            for k in own.indices { sum += (own[k] - other[k]) * (own[k] - other[k]) }
            return (c.code, sum.squareRoot())
        }.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.code < $1.code }
        return ranked.prefix(count).map(\.code)
    }

    /// The distance between two profiled institutions (nil when one has no profile); for reports and tests.
    public func distance(_ a: String, _ b: String) -> Double? {
        guard let x = standardized[a], let y = standardized[b] else { return nil }
        return zip(x, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }
}
