import Indicators

/// Intra-year dropout counts of every institution in every loaded year, for the feature
/// `tasa_desercion_institucion_anterior`, plus the number of early-warning rows per year.
///
/// Counts follow SPEC §4 over all of an institution's episodes of a year: `desertores` (class
/// `DESERCION`) over `base` (`matricula − traslados`).
///
/// - Complexity: one pass over the episodes; O(institutions × years) memory.
struct InstitutionDropoutHistory: Sendable {
    /// Number of loaded years.
    private let yearCount: Int
    /// `rate(institution:yearIndex:)` of institution i in year index k at `i * yearCount + k`.
    private let rates: [Float]
    /// Final episodes that are not `TRASLADO` (early-warning rows) per year index.
    let rowsPerYear: [Int]

    /// Counts the episodes of `context`.
    init(_ context: IndicatorContext) {
        let episodes = context.linked.episodes
        yearCount = context.years.count
        var dropouts = [Int32](repeating: 0, count: context.institutions.count * yearCount)
        var bases = dropouts
        var rowsPerYear = [Int](repeating: 0, count: yearCount)
        var territoryDropouts = [Int](repeating: 0, count: yearCount)
        var territoryBases = territoryDropouts
        let transfer = EpisodeClass.traslado.rawValue, dropout = EpisodeClass.desercion.rawValue
        let final = EpisodeTraits.final.rawValue
        let yearSlots = context.yearSlots
        for e in 0..<episodes.count {
            let episodeClass = episodes.episodeClass[e]
            guard episodeClass != transfer else { continue }
            let k = Int(yearSlots[e])
            let slot = Int(episodes.institution[e]) * yearCount + k
            bases[slot] += 1
            territoryBases[k] += 1
            if episodeClass == dropout {
                dropouts[slot] += 1
                territoryDropouts[k] += 1
            }
            if episodes.traits[e] & final != 0 { rowsPerYear[k] += 1 }
        }
        let territoryRates = zip(territoryDropouts, territoryBases).map { d, b in b > 0 ? Double(d) / Double(b) : nil }
        let years = yearCount
        rates = bases.indices.map { slot in
            if bases[slot] > 0 { return Float(Double(dropouts[slot]) / Double(bases[slot])) }
            return Float(territoryRates[slot % years] ?? 0)
        }
        self.rowsPerYear = rowsPerYear
    }

    /// The intra-year dropout rate of `institution` in the year of index `k`; the territory's when
    /// the institution has no base that year; 0 when neither is defined.
    func rate(institution: UInt32, yearIndex k: Int) -> Float {
        rates[Int(institution) * yearCount + k]
    }
}
