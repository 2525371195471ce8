extension NewtonTerms {
    /// Rows standardised together before their products are summed (a multiple of 8).
    static var blockRows: Int { 64 }

    /// The log-likelihood, gradient and information matrix of the distinct rows in `chunk` only
    /// (the per-chunk kernel of a full pass).
    ///
    /// Rows are taken in blocks of `blockRows`: each block's standardised features z (and n·w·z)
    /// are laid out column by column, then every entry of ∇ℓ and Zᵀ·W·Z gets one dot product
    /// over the block, on SIMD lanes combined in a fixed order. Floating-point results therefore
    /// depend only on the data, never on timing. Rows past the end of the last block are padded
    /// with zeros, which add nothing.
    init(chunk: Range<Int>, of rows: DistinctRows, scaling: FeatureScaling, parameters: [Double]) {
        let features = rows.columnCount
        let dimension = features + 1
        let blockRows = Self.blockRows
        let z = UnsafeMutablePointer<Double>.allocate(capacity: dimension * blockRows)
        let weightedZ = UnsafeMutablePointer<Double>.allocate(capacity: dimension * blockRows)
        let residuals = UnsafeMutablePointer<Double>.allocate(capacity: blockRows)
        defer {
            z.deallocate()
            weightedZ.deallocate()
            residuals.deallocate()
        }
        self.init(dimension: dimension, includingInformation: true)
        var information = self.information!
        var logLikelihood = 0.0
        rows.values.withUnsafeBufferPointer { values in
            rows.counts.withUnsafeBufferPointer { counts in
                for blockStart in stride(from: chunk.lowerBound, to: chunk.upperBound, by: blockRows) {
                    let rowsInBlock = min(blockRows, chunk.upperBound - blockStart)
                    for slot in 0..<blockRows {
                        guard slot < rowsInBlock else {
                            for a in 0..<dimension {
                                z[a * blockRows + slot] = 0
                                weightedZ[a * blockRows + slot] = 0
                            }
                            residuals[slot] = 0
                            continue
                        }
                        let row = blockStart + slot
                        let base = row * features
                        var eta = parameters[0]
                        z[slot] = 1
                        for feature in 0..<features {
                            let standardised = scaling.standardised(values[base + feature], column: feature)
                            z[(feature + 1) * blockRows + slot] = standardised
                            eta += parameters[feature + 1] * standardised
                        }
                        let point = LogisticPoint(eta)
                        let copies = counts[row]
                        logLikelihood += point.logLikelihood(positives: copies.positives, negatives: copies.negatives)
                        residuals[slot] = copies.positives - copies.total * point.probability
                        let weight = copies.total * point.weight
                        for a in 0..<dimension {
                            weightedZ[a * blockRows + slot] = weight * z[a * blockRows + slot]
                        }
                    }
                    for a in 0..<dimension {
                        gradient[a] += Self.blockDot(residuals, z + a * blockRows)
                        for b in a..<dimension {
                            information[a * dimension + b] += Self.blockDot(weightedZ + a * blockRows, z + b * blockRows)
                        }
                    }
                }
            }
        }
        self.logLikelihood = logLikelihood
        self.information = information
    }

    /// Σ x[i]·y[i] over one block, on two four-lane accumulators summed in a fixed order.
    @inline(__always)
    private static func blockDot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>) -> Double {
        var even = SIMD4<Double>()
        var odd = SIMD4<Double>()
        for start in stride(from: 0, to: blockRows, by: 8) {
            even += lanes(x + start) * lanes(y + start)
            odd += lanes(x + start + 4) * lanes(y + start + 4)
        }
        let sum = even + odd
        return (sum[0] + sum[1]) + (sum[2] + sum[3])
    }

    /// Four consecutive values as one SIMD vector.
    @inline(__always)
    private static func lanes(_ pointer: UnsafePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD4<Double>.self)
    }
}
