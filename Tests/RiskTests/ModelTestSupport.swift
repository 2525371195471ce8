/// Helpers shared by the `Model*Tests` suites, namespaced so they cannot clash with other suites.
enum ModelCheck {
    /// SplitMix64: a tiny seeded generator so every random fixture is reproducible.
    struct Generator: RandomNumberGenerator {
        private var state: UInt64

        init(seed: UInt64) {
            state = seed
        }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Whether `actual` is within `tolerance` of `expected`, relative to |expected| (absolute below 1).
    static func isClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= tolerance * max(1, abs(expected))
    }
}
