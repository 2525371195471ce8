extension LogisticRegression {
    /// The fits `fitting(rows, lambda:, start:, reuse:, leavingOut: exclusions[m], scaling:,
    /// information:, tolerance:).model`, one per entry of `exclusions`, run in lockstep: whenever
    /// several of them need a gradient-only pass, one reading of the rows serves them all
    /// (`NewtonTerms.gradientOnly(rows:scalings:parameters:)`). Each search makes the same requests
    /// and gets the same terms, bit for bit, as when it runs alone, so the models are identical to
    /// those of separate fits; only the passes are shared. A pass with the information matrix is
    /// computed for its search alone.
    ///
    /// `scaling` must be that of `rows`, and `information` an information matrix of `rows` on it
    /// near `start` (the feature-gain fits start from the full fit and its matrix); without one, or
    /// when every label is equal, the fits run one after the other.
    static func fitsInLockstep(
        _ rows: DistinctRows, lambda: Double, start: LogisticModel, reuse: InformationReuse,
        leavingOut exclusions: [[Int]], scaling: FeatureScaling, information: [Double]?, tolerance: Double
    ) -> [LogisticModel] {
        let totals = rows.totals
        guard totals.positives > 0 && totals.negatives > 0, let information else {
            return exclusions.map {
                fitting(rows, lambda: lambda, start: start, reuse: reuse, leavingOut: $0, scaling: scaling,
                        information: information, tolerance: tolerance).model
            }
        }
        let dimension = rows.columnCount + 1
        let scalings = exclusions.map { scaling.leavingOut($0) }
        let starts = scalings.map { startingParameters(from: start, to: $0) }
        let informations = exclusions.map { zeroing(information, columns: $0, dimension: dimension) }
        let startTerms = NewtonTerms.gradientOnly(rows: rows, scalings: scalings, parameters: starts)
        var searches = exclusions.indices.map { model in
            NewtonSearch(rows: rows, scaling: scalings[model], lambda: lambda, start: starts[model], reuse: reuse,
                         tolerance: tolerance, information: informations[model], startTerms: startTerms[model])
        }
        var iterations = [Int](repeating: 0, count: exclusions.count)
        var converged = [Bool](repeating: false, count: exclusions.count)
        var pending: [Int: NewtonSearch.Request] = [:]

        /// Runs search `model` from `progress` until it needs a gradient-only pass (left in
        /// `pending`) or stops, as the loop of `fitting` would.
        func settle(_ model: Int, _ progress: NewtonSearch.Progress?) {
            var progress = progress
            while true {
                switch progress {
                case .needs(let request) where request.includingInformation:
                    progress = searches[model].receive(NewtonTerms(
                        rows: rows, scaling: scalings[model], parameters: request.parameters,
                        includingInformation: true))
                case .needs(let request):
                    pending[model] = request
                    return
                case .finished(let outcome):
                    guard let outcome else { return }
                    converged[model] = outcome == .converged
                    progress = nil
                case nil:
                    guard iterations[model] < maximumIterations && !converged[model] else { return }
                    iterations[model] += 1
                    progress = searches[model].beginIteration()
                }
            }
        }

        for model in exclusions.indices { settle(model, nil) }
        while !pending.isEmpty {
            let waiting = pending.keys.sorted()
            let terms = NewtonTerms.gradientOnly(rows: rows, scalings: waiting.map { scalings[$0] },
                                                 parameters: waiting.map { pending[$0]!.parameters })
            pending = [:]
            for (model, received) in zip(waiting, terms) {
                settle(model, searches[model].receive(received))
            }
        }
        return exclusions.indices.map { model in
            LogisticModel(featureNames: rows.columnNames, intercept: searches[model].parameters[0],
                          coefficients: Array(searches[model].parameters.dropFirst()), scaling: scalings[model],
                          iterations: iterations[model], converged: converged[model])
        }
    }
}
