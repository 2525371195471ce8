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

    /// Candidates of one zone and principal indicator, with their standardised features side by side
    /// (`width` per candidate; zeros for a candidate without a profile).
    private struct Pool: Sendable {
        var candidates: [Candidate] = []
        var profiled: [Bool] = []
        var features: [Double] = []

        /// Adds `candidate` with its standardised `features` (nil: no profile that year).
        mutating func append(_ candidate: Candidate, _ features: [Double]?, width: Int) {
            candidates.append(candidate)
            profiled.append(features != nil)
            self.features += features ?? [Double](repeating: 0, count: width)
        }
    }

    /// Standardised features by code.
    private let standardized: [String: [Double]]
    /// Standardised features per institution (the same for all).
    private let width: Int
    /// Candidates by zone and principal indicator.
    private let pools: [String: Pool]

    /// Prepares the search: `profiles` of every institution of the year (for the standardisation) and
    /// the prioritised `candidates`.
    public init(profiles: [String: ContextProfile], candidates: [Candidate]) {
        let codes = profiles.keys.sorted()
        let raw = codes.map { profiles[$0]!.features }
        let rawWidth = raw.first?.count ?? 0
        var scaled = [[Double]](repeating: [], count: raw.count)
        for k in 0..<rawWidth {
            let column = raw.map { $0[k] }
            let mean = column.reduce(0, +) / Double(column.count)
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(column.count)
            guard variance > 0 else { continue }
            let sd = variance.squareRoot()
            for i in raw.indices { scaled[i].append((column[i] - mean) / sd) }
        }
        let standardized = Dictionary(uniqueKeysWithValues: zip(codes, scaled))
        let width = scaled.first?.count ?? 0
        var pools: [String: Pool] = [:]
        for candidate in candidates {
            let features = standardized[candidate.code]
            pools["\(candidate.zone)\u{1}\(candidate.principal)", default: Pool()].append(candidate, features, width: width)
        }
        self.standardized = standardized
        self.width = width
        self.pools = pools
    }

    /// Up to `count` pares of `institution`, nearest first; never itself nor one of `padrinos`.
    ///
    /// - Complexity: O(k · (d + count)) for the k candidates of its zone and problem and d features:
    ///   the nearest `count` are kept as the candidates go by, with no sort of the whole pool and no
    ///   dictionary lookup per candidate (a national run has thousands of prioritised schools per pool).
    public func peers(of institution: Candidate, padrinos: [String], count: Int = 3) -> [String] {
        guard count > 0, let pool = pools["\(institution.zone)\u{1}\(institution.principal)"] else { return [] }
        let own = standardized[institution.code]
        // Nearest first, ties by code: the order of sorting the whole pool.
        func precedes(_ a: (code: String, distance: Double), _ b: (code: String, distance: Double)) -> Bool {
            a.distance != b.distance ? a.distance < b.distance : a.code < b.code
        }
        var nearest: [(code: String, distance: Double)] = []
        nearest.reserveCapacity(count + 1)
        pool.features.withUnsafeBufferPointer { features in
            for i in pool.candidates.indices {
                let code = pool.candidates[i].code
                if code == institution.code || padrinos.contains(code) { continue }
                var distance = Double.infinity
                if let own, pool.profiled[i] {
                    var sum = 0.0
                    let base = i * width
                    for k in own.indices { sum += (own[k] - features[base + k]) * (own[k] - features[base + k]) }
                    distance = sum.squareRoot()
                }
                let entry = (code: code, distance: distance)
                if nearest.count == count && !precedes(entry, nearest[count - 1]) { continue }
                var at = nearest.count
                while at > 0 && precedes(entry, nearest[at - 1]) { at -= 1 }
                nearest.insert(entry, at: at)
                if nearest.count > count { nearest.removeLast() }
            }
        }
        return nearest.map(\.code)
    }

    /// The distance between two profiled institutions (nil when one has no profile); for reports and tests.
    public func distance(_ a: String, _ b: String) -> Double? {
        guard let x = standardized[a], let y = standardized[b] else { return nil }
        return zip(x, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }
}
