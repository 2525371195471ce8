/// A fitted logistic regression: P(y = 1 | x) = σ(β₀ + Σⱼ βⱼ·zⱼ) with zⱼ = (xⱼ − meanⱼ) / scaleⱼ.
///
/// Coefficients live on the standardised scale, so their sizes are comparable across features.
/// A feature whose training column was constant has scale 0, z = 0 and coefficient 0.
public struct LogisticModel: Sendable, Equatable {
    /// Feature names, in the column order the model expects.
    public let featureNames: [String]
    /// β₀, the log-odds of a student whose features all equal the training means.
    public let intercept: Double
    /// β₁…β_p on the standardised scale, one per feature.
    public let coefficients: [Double]
    /// Newton iterations performed (0 for an intercept-only model fitted in closed form).
    public let iterations: Int
    /// Whether the last Newton step was smaller than the tolerance (true for a closed-form fit).
    public let converged: Bool
    /// How features are standardised before the coefficients apply.
    let scaling: FeatureScaling

    /// Creates a model from its parts (the fit builds it; tests may too).
    init(
        featureNames: [String], intercept: Double, coefficients: [Double],
        scaling: FeatureScaling, iterations: Int, converged: Bool
    ) {
        precondition(coefficients.count == featureNames.count, "one coefficient per feature")
        precondition(scaling.means.count == featureNames.count, "one mean per feature")
        self.featureNames = featureNames
        self.intercept = intercept
        self.coefficients = coefficients
        self.scaling = scaling
        self.iterations = iterations
        self.converged = converged
    }

    /// Training means of the features (used to standardise).
    public var means: [Double] { scaling.means }
    /// Training population standard deviations of the features (0 for a constant column).
    public var scales: [Double] { scaling.scales }

    /// The log-odds η = β₀ + Σⱼ βⱼ·zⱼ of one row of feature values, in `featureNames` order.
    public func linearPredictor(row: some Collection<Float>) -> Double {
        precondition(row.count == featureNames.count, "row has \(row.count) values, expected \(featureNames.count)")
        var eta = intercept
        for (column, value) in row.enumerated() {
            eta += coefficients[column] * scaling.standardised(value, column: column)
        }
        return eta
    }

    /// The predicted probability σ(η) of one row of feature values, in `featureNames` order.
    public func probability(row: some Collection<Float>) -> Double {
        LogisticPoint(linearPredictor(row: row)).probability
    }

    /// The predicted probability of every row of `matrix`, whose columns must be `featureNames`.
    ///
    /// - Complexity: O(rows × features).
    public func probabilities(_ matrix: FeatureMatrix) -> [Double] {
        precondition(matrix.columnNames == featureNames, "matrix columns differ from the model's features")
        var result = [Double]()
        result.reserveCapacity(matrix.rowCount)
        for row in 0..<matrix.rowCount {
            result.append(probability(row: matrix.row(row)))
        }
        return result
    }

    /// Each feature's share of the log-odds of one row, βⱼ·zⱼ, in `featureNames` order.
    ///
    /// Positive values raise the risk above that of an average student, negative values lower it;
    /// together with the intercept they add up to `linearPredictor(row:)`.
    public func contributions(row: some Collection<Float>) -> [Double] {
        precondition(row.count == featureNames.count, "row has \(row.count) values, expected \(featureNames.count)")
        return row.enumerated().map { column, value in
            coefficients[column] * scaling.standardised(value, column: column)
        }
    }

    /// The names of the features that raise this row's risk most: positive contributions only,
    /// largest first (ties by column order), at most `limit` of them (SPEC §7 asks for three).
    public func riskRaisingFeatures(row: some Collection<Float>, limit: Int = 3) -> [String] {
        let ranked = contributions(row: row).enumerated()
            .filter { $0.element > 0 }
            .sorted { $0.element > $1.element || ($0.element == $1.element && $0.offset < $1.offset) }
        return ranked.prefix(limit).map { featureNames[$0.offset] }
    }
}
