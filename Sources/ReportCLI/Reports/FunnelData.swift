/// The institutions of one year on one indicator, ready for funnel plots: every institution's size
/// and rate, the reference rate and the between-institution variance τ² (SPEC §6).
struct FunnelData: Sendable {
    /// The indicator.
    let indicator: FlowIndicator
    /// The year.
    let year: Int
    /// Institution codes, parallel to `points`, by size ascending then code.
    let codes: [String]
    /// Size (denominator) and rate of each institution with a denominator and a rate.
    let points: [FunnelPlot.Point]
    /// The reference rate p0.
    let reference: Double
    /// τ² (0 when `funnel_parametros` has none).
    let tau2: Double
    /// Whether `reference` and `tau2` come from `funnel_parametros` (else the territory's rate, τ² = 0).
    let hasParameters: Bool
    /// Position in `codes`, by code.
    private let positions: [String: Int]
    /// Most institutions drawn in a plot that singles one out: a sample keeps every page light.
    static let sampleLimit = 150
    /// Positions in `points` drawn in single-institution plots: all, or an even sample by size that
    /// keeps the smallest, the largest and the highest rate.
    let sample: [Int]

    /// The funnel of `indicator` in `year`, or `nil` without institution rates or a reference.
    init?(_ indicator: FlowIndicator, year: Int, data: ReportData) {
        guard let table = data.table(ReportTableName.institution), table.has(indicator.rate) else { return nil }
        var entries: [(code: String, point: FunnelPlot.Point)] = []
        for code in data.profiles.map(\.code) {
            guard let row = data.institutionRow(code, year: year),
                  let size = table.integer(indicator.denominator, at: row), size > 0,
                  let rate = table.number(indicator.rate, at: row) else { continue }
            entries.append((code, FunnelPlot.Point(size: Int(size), rate: rate)))
        }
        entries.sort { ($0.point.size, $0.code) < ($1.point.size, $1.code) }
        let parameters = Self.parameters(indicator.rate, year: year, data: data)
        let territoryRate = data.territoryRow(year: year).flatMap {
            data.table(ReportTableName.territory)?.number(indicator.rate, at: $0)
        }
        guard !entries.isEmpty, let reference = parameters?.reference ?? territoryRate else { return nil }
        self.indicator = indicator
        self.year = year
        codes = entries.map(\.code)
        positions = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        points = entries.map(\.point)
        self.reference = reference
        tau2 = parameters?.tau2 ?? 0
        hasParameters = parameters != nil
        sample = Self.evenSample(points, limit: Self.sampleLimit)
    }

    /// `referencia` and `tau2` of `funnel_parametros` for `indicator` and `year`.
    private static func parameters(_ indicator: String, year: Int,
                                   data: ReportData) -> (reference: Double, tau2: Double)? {
        guard let table = data.table(ReportTableName.funnel) else { return nil }
        for row in 0..<table.rowCount
        where table.year(at: row) == year && table.text("indicador", at: row) == indicator {
            guard let reference = table.number("referencia", at: row) else { return nil }
            return (reference, table.number("tau2", at: row) ?? 0)
        }
        return nil
    }

    /// All positions when there are at most `limit`; otherwise `limit` positions evenly spread over the
    /// size order, plus the one with the highest rate.
    private static func evenSample(_ points: [FunnelPlot.Point], limit: Int) -> [Int] {
        guard points.count > limit else { return Array(points.indices) }
        var chosen = Set((0..<limit).map { $0 * (points.count - 1) / (limit - 1) })
        if let highest = points.indices.max(by: { points[$0].rate < points[$1].rate }) { chosen.insert(highest) }
        return chosen.sorted()
    }

    /// The position of `code` in `codes` and `points`.
    func position(of code: String) -> Int? { positions[code] }

    /// The plot of every institution, none singled out.
    func plot(title: String, description: String) -> FunnelPlot {
        FunnelPlot(title: title, description: description, points: points, reference: reference, tau2: tau2,
                   xAxisTitle: "Estudiantes (\(indicator.denominatorNoun), escala logarítmica)",
                   yAxisTitle: indicator.name)
    }

    /// The plot of the sample with `code` singled out, and how many institutions it draws.
    func plot(highlighting code: String, label: String, title: String,
              description: String) -> (plot: FunnelPlot, drawn: Int)? {
        guard let position = positions[code] else { return nil }
        var positions = sample
        if !positions.contains(position) { positions.append(position) }
        let points = positions.map { self.points[$0] }
        let highlight = FunnelPlot.Highlight(index: positions.firstIndex(of: position)!, label: label)
        let plot = FunnelPlot(title: title, description: description, points: points, reference: reference,
                              tau2: tau2, highlight: highlight,
                              xAxisTitle: "Estudiantes (\(indicator.denominatorNoun), escala logarítmica)",
                              yAxisTitle: indicator.name)
        return (plot, points.count)
    }

    /// Whether `rate` at `size` falls above the upper 95 % or 99.8 % limit: `99.8 %`, `95 %` or `nil`.
    func limitExceeded(size: Int, rate: Double) -> String? {
        for level in FunnelPlot.controlLevels.reversed() {
            let limits = FunnelPlot.controlLimits(reference: reference, tau2: tau2, size: Double(size), z: level.z)
            if rate > limits.upperBound { return level.name }
        }
        return nil
    }
}
