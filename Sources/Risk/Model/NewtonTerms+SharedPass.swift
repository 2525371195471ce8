extension NewtonTerms {
    /// The gradient-only terms of several models over the same rows, in one pass: element m equals
    /// `NewtonTerms(rows: rows, scaling: scalings[m], parameters: parameters[m],
    /// includingInformation: false)` bit for bit, since every model's sums run over the same chunks,
    /// rows and operations in the same order; only the reading of the rows is shared.
    ///
    /// A gradient-only pass reads 27 `Float`s per distinct row for about 60 operations per model,
    /// so several models sharing one reading save most of a pass each (used by the feature-gain
    /// fits, which run in lockstep).
    ///
    /// - Complexity: O(distinct rows × p × models).
    static func gradientOnly(rows: DistinctRows, scalings: [FeatureScaling], parameters: [[Double]]) -> [NewtonTerms] {
        precondition(scalings.count == parameters.count, "one scaling per model")
        let dimension = rows.columnCount + 1
        let raw = zip(parameters, scalings).map { parameters, scaling in
            precondition(parameters.count == dimension, "one parameter per feature plus the intercept")
            return rawParameters(parameters, scaling: scaling)
        }
        let slopes = raw.map(\.slopes), intercepts = raw.map(\.intercept)
        let partials = RowChunks.map(rowCount: rows.count) { chunk in
            sharedGradientChunk(chunk, of: rows, rawSlopes: slopes, rawIntercepts: intercepts)
        }
        return scalings.indices.map { model in
            var terms = NewtonTerms(summing: partials.map { $0[model] }, dimension: dimension,
                                    includingInformation: false)
            terms.standardiseGradient(scalings[model])
            return terms
        }
    }

    /// Per model, the log-likelihood and raw gradient sums of the distinct rows in `chunk`: the
    /// arithmetic of `init(gradientChunk:of:rawSlopes:rawIntercept:)`, model after model on each row
    /// read once.
    private static func sharedGradientChunk(
        _ chunk: Range<Int>, of rows: DistinctRows, rawSlopes: [[Double]], rawIntercepts: [Double]
    ) -> [NewtonTerms] {
        let models = rawSlopes.count
        let features = rows.columnCount
        let groups = features / 4
        let tails = features - 4 * groups
        let slopeGroups = rawSlopes.flatMap { slopes in (0..<groups).map { SIMD4(slopes[(4 * $0)..<(4 * $0 + 4)]) } }
        let tailSlopes = rawSlopes.flatMap { $0[(4 * groups)...] }
        // Accumulators and inputs behind raw pointers: no array uniqueness or bounds checks per row.
        let logLikelihoods = UnsafeMutableBufferPointer<Double>.allocate(capacity: models)
        let residualSums = UnsafeMutableBufferPointer<Double>.allocate(capacity: models)
        let groupSums = UnsafeMutableBufferPointer<SIMD4<Double>>.allocate(capacity: max(models * groups, 1))
        let tailSums = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(models * tails, 1))
        let widened = UnsafeMutablePointer<SIMD4<Double>>.allocate(capacity: max(groups, 1))
        let tailValues = UnsafeMutablePointer<Double>.allocate(capacity: max(tails, 1))
        defer {
            for buffer in [logLikelihoods, residualSums, tailSums] { buffer.deallocate() }
            groupSums.deallocate()
            widened.deallocate()
            tailValues.deallocate()
        }
        logLikelihoods.initialize(repeating: 0)
        residualSums.initialize(repeating: 0)
        groupSums.initialize(repeating: .zero)
        tailSums.initialize(repeating: 0)
        rows.values.withUnsafeBufferPointer { values in
            rows.counts.withUnsafeBufferPointer { counts in
                slopeGroups.withUnsafeBufferPointer { slopeGroups in
                    tailSlopes.withUnsafeBufferPointer { tailSlopes in
                        rawIntercepts.withUnsafeBufferPointer { intercepts in
                            for row in chunk {
                                let base = values.baseAddress! + row * features
                                for group in 0..<groups {
                                    widened[group] = SIMD4<Double>(
                                        UnsafeRawPointer(base + 4 * group).loadUnaligned(as: SIMD4<Float>.self))
                                }
                                for tail in 0..<tails {
                                    tailValues[tail] = Double(base[4 * groups + tail])
                                }
                                let copies = counts[row]
                                for model in 0..<models {
                                    let slopes = slopeGroups.baseAddress! + model * groups
                                    var lanes = SIMD4<Double>.zero
                                    for group in 0..<groups {
                                        lanes += slopes[group] * widened[group]
                                    }
                                    var eta = intercepts[model] + ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3]))
                                    for tail in 0..<tails {
                                        eta += tailSlopes[model * tails + tail] * tailValues[tail]
                                    }
                                    let point = LogisticPoint(eta)
                                    logLikelihoods[model] += point.logLikelihood(positives: copies.positives,
                                                                                 negatives: copies.negatives)
                                    let residual = copies.positives - copies.total * point.probability
                                    residualSums[model] += residual
                                    let sums = groupSums.baseAddress! + model * groups
                                    for group in 0..<groups {
                                        sums[group] += residual * widened[group]
                                    }
                                    for tail in 0..<tails {
                                        tailSums[model * tails + tail] += residual * tailValues[tail]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (0..<models).map { model in
            var terms = NewtonTerms(dimension: features + 1, includingInformation: false)
            terms.logLikelihood = logLikelihoods[model]
            terms.gradient = [residualSums[model]]
                + groupSums[(model * groups)..<(model * groups + groups)].flatMap { [$0[0], $0[1], $0[2], $0[3]] }
                + tailSums[(model * tails)..<(model * tails + tails)]
            return terms
        }
    }
}
