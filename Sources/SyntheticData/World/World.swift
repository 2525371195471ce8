/// The synthetic territory: municipalities, institutions and sedes, fixed for the whole run.
struct World {
    /// The municipalities in use (four to six).
    let municipalities: [Municipality]
    /// Institutions grouped by municipality, each municipality's in increasing code order.
    let institutions: [Institution]
    /// Every sede; an institution's sedes are contiguous.
    let sedes: [Sede]
    /// Institution indices by municipality index.
    let institutionsByMunicipality: [[Int]]
    /// Running total of sede sizes, to draw a sede for a new entrant.
    let cumulativeSedeSize: [Double]
    /// Indices of the institutions with a large dropout effect.
    let highDropoutInstitutions: [Int]
    /// Indices of the institutions with very low Saber 11 scores.
    let lowScoreInstitutions: [Int]

    /// A sede drawn in proportion to first-year sizes.
    func randomSede(_ random: inout SampleRandom) -> Int {
        random.index(cumulative: cumulativeSedeSize)
    }

    /// A sede of another institution for a student leaving `sede`: the same municipality three times
    /// in four when it has another institution. Nil when the world has a single institution.
    func transferTarget(from sede: Int, _ random: inout SampleRandom) -> Int? {
        let current = sedes[sede].institution
        guard institutions.count > 1 else { return nil }
        let local = institutionsByMunicipality[institutions[current].municipality]
        var target: Int
        if local.count > 1 && random.chance(0.75) {
            repeat { target = random.element(of: local) } while target == current
        } else {
            repeat { target = random.int(below: institutions.count) } while target == current
        }
        let range = institutions[target].sedes
        return range.lowerBound + random.int(below: range.count)
    }
}
