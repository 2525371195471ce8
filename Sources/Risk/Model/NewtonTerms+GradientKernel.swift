extension NewtonTerms {
    /// The log-likelihood and gradient of the distinct rows in `chunk` only, without the
    /// information matrix (the per-chunk kernel of a gradient-only pass).
    ///
    /// Works on the raw features, so nothing is standardised row by row: with aⱼ = βⱼ / sⱼ (0 for a
    /// constant column) and c = β₀ − Σⱼ aⱼ·mⱼ, ηᵢ = c + Σⱼ aⱼ·xᵢⱼ; and with rᵢ the residual,
    /// ∂ℓ/∂β₀ = Σᵢ rᵢ and ∂ℓ/∂βⱼ = Σᵢ rᵢ·zᵢⱼ = (Σᵢ rᵢ·xᵢⱼ − mⱼ·Σᵢ rᵢ) / sⱼ. The raw sums are
    /// accumulated row by row in `Double`, four features to a SIMD vector;
    /// `init(rows:scaling:parameters:includingInformation:)` applies the last formula to the totals.
    ///
    /// - Complexity: O(rows × p).
    init(gradientChunk chunk: Range<Int>, of rows: DistinctRows, rawSlopes: [Double], rawIntercept: Double) {
        let features = rows.columnCount
        let groups = features / 4  // features 4g…4g+3 in SIMD lanes; the last features % 4 one by one
        let slopeGroups = (0..<groups).map { SIMD4(rawSlopes[(4 * $0)..<(4 * $0 + 4)]) }
        self.init(dimension: features + 1, includingInformation: false)
        var logLikelihood = 0.0
        var residualSum = 0.0
        var groupSums = [SIMD4<Double>](repeating: .zero, count: groups)
        var tailSums = [Double](repeating: 0, count: features - 4 * groups)
        rows.values.withUnsafeBufferPointer { values in
            rows.counts.withUnsafeBufferPointer { counts in
                slopeGroups.withUnsafeBufferPointer { slopeGroups in
                    groupSums.withUnsafeMutableBufferPointer { groupSums in
                        for row in chunk {
                            let base = values.baseAddress! + row * features
                            var lanes = SIMD4<Double>.zero
                            for group in 0..<groups {
                                lanes += slopeGroups[group] * Self.widened(base + 4 * group)
                            }
                            var eta = rawIntercept + ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3]))
                            for feature in (4 * groups)..<features {
                                eta += rawSlopes[feature] * Double(base[feature])
                            }
                            let point = LogisticPoint(eta)
                            let copies = counts[row]
                            logLikelihood += point.logLikelihood(positives: copies.positives, negatives: copies.negatives)
                            let residual = copies.positives - copies.total * point.probability
                            residualSum += residual
                            for group in 0..<groups {
                                groupSums[group] += residual * Self.widened(base + 4 * group)
                            }
                            for feature in (4 * groups)..<features {
                                tailSums[feature - 4 * groups] += residual * Double(base[feature])
                            }
                        }
                    }
                }
            }
        }
        self.logLikelihood = logLikelihood
        gradient = [residualSum] + groupSums.flatMap { [$0[0], $0[1], $0[2], $0[3]] } + tailSums
    }

    /// Four consecutive `Float` values as `Double` lanes.
    @inline(__always)
    private static func widened(_ pointer: UnsafePointer<Float>) -> SIMD4<Double> {
        SIMD4<Double>(UnsafeRawPointer(pointer).loadUnaligned(as: SIMD4<Float>.self))
    }
}
