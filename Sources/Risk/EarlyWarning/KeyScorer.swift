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
    /// Per column, the offset of its first term in `terms` and the distance between its terms.
    private let offsets: [Int], strides: [Int]
    /// Per column, its term for each value of its field; the context columns' terms interleaved (one
    /// context's three terms side by side, so a row reads one cache line for them).
    private let terms: [Double]

    /// The scorer of `model` (whose features are `WarningFeature.columnNames`) for keys of `writer`.
    init(_ model: LogisticModel, writer: FeatureWriter) {
        precondition(model.featureNames == WarningFeature.columnNames, "not an early-warning model")
        intercept = model.intercept
        let fields = writer.columnFields()
        let contextColumns = FeatureWriter.contextColumns
        func term(_ value: Float, _ column: Int) -> Double {
            model.coefficients[column] * model.scaling.standardised(value, column: column)
        }
        var offsets: [Int] = [], strides: [Int] = [], terms: [Double] = []
        var contextBase = -1
        for (column, field) in fields.enumerated() {
            if let position = contextColumns.firstIndex(of: column) {
                if contextBase < 0 {
                    // All three context columns' terms, context by context.
                    contextBase = terms.count
                    let contextCount = field.values.count
                    terms += [Double](repeating: 0, count: contextCount * contextColumns.count)
                    for (p, c) in contextColumns.enumerated() {
                        for (context, value) in fields[c].values.enumerated() {
                            terms[contextBase + context * contextColumns.count + p] = term(value, c)
                        }
                    }
                }
                offsets.append(contextBase + position)
                strides.append(contextColumns.count)
            } else {
                offsets.append(terms.count)
                strides.append(1)
                terms += field.values.map { term($0, column) }
            }
        }
        shifts = fields.map(\.shift)
        masks = fields.map(\.mask)
        self.offsets = offsets
        self.strides = strides
        self.terms = terms
    }

    /// η of the row packed in `key`.
    @inline(__always)
    func logOdds(key: UInt64) -> Double {
        terms.withUnsafeBufferPointer { terms in
            offsets.withUnsafeBufferPointer { offsets in
                strides.withUnsafeBufferPointer { strides in
                    shifts.withUnsafeBufferPointer { shifts in
                        masks.withUnsafeBufferPointer { masks in
                            var eta = intercept
                            for column in 0..<offsets.count {
                                let field = Int(truncatingIfNeeded: (key >> shifts[column]) & masks[column])
                                eta += terms[offsets[column] + field * strides[column]]
                            }
                            return eta
                        }
                    }
                }
            }
        }
    }

    /// The log-odds of each key, in order.
    func logOdds(keys: [UInt64]) -> [Double] {
        keys.withUnsafeBufferPointer { logOdds(keys: $0) }
    }

    /// The log-odds of each key, in order.
    func logOdds(keys: UnsafeBufferPointer<UInt64>) -> [Double] {
        [Double](unsafeUninitializedCapacity: keys.count) { buffer, count in
            logOdds(keys: keys, into: buffer)
            count = keys.count
        }
    }

    /// Writes the log-odds of each key into `logOdds` (as many places as keys), bit for bit
    /// `logOdds(key:)` of each: four keys at a time, each with its own sum taken in column order, so
    /// the four chains of additions overlap instead of waiting on one another.
    func logOdds(keys: UnsafeBufferPointer<UInt64>, into logOdds: UnsafeMutableBufferPointer<Double>) {
        precondition(logOdds.count >= keys.count, "one place per key")
        let n = keys.count
        terms.withUnsafeBufferPointer { terms in
            offsets.withUnsafeBufferPointer { offsets in
                strides.withUnsafeBufferPointer { strides in
                    shifts.withUnsafeBufferPointer { shifts in
                        masks.withUnsafeBufferPointer { masks in
                            var row = 0
                            while row + 4 <= n {
                                let k0 = keys[row], k1 = keys[row + 1], k2 = keys[row + 2], k3 = keys[row + 3]
                                var e0 = intercept, e1 = intercept, e2 = intercept, e3 = intercept
                                for column in 0..<offsets.count {
                                    let shift = shifts[column], mask = masks[column]
                                    let offset = offsets[column], stride = strides[column]
                                    e0 += terms[offset + Int(truncatingIfNeeded: (k0 >> shift) & mask) * stride]
                                    e1 += terms[offset + Int(truncatingIfNeeded: (k1 >> shift) & mask) * stride]
                                    e2 += terms[offset + Int(truncatingIfNeeded: (k2 >> shift) & mask) * stride]
                                    e3 += terms[offset + Int(truncatingIfNeeded: (k3 >> shift) & mask) * stride]
                                }
                                logOdds[row] = e0
                                logOdds[row + 1] = e1
                                logOdds[row + 2] = e2
                                logOdds[row + 3] = e3
                                row += 4
                            }
                            while row < n {
                                var eta = intercept
                                for column in 0..<offsets.count {
                                    let field = Int(truncatingIfNeeded: (keys[row] >> shifts[column]) & masks[column])
                                    eta += terms[offsets[column] + field * strides[column]]
                                }
                                logOdds[row] = eta
                                row += 1
                            }
                        }
                    }
                }
            }
        }
    }
}
