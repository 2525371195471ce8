import Foundation

/// Axis tick values: round steps on linear axes, 1–2–5 sequences on logarithmic ones.
enum ChartTicks {
    /// Ticks `0, step, 2·step, …` reaching at least `maximum`, with about `targetCount` intervals and a
    /// step of 1, 2 or 5 times a power of ten. A non-positive or non-finite maximum gives `[0, fallback]`.
    static func linear(upTo maximum: Double, targetCount: Int = 5, fallback: Double = 1) -> [Double] {
        guard maximum.isFinite, maximum > 0 else { return [0, fallback] }
        let step = niceStep(maximum / Double(targetCount))
        let intervals = max(1, Int((maximum / step - 1e-9).rounded(.up)))
        return (0...intervals).map { Double($0) * step }
    }

    /// The smallest 1, 2 or 5 × 10ᵏ at least `rawStep`.
    static func niceStep(_ rawStep: Double) -> Double {
        let magnitude = pow(10, (log10(rawStep)).rounded(.down))
        let residual = rawStep / magnitude
        let multiplier: Double = residual <= 1 + 1e-9 ? 1 : residual <= 2 + 1e-9 ? 2 : residual <= 5 + 1e-9 ? 5 : 10
        return multiplier * magnitude
    }

    /// Decimals needed to print the ticks of `step` exactly (0…4).
    static func decimals(for step: Double) -> Int {
        for decimals in 0...3 {
            let scaled = step * pow(10, Double(decimals))
            if (scaled - scaled.rounded()).magnitude < 1e-6 { return decimals }
        }
        return 4
    }

    /// Ticks 1, 2, 5, 10, 20, … inside `lower...upper` (only powers of ten when that gives too many).
    static func logarithmic(from lower: Double, to upper: Double) -> [Double] {
        guard lower > 0, upper > lower else { return [max(lower, 1)] }
        let first = Int(log10(lower).rounded(.down))
        let last = Int(log10(upper).rounded(.up))
        func ticks(multipliers: [Double]) -> [Double] {
            var values: [Double] = []
            for exponent in first...last {
                let power = pow(10, Double(exponent))
                for multiplier in multipliers {
                    let value = multiplier * power
                    if value >= lower * (1 - 1e-9), value <= upper * (1 + 1e-9) { values.append(value) }
                }
            }
            return values
        }
        let dense = ticks(multipliers: [1, 2, 5])
        return dense.count > 7 ? ticks(multipliers: [1]) : dense
    }
}
