import Indicators

/// The values that a row takes from its (institution, level, year) context — the institution's t−1
/// intra-year dropout rate and the pooled histories of the institution and the municipality — stored
/// once per distinct triple, sorted by the triple's bits.
///
/// A feature key holds the position of its triple here, so keys (and the distinct training rows,
/// which come in key order) are ordered by content, never by the ids that first appearance in the
/// input gave to institutions.
///
/// - Complexity: O(contexts) plus two radix sorts of them; contexts = institutions × 6 levels × years.
struct ContextTable {
    /// Position in `values` / 3 of each (institution i, level l, year index k), at
    /// `(i * levelCount + l) * yearCount + k`.
    let index: [UInt32]
    /// Three values per distinct triple: t−1 rate, institution history, municipality history.
    let values: [Float]

    init(context: IndicatorContext, history: InstitutionDropoutHistory, pooled: PooledDropoutHistory) {
        let years = context.years.count, levels = PooledDropoutHistory.levelCount
        let previousLoaded = context.years.map { context.linked.isLoaded($0 - 1) }
        let count = context.institutions.count * levels * years
        var head = [UInt64](repeating: 0, count: count)
        var tail = [UInt64](repeating: 0, count: count)
        for i in 0..<context.institutions.count {
            for l in 0..<levels {
                for k in 0..<years {
                    let slot = (i * levels + l) * years + k
                    let previous = previousLoaded[k] ? history.rate(institution: UInt32(i), yearIndex: k - 1) : 0
                    head[slot] = UInt64(previous.bitPattern) << 32 | UInt64(pooled.institutionRates[slot].bitPattern)
                    tail[slot] = UInt64(pooled.municipalityRates[slot].bitPattern)
                }
            }
        }
        let byTail = RadixSort.sortedIndices(tail, bits: 32)
        let order = RadixSort.sortedIndices(byTail.map { head[Int($0)] }, bits: 64).map { byTail[Int($0)] }
        var index = [UInt32](repeating: 0, count: count)
        var values: [Float] = []
        var last: (UInt64, UInt64)?
        for slot in order.map(Int.init) {
            if last == nil || last! != (head[slot], tail[slot]) {
                values += [Float(bitPattern: UInt32(truncatingIfNeeded: head[slot] >> 32)),
                           Float(bitPattern: UInt32(truncatingIfNeeded: head[slot])),
                           Float(bitPattern: UInt32(truncatingIfNeeded: tail[slot]))]
                last = (head[slot], tail[slot])
            }
            index[slot] = UInt32(values.count / 3 - 1)
        }
        precondition(values.count / 3 <= 1 << 26, "too many contexts for a feature key")
        self.index = index
        self.values = values
    }
}
