/// The arithmetic of the balance (SPEC §12.2), apart from where its inputs come from.
public enum BalanceEstimate {
    /// One institution's change in one rate between b and t.
    public struct Unit: Sendable, Equatable {
        /// Institution code.
        public var code: String
        /// Its denominator n in b (the pooling weight).
        public var weight: Double
        /// y_b, y_t.
        public var baseValue: Double, value: Double
        /// y_t − y_b.
        public var observedChange: Double
        /// p̄_t + B·(y_b − p̄_b) − y_b.
        public var expectedChange: Double
        /// observed − expected.
        public var effect: Double { observedChange - expectedChange }
    }

    /// B = τ² / (τ² + p̄_b(1 − p̄_b)/n): the share of the school's distance to the territory in b that is
    /// real rather than noise. 0 when τ² is 0 or unknown; 1 when p̄_b is 0 or 1 and τ² > 0.
    public static func shrinkage(tau2: Double?, reference: Double, denominator n: Int64) -> Double {
        guard let tau2, tau2 > 0, n > 0 else { return 0 }
        return tau2 / (tau2 + reference * (1 - reference) / Double(n))
    }

    /// The unit of a school with rates y_b (denominator n) and y_t, territory rates p̄_b and p̄_t, and
    /// the year-b funnel's τ².
    public static func unit(code: String, baseValue yb: Double, value yt: Double, denominator n: Int64,
                            territoryBase pb: Double, territory pt: Double, tau2: Double?) -> Unit {
        let b = shrinkage(tau2: tau2, reference: pb, denominator: n)
        return Unit(code: code, weight: Double(n), baseValue: yb, value: yt, observedChange: yt - yb,
                    expectedChange: pt + b * (yb - pb) - yb)
    }

    /// The pooled effect with its interval.
    public struct Pooled: Sendable, Equatable {
        /// The effect (accompanied weighted mean minus the comparison group's, or the first alone).
        public var effect: Double
        /// The 95 % interval; nil with a single accompanied school.
        public var lower: Double?, upper: Double?
        /// `metodo`.
        public var method: String
        /// Weighted means over the accompanied: y_b, y_t, observed and expected change.
        public var baseValue: Double, value: Double, observedChange: Double, expectedChange: Double
    }

    /// Fewest comparison schools for the contrast.
    public static let minimumComparison = 5

    /// `metodo` when the comparison group is used.
    public static let contrastMethod = "acompanadas_menos_comparacion; IC t de Welch"
    /// `metodo` when the comparison group has fewer than `minimumComparison` schools.
    public static let aloneMethod = "solo_acompanadas (comparacion < 5); IC t"
    /// Appended to `metodo` when no interval can be computed.
    public static let noIntervalNote = "; sin IC (una sola institucion acompanada)"

    /// Pools `accompanied` against `comparison` (nil when `accompanied` is empty).
    ///
    /// Each group's effect is its mean weighted by the base-year denominators, ē = Σwᵢeᵢ/Σwᵢ, with
    /// variance V = m/(m − 1) · Σwᵢ²(eᵢ − ē)² / (Σwᵢ)² over its m schools (the school, not the student,
    /// is the unit: the spread between schools carries every source of noise). With a comparison group
    /// of at least 5: estimate ē_A − ē_C, V = V_A + V_C, Welch–Satterthwaite degrees of freedom
    /// (V_A + V_C)² / (V_A²/(m_A − 1) + V_C²/(m_C − 1)); otherwise ē_A with m_A − 1. Interval: estimate
    /// ± t(0.975, df)·√V (exact zero width when V = 0). Deterministic; no resampling.
    public static func pooled(accompanied: [Unit], comparison: [Unit]) -> Pooled? {
        guard let a = Group(accompanied) else { return nil }
        let c = comparison.count >= minimumComparison ? Group(comparison) : nil
        var estimate = a.mean, variance = a.variance, df = Double(a.count - 1)
        var method = aloneMethod
        if let c {
            estimate -= c.mean
            variance += c.variance
            method = contrastMethod
            let terms = (a.count > 1 ? a.variance * a.variance / Double(a.count - 1) : 0)
                + c.variance * c.variance / Double(c.count - 1)
            df = terms > 0 ? variance * variance / terms : Double(a.count + c.count - 2)
        }
        var lower: Double?, upper: Double?
        if a.count > 1 || (c != nil && variance > 0) {
            let half = variance > 0 ? StudentT.quantile(0.975, degreesOfFreedom: max(df, 1)) * variance.squareRoot() : 0
            lower = estimate - half
            upper = estimate + half
        } else {
            method += noIntervalNote
        }
        func mean(_ value: (Unit) -> Double) -> Double {
            accompanied.reduce(0) { $0 + $1.weight * value($1) } / a.totalWeight
        }
        return Pooled(effect: estimate, lower: lower, upper: upper, method: method,
                      baseValue: mean(\.baseValue), value: mean(\.value),
                      observedChange: mean(\.observedChange), expectedChange: mean(\.expectedChange))
    }

    /// A group's weighted mean effect and its variance.
    struct Group {
        var count: Int, totalWeight: Double, mean: Double, variance: Double

        init?(_ units: [Unit]) {
            let total = units.reduce(0) { $0 + $1.weight }
            guard !units.isEmpty, total > 0 else { return nil }
            count = units.count
            totalWeight = total
            let center = units.reduce(0) { $0 + $1.weight * $1.effect } / total
            mean = center
            let m = Double(units.count)
            let spread = units.reduce(0) { $0 + $1.weight * $1.weight * ($1.effect - center) * ($1.effect - center) }
            variance = units.count > 1 ? m / (m - 1) * spread / (total * total) : 0
        }
    }
}
