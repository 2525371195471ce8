import Foundation

extension NewtonTerms {
    /// Rows per chunk of a factored pass: each chunk keeps a table of per-level sums, so chunks are
    /// few and large (a constant, independent of the number of cores).
    static var factoredRowsPerChunk: Int { 1 << 19 }

    /// The per-level sums of one chunk of a factored pass (see `init(rows:scaling:parameters:…)`).
    struct FactoredSums: Sendable {
        /// Σ ℓₖ over the chunk's rows.
        var logLikelihood = 0.0
        /// Σ rₖ per level of the first and of the second factor (rₖ = aₖ − nₖ·pₖ).
        var firstResiduals: [Double], secondResiduals: [Double]
        /// Σ nₖ·wₖ per level of each factor (empty without the information matrix).
        var firstWeights: [Double], secondWeights: [Double]
        /// Σ nₖ·wₖ·x (x: the second factor's values of row k) per level of the first factor, row-major
        /// by the second factor's columns (empty without the information matrix).
        var crossWeights: [Double]

        /// Zero sums for `factors`, with the information tables when `includingInformation`.
        init(_ factors: FactoredRows, includingInformation: Bool) {
            let first = factors.first.levelCount, second = factors.second.levelCount
            firstResiduals = Array(repeating: 0, count: first)
            secondResiduals = Array(repeating: 0, count: second)
            firstWeights = includingInformation ? Array(repeating: 0, count: first) : []
            secondWeights = includingInformation ? Array(repeating: 0, count: second) : []
            crossWeights = includingInformation ? Array(repeating: 0, count: first * factors.second.columns.count) : []
        }

        /// Adds `other` entry by entry.
        mutating func add(_ other: FactoredSums) {
            logLikelihood += other.logLikelihood
            Self.add(other.firstResiduals, to: &firstResiduals)
            Self.add(other.secondResiduals, to: &secondResiduals)
            Self.add(other.firstWeights, to: &firstWeights)
            Self.add(other.secondWeights, to: &secondWeights)
            Self.add(other.crossWeights, to: &crossWeights)
        }

        private static func add(_ source: [Double], to target: inout [Double]) {
            source.withUnsafeBufferPointer { source in
                target.withUnsafeMutableBufferPointer { target in
                    for index in source.indices { target[index] += source[index] }
                }
            }
        }
    }

    /// The terms of a pass over factored rows: each chunk adds every row's residual (and weight)
    /// into its levels' tables, and the sums over levels then give the raw moments Σ r·x and
    /// Σ n·w·x·xᵀ, which are standardised at the end.
    ///
    /// With aⱼ = βⱼ / sⱼ and c = β₀ − Σ aⱼ·mⱼ, ηₖ = c + (Σ over the first factor's columns of aⱼ·xⱼ)
    /// + (the same over the second factor's), each bracket computed once per level. The moments of
    /// two columns of one factor are Σ over its levels of (level weight·xᵢ)·xⱼ; of a column of each,
    /// Σ over the first factor's levels of xᵢ·(Σ n·w·xⱼ of its rows). Standardised:
    /// (Zᵀ·W·Z)ᵢⱼ = (1/sᵢ)(1/sⱼ)·((Mᵢⱼ + mᵢmⱼ·M₀₀) − (mᵢ·M₀ⱼ + mⱼ·M₀ᵢ)), written so that it is the
    /// same expression, bit for bit, for (i, j) and (j, i): two identical 0/1 columns keep exactly
    /// equal sums, hence equal coefficients.
    ///
    /// - Complexity: O(distinct rows + levels × p²) with the information matrix, O(distinct rows +
    ///   levels × p) without.
    init(factoredRows rows: DistinctRows, factors: FactoredRows, scaling: FeatureScaling, parameters: [Double],
         includingInformation: Bool, includingLikelihood: Bool = true) {
        let dimension = rows.columnCount + 1
        let slopes = (0..<(dimension - 1)).map { parameters[$0 + 1] * scaling.inverseScales[$0] }
        let intercept = zip(slopes, scaling.means).reduce(parameters[0]) { $0 - $1.0 * $1.1 }
        let firstEta = Self.levelSums(factors.first, slopes: slopes)
        let secondEta = Self.levelSums(factors.second, slopes: slopes)
        let exponentials = LevelExponentials(intercept: intercept, first: firstEta, second: secondEta)
        // Each chunk's sums are a table per level: folded as they come, a few at a time.
        var sums = FactoredSums(factors, includingInformation: includingInformation)
        RowChunks.reduce(rowCount: rows.count, rowsPerChunk: Self.factoredRowsPerChunk, into: &sums) { chunk in
            Self.factoredSums(chunk: chunk, rows: rows, factors: factors, firstEta: firstEta, secondEta: secondEta,
                              intercept: intercept, exponentials: exponentials,
                              includingInformation: includingInformation,
                              includingLikelihood: includingLikelihood)
        } combine: { sums, partial in
            sums.add(partial)
        }

        self.init(dimension: dimension, includingInformation: includingInformation)
        logLikelihood = includingLikelihood ? sums.logLikelihood : .nan
        // Raw gradient Σ r·x̃ (x̃₀ = 1), then standardised.
        var raw = [Double](repeating: 0, count: dimension)
        raw[0] = sums.firstResiduals.reduce(0, +)
        Self.addLevelMoments(factors.first, weights: sums.firstResiduals, into: &raw)
        Self.addLevelMoments(factors.second, weights: sums.secondResiduals, into: &raw)
        gradient[0] = raw[0]
        for feature in 1..<dimension {
            gradient[feature] = (raw[feature] - scaling.means[feature - 1] * raw[0]) * scaling.inverseScales[feature - 1]
        }
        guard includingInformation else { return }
        information = Self.standardised(Self.rawInformation(sums, factors: factors, dimension: dimension),
                                        scaling: scaling, dimension: dimension)
    }

    /// The raw moments Σ nₖ·x̃ₖ·x̃ₖᵀ of factored rows (x̃₀ = 1, every weight 1), both triangles filled;
    /// computed once per table (`DistinctRows.unweightedMoments`).
    ///
    /// - Complexity: O(distinct rows + levels × p²).
    static func rawUnweightedMoments(of factors: FactoredRows, counts: [DistinctRows.LabelCounts]) -> [Double] {
        var sums = FactoredSums(factors, includingInformation: true)
        let secondWidth = factors.second.columns.count
        for row in counts.indices {
            let first = Int(factors.first.levels[row]), second = Int(factors.second.levels[row])
            let count = counts[row].total
            sums.firstWeights[first] += count
            sums.secondWeights[second] += count
            for b in 0..<secondWidth {
                sums.crossWeights[first * secondWidth + b] += count * factors.second.values[second * secondWidth + b]
            }
        }
        return rawInformation(sums, factors: factors, dimension: factors.place.count + 1)
    }

    /// Σ nₖ·zₖ·zₖᵀ on `scaling`, both triangles filled, from the raw moments `raw`
    /// (`rawUnweightedMoments`): with ¼ of it, the largest curvature the log-likelihood can have along
    /// a step (`NewtonSearch`).
    static func unweightedMoments(raw: [Double], scaling: FeatureScaling) -> [Double] {
        let dimension = scaling.means.count + 1
        var moments = standardised(raw, scaling: scaling, dimension: dimension)
        for i in 0..<dimension {
            for j in 0..<i { moments[i * dimension + j] = moments[j * dimension + i] }
        }
        return moments
    }

    /// The standardised upper triangle of the raw moments M = Σ n·w·x̃·x̃ᵀ (x̃₀ = 1).
    private static func standardised(_ moments: [Double], scaling: FeatureScaling, dimension: Int) -> [Double] {
        var information = [Double](repeating: 0, count: dimension * dimension)
        information[0] = moments[0]
        for j in 1..<dimension {
            information[j] = scaling.inverseScales[j - 1] * (moments[j] - scaling.means[j - 1] * moments[0])
        }
        for i in 1..<dimension {
            let mi = scaling.means[i - 1], si = scaling.inverseScales[i - 1]
            for j in i..<dimension {
                let mj = scaling.means[j - 1], sj = scaling.inverseScales[j - 1]
                let centred = (moments[i * dimension + j] + (mi * mj) * moments[0])
                    - (mi * moments[j] + mj * moments[i])
                information[i * dimension + j] = (si * sj) * centred
            }
        }
        return information
    }

    /// Σ over a factor's columns of slope·value, for each level.
    private static func levelSums(_ factor: FactoredRows.Factor, slopes: [Double]) -> [Double] {
        let width = factor.columns.count
        return (0..<factor.levelCount).map { level in
            var sum = 0.0
            for (position, column) in factor.columns.enumerated() {
                sum += slopes[column] * factor.values[level * width + position]
            }
            return sum
        }
    }

    /// Adds Σ over levels of weight·value to `moments[1 + column]` for each of the factor's columns
    /// (levels of weight 0 skipped).
    private static func addLevelMoments(_ factor: FactoredRows.Factor, weights: [Double], into moments: inout [Double]) {
        let width = factor.columns.count
        var sums = [Double](repeating: 0, count: width)
        weights.withUnsafeBufferPointer { weights in
            factor.values.withUnsafeBufferPointer { values in
                sums.withUnsafeMutableBufferPointer { sums in
                    for level in 0..<factor.levelCount where weights[level] != 0 {
                        let base = level * width
                        for position in 0..<width {
                            sums[position] += weights[level] * values[base + position]
                        }
                    }
                }
            }
        }
        for (position, column) in factor.columns.enumerated() {
            moments[1 + column] += sums[position]
        }
    }

    /// The raw moments M = Σ n·w·x̃·x̃ᵀ (x̃₀ = 1), both triangles filled, from the per-level sums.
    private static func rawInformation(_ sums: FactoredSums, factors: FactoredRows, dimension: Int) -> [Double] {
        var moments = [Double](repeating: 0, count: dimension * dimension)
        var border = [Double](repeating: 0, count: dimension)
        border[0] = sums.firstWeights.reduce(0, +)
        addLevelMoments(factors.first, weights: sums.firstWeights, into: &border)
        addLevelMoments(factors.second, weights: sums.secondWeights, into: &border)
        for j in 0..<dimension {
            moments[j] = border[j]
            moments[j * dimension] = border[j]
        }
        for (factor, weights) in [(factors.first, sums.firstWeights), (factors.second, sums.secondWeights)] {
            let width = factor.columns.count
            var block = [Double](repeating: 0, count: width * width)
            factor.values.withUnsafeBufferPointer { values in
                weights.withUnsafeBufferPointer { weights in
                    block.withUnsafeMutableBufferPointer { block in
                        for level in 0..<factor.levelCount where weights[level] != 0 {
                            let base = level * width
                            for a in 0..<width {
                                let weighted = weights[level] * values[base + a]
                                if weighted == 0 { continue }  // adds only zeros (values are finite)
                                for b in a..<width {
                                    block[a * width + b] += weighted * values[base + b]
                                }
                            }
                        }
                    }
                }
            }
            for a in 0..<width {
                for b in a..<width {
                    let i = factor.columns[a] + 1, j = factor.columns[b] + 1
                    moments[i * dimension + j] = block[a * width + b]
                    moments[j * dimension + i] = block[a * width + b]
                }
            }
        }
        let first = factors.first, second = factors.second
        let firstWidth = first.columns.count, secondWidth = second.columns.count
        var cross = [Double](repeating: 0, count: firstWidth * secondWidth)
        first.values.withUnsafeBufferPointer { values in
            sums.firstWeights.withUnsafeBufferPointer { weights in
                sums.crossWeights.withUnsafeBufferPointer { crossWeights in
                    cross.withUnsafeMutableBufferPointer { cross in
                        for level in 0..<first.levelCount where weights[level] != 0 {
                            for a in 0..<firstWidth {
                                let value = values[level * firstWidth + a]
                                for b in 0..<secondWidth {
                                    cross[a * secondWidth + b] += value * crossWeights[level * secondWidth + b]
                                }
                            }
                        }
                    }
                }
            }
        }
        for (a, column) in first.columns.enumerated() {
            for (b, other) in second.columns.enumerated() {
                moments[(column + 1) * dimension + other + 1] = cross[a * secondWidth + b]
                moments[(other + 1) * dimension + column + 1] = cross[a * secondWidth + b]
            }
        }
        return moments
    }

    /// The per-level sums of the rows in `chunk`. The second factor's sums are carried over each run
    /// of consecutive rows at one of its levels (early-warning rows come sorted by context) and added
    /// to its table when the level changes.
    ///
    /// Everything a row reads or adds at its first factor's level sits in one record of that level
    /// (`FirstLevelRecords`: its part of η, its two exponentials, its residual, weight and cross sums),
    /// so that a row touches one cache line of the first factor instead of one per table; each sum
    /// takes the same additions in the same order as separate tables would.
    private static func factoredSums(
        chunk: Range<Int>, rows: DistinctRows, factors: FactoredRows, firstEta: [Double], secondEta: [Double],
        intercept: Double, exponentials: LevelExponentials?, includingInformation: Bool, includingLikelihood: Bool
    ) -> FactoredSums {
        var sums = FactoredSums(factors, includingInformation: includingInformation)
        let secondWidth = factors.second.columns.count
        let records = FirstLevelRecords(firstEta: firstEta, exponentials: exponentials, secondWidth: secondWidth)
        defer { records.deallocate() }
        let stride = records.stride
        let levels = records.levels
        // The exponentials unwrapped once, outside the loop over rows.
        let hasExponentials = exponentials != nil
        let interceptRising = exponentials?.intercept.rising ?? 0
        let interceptFalling = exponentials?.intercept.falling ?? 0
        let secondRisingTable = exponentials?.secondRising ?? []
        let secondFallingTable = exponentials?.secondFalling ?? []
        var logLikelihood = 0.0
        factors.first.levels.withUnsafeBufferPointer { firstLevels in
        factors.second.levels.withUnsafeBufferPointer { secondLevels in
        factors.second.values.withUnsafeBufferPointer { secondValues in
        rows.counts.withUnsafeBufferPointer { counts in
        secondEta.withUnsafeBufferPointer { secondEta in
        secondRisingTable.withUnsafeBufferPointer { secondRising in
        secondFallingTable.withUnsafeBufferPointer { secondFalling in
        sums.secondResiduals.withUnsafeMutableBufferPointer { secondResiduals in
        sums.secondWeights.withUnsafeMutableBufferPointer { secondWeights in
            var run = -1, runResidual = 0.0, runWeight = 0.0
            var runEta = 0.0, runRising = 0.0, runFalling = 0.0
            for row in chunk {
                let second = Int(secondLevels[row])
                let record = levels + Int(firstLevels[row]) &* stride
                if second != run {
                    if run >= 0 {
                        secondResiduals[run] += runResidual
                        if includingInformation { secondWeights[run] += runWeight }
                    }
                    run = second
                    runResidual = 0
                    runWeight = 0
                    runEta = secondEta[second]
                    runRising = hasExponentials ? secondRising[second] : 0
                    runFalling = hasExponentials ? secondFalling[second] : 0
                }
                let eta = (intercept + record[FirstLevelRecords.eta]) + runEta
                let point: LogisticPoint
                if hasExponentials {  // e^(−|η|) as a product of the three parts' exponentials
                    point = LogisticPoint(eta: eta, tail: eta < 0
                        ? (interceptRising * record[FirstLevelRecords.rising]) * runRising
                        : (interceptFalling * record[FirstLevelRecords.falling]) * runFalling)
                } else {
                    point = LogisticPoint(eta)
                }
                let copies = counts[row]
                if includingLikelihood {
                    logLikelihood += point.logLikelihood(positives: copies.positives, negatives: copies.negatives)
                }
                let residual = copies.positives - copies.total * point.probability
                record[FirstLevelRecords.residual] += residual
                runResidual += residual
                if includingInformation {
                    let weight = copies.total * point.weight
                    record[FirstLevelRecords.weight] += weight
                    runWeight += weight
                    let values = second &* secondWidth
                    for b in 0..<secondWidth {
                        record[FirstLevelRecords.cross + b] += weight * secondValues[values + b]
                    }
                }
            }
            if run >= 0 {
                secondResiduals[run] += runResidual
                if includingInformation { secondWeights[run] += runWeight }
            }
        }}}}}}}}}
        sums.logLikelihood = logLikelihood
        records.copySums(into: &sums, includingInformation: includingInformation)
        return sums
    }

    /// One record per level of the first factor, `stride` doubles each on a 64-byte boundary: the
    /// level's part of η, e^a and e^(−a) (0 without exponentials), then the sums of the chunk's rows at
    /// that level: residual, weight and the weight times each of the second factor's values.
    /// Allocated by `init`, freed by `deallocate()`.
    struct FirstLevelRecords {
        /// Places within a record.
        static let eta = 0, rising = 1, falling = 2, residual = 3, weight = 4, cross = 5
        /// Doubles per record: `cross` + the second factor's width (8, one cache line, for the early
        /// warning's three context columns).
        let stride: Int
        /// The first record.
        let levels: UnsafeMutablePointer<Double>
        /// Number of records.
        let count: Int

        init(firstEta: [Double], exponentials: LevelExponentials?, secondWidth: Int) {
            stride = Self.cross + secondWidth
            count = firstEta.count
            let bytes = max(1, count * stride) * MemoryLayout<Double>.stride
            levels = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
                .bindMemory(to: Double.self, capacity: max(1, count * stride))
            levels.initialize(repeating: 0, count: max(1, count * stride))
            for level in 0..<count { levels[level * stride + Self.eta] = firstEta[level] }
            if let exponentials {
                exponentials.firstRising.withUnsafeBufferPointer { rising in
                    exponentials.firstFalling.withUnsafeBufferPointer { falling in
                        for level in 0..<count {
                            levels[level * stride + Self.rising] = rising[level]
                            levels[level * stride + Self.falling] = falling[level]
                        }
                    }
                }
            }
        }

        /// Copies the records' sums into `sums`' first-factor tables (which must be zero).
        func copySums(into sums: inout FactoredSums, includingInformation: Bool) {
            let width = stride - Self.cross
            sums.firstResiduals.withUnsafeMutableBufferPointer { residuals in
                for level in 0..<count { residuals[level] = levels[level * stride + Self.residual] }
            }
            guard includingInformation else { return }
            sums.firstWeights.withUnsafeMutableBufferPointer { weights in
                sums.crossWeights.withUnsafeMutableBufferPointer { cross in
                    for level in 0..<count {
                        let record = levels + level * stride
                        weights[level] = record[Self.weight]
                        for b in 0..<width { cross[level * width + b] = record[Self.cross + b] }
                    }
                }
            }
        }

        /// Frees the records.
        func deallocate() {
            UnsafeMutableRawPointer(levels).deallocate()
        }
    }

    /// e^x and e^(−x) of the intercept and of each level's part of η, so that a row's e^(−|η|) is a
    /// product of three of them instead of an `exp`: η = c + a + b gives e^η = e^c·e^a·e^b. Each factor
    /// is within half an ulp and the two products add at most one ulp each, so the tail is within
    /// about 3 ulps (7·10⁻¹⁶ relative) of `exp(−|η|)`.
    struct LevelExponentials: @unchecked Sendable {
        let intercept: (rising: Double, falling: Double)
        let firstRising: [Double], firstFalling: [Double], secondRising: [Double], secondFalling: [Double]
        /// Largest |c|, |a| or |b| for which the products cannot overflow or underflow (e^(3·200) < 10²⁶¹).
        static let largestPart = 200.0

        /// `nil` when some part is too large in magnitude (then each row takes an `exp`).
        init?(intercept: Double, first: [Double], second: [Double]) {
            let largest = Self.largestPart
            guard abs(intercept) <= largest, first.allSatisfy({ abs($0) <= largest }),
                  second.allSatisfy({ abs($0) <= largest }) else { return nil }
            self.intercept = (exp(intercept), exp(-intercept))
            firstRising = first.map { exp($0) }
            firstFalling = first.map { exp(-$0) }
            secondRising = second.map { exp($0) }
            secondFalling = second.map { exp(-$0) }
        }
    }
}
