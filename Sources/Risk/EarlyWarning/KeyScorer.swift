/// The log-odds of packed feature rows (`FeatureWriter.key`) under one model without unpacking them:
/// each column's term βⱼ·zⱼ is looked up in a table by the key's field for that column
/// (`FeatureWriter.columnFields()`), and the terms are added in column order onto the intercept, so
/// the result is bit for bit `model.linearPredictor(row:)` of the row `FeatureWriter.write(key:into:)`
/// writes: each term is the same expression of the same value, and the sum runs in the same order.
struct KeyScorer: Sendable {
    /// β₀.
    private let intercept: Double
    /// Per column, the shift and mask of its field in a key.
    private let shifts: [UInt64], masks: [UInt64]
    /// Per column, the offset of its terms in `terms`.
    private let offsets: [Int]
    /// Per column, its term for each value of its field.
    private let terms: [Double]

    /// The scorer of `model` (whose features are `WarningFeature.columnNames`) for keys of `writer`.
    init(_ model: LogisticModel, writer: FeatureWriter) {
        precondition(model.featureNames == WarningFeature.columnNames, "not an early-warning model")
        intercept = model.intercept
        let fields = writer.columnFields()
        var offsets: [Int] = [], terms: [Double] = []
        for (column, field) in fields.enumerated() {
            offsets.append(terms.count)
            terms += field.values.map { value in
                model.coefficients[column] * model.scaling.standardised(value, column: column)
            }
        }
        shifts = fields.map(\.shift)
        masks = fields.map(\.mask)
        self.offsets = offsets
        self.terms = terms
    }

    /// η of the row packed in `key`.
    @inline(__always)
    func logOdds(key: UInt64) -> Double {
        terms.withUnsafeBufferPointer { terms in
            offsets.withUnsafeBufferPointer { offsets in
                shifts.withUnsafeBufferPointer { shifts in
                    masks.withUnsafeBufferPointer { masks in
                        var eta = intercept
                        for column in 0..<offsets.count {
                            eta += terms[offsets[column] + Int(truncatingIfNeeded: (key >> shifts[column]) & masks[column])]
                        }
                        return eta
                    }
                }
            }
        }
    }

    /// The log-odds of each key, in order.
    func logOdds(keys: [UInt64]) -> [Double] {
        keys.map { logOdds(key: $0) }
    }
}
