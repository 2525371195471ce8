import Indicators

/// The institution's and the municipality's intra-year dropout over all earlier loaded years, by
/// level, shrunk toward the territory (features `tasa_desercion_institucion_historica` and
/// `tasa_desercion_municipio_historica`, SPEC §7 version 2).
///
/// For year t and level L: an institution's xᵢ = its `desertores` and nᵢ = its `base` (SPEC §4)
/// among its level-L episodes of every loaded year before t; a municipality's are the sums over its
/// institutions (`InstitutionInfo.municipality`). Each is shrunk by `BetaBinomialShrinkage` toward
/// the territory's level-L rate over the same years, with the prior estimated over the institutions
/// (respectively municipalities) of that level, taken in code order. An institution or municipality
/// without base there gets the territory's rate; an institution without a municipality gets the
/// territory's rate as its municipality rate; with no earlier loaded year both are 0 (the feature
/// `anio_anterior_desconocido` is then 1). Known at the start of t: only years before t are read.
///
/// - Complexity: one pass over the episodes, then O(years × levels × (institutions + municipalities)).
struct PooledDropoutHistory: Sendable {
    /// Number of levels (`Level.allCases`).
    static let levelCount = Level.allCases.count
    /// Number of loaded years.
    private let yearCount: Int
    /// Institution rate of (institution i, level l, year index k) at `(i * levelCount + l) * yearCount + k`.
    let institutionRates: [Float]
    /// Municipality rate, same layout (per institution, through its municipality).
    let municipalityRates: [Float]

    init(_ context: IndicatorContext) {
        let episodes = context.linked.episodes
        let levels = Self.levelCount
        let years = context.years.count
        let institutionCount = context.institutions.count
        yearCount = years
        var dropouts = [Int](repeating: 0, count: institutionCount * levels * years)
        var bases = dropouts
        let transfer = EpisodeClass.traslado.rawValue, dropout = EpisodeClass.desercion.rawValue
        let yearSlots = context.yearSlots, levelSlots = context.levelSlots
        for e in 0..<episodes.count where episodes.episodeClass[e] != transfer {
            let slot = (Int(episodes.institution[e]) * levels + Int(levelSlots[e]) - 1) * years + Int(yearSlots[e])
            bases[slot] += 1
            if episodes.episodeClass[e] == dropout { dropouts[slot] += 1 }
        }
        // Content orders: institutions by code, municipalities by code (empty: none).
        let institutionOrder = context.institutions.indices.sorted { context.institutions[$0].code < context.institutions[$1].code }
        let municipalityCodes = Array(Set(context.institutions.map(\.municipality).filter { !$0.isEmpty })).sorted()
        let municipalityIndex = Dictionary(uniqueKeysWithValues: municipalityCodes.enumerated().map { ($1, $0) })
        let municipalityOf = context.institutions.map { municipalityIndex[$0.municipality] }

        var institutionRates = [Float](repeating: 0, count: institutionCount * levels * years)
        var municipalityRates = institutionRates
        var pooledDropouts = [Int](repeating: 0, count: institutionCount * levels)
        var pooledBases = pooledDropouts
        for k in 0..<years {
            if k > 0 {  // add year k − 1 to the pooled counts
                for i in 0..<institutionCount {
                    for l in 0..<levels {
                        pooledDropouts[i * levels + l] += dropouts[(i * levels + l) * years + k - 1]
                        pooledBases[i * levels + l] += bases[(i * levels + l) * years + k - 1]
                    }
                }
            }
            for l in 0..<levels {
                let events = institutionOrder.map { pooledDropouts[$0 * levels + l] }
                let trials = institutionOrder.map { pooledBases[$0 * levels + l] }
                let byInstitution = BetaBinomialShrinkage(events: events, trials: trials)
                var municipalEvents = [Int](repeating: 0, count: municipalityCodes.count)
                var municipalTrials = municipalEvents
                for i in institutionOrder {
                    guard let m = municipalityOf[i] else { continue }
                    municipalEvents[m] += pooledDropouts[i * levels + l]
                    municipalTrials[m] += pooledBases[i * levels + l]
                }
                let byMunicipality = BetaBinomialShrinkage(events: municipalEvents, trials: municipalTrials)
                let territory = byInstitution.pooledRate ?? 0
                for i in 0..<institutionCount {
                    let slot = (i * levels + l) * years + k
                    institutionRates[slot] = Float(byInstitution.rate(events: pooledDropouts[i * levels + l],
                                                                      trials: pooledBases[i * levels + l]) ?? 0)
                    if let m = municipalityOf[i] {
                        municipalityRates[slot] = Float(byMunicipality.rate(events: municipalEvents[m],
                                                                            trials: municipalTrials[m]) ?? territory)
                    } else {
                        municipalityRates[slot] = Float(territory)
                    }
                }
            }
        }
        self.institutionRates = institutionRates
        self.municipalityRates = municipalityRates
    }

    /// The slot of (institution, level index 0…5, year index).
    func slot(institution: UInt32, level: Int, yearIndex k: Int) -> Int {
        (Int(institution) * Self.levelCount + level) * yearCount + k
    }
}
