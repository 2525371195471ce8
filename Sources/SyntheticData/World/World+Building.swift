extension World {
    /// Builds the world of a configuration from its `world` random stream.
    ///
    /// About one institution per 250 students (at least one per municipality); roughly 15 % private;
    /// rural institutions have one to four small sedes (10–60 students each), urban ones one to three
    /// sedes that share the remaining students.
    init(configuration: SampleConfiguration) {
        var random = SampleRandom(seed: configuration.seed, stream: .world)
        let municipalityCount = 4 + random.int(below: 3)
        let municipalities = Array(Municipality.candidates.prefix(municipalityCount))
        let institutionCount = max(municipalityCount, Int((Double(configuration.students) / 250).rounded()))

        var counts = [Int](repeating: 1, count: municipalityCount)
        let cumulativeWeight = Self.cumulative(municipalities.map(\.weight))
        for _ in municipalityCount..<institutionCount {
            counts[random.index(cumulative: cumulativeWeight)] += 1
        }

        var drafts: [InstitutionDraft] = []
        var names = InstitutionNames()
        for (municipalityIndex, municipality) in municipalities.enumerated() {
            var serial = 100 + random.int(below: 400)
            for local in 0..<counts[municipalityIndex] {
                let forcedUrban = municipalityIndex == 0 && local == 0
                let forcedRural = municipalityIndex == 1 && local == 0
                let rural = forcedRural || (!forcedUrban && random.chance(municipality.ruralShare))
                let official = forcedUrban || random.chance(rural ? 0.96 : 0.80)
                let code = Institution.typeDigit(rural: rural, official: official) * 100_000_000_000
                    + municipality.code * 1_000_000 + serial
                serial += 1 + random.int(below: 30)
                let name = names.next(
                    ordinal: drafts.count, rural: rural, official: official, municipality: municipality.name,
                    random: &random)
                let sedeCount = rural ? 1 + random.int(below: 4) : 1 + random.int(below: 3)
                let sizes = (0..<sedeCount).map { _ in rural ? Double(random.int(in: 10...60)) : 0.5 + random.unit() }
                drafts.append(
                    InstitutionDraft(
                        code: code, name: name, municipality: municipalityIndex, rural: rural, official: official,
                        sedeWeights: sizes))
            }
        }
        let sizes = Self.sedeSizes(drafts, students: configuration.students)

        var sedes: [Sede] = []
        var institutions: [Institution] = []
        var byMunicipality = [[Int]](repeating: [], count: municipalityCount)
        for (index, draft) in drafts.enumerated() {
            let first = sedes.count
            for (number, size) in sizes[index].enumerated() {
                sedes.append(Sede(code: draft.code * 100 + number + 1, institution: index, rural: draft.rural, size: size))
            }
            institutions.append(
                Institution(
                    code: draft.code, name: draft.name, municipality: draft.municipality, rural: draft.rural,
                    official: draft.official, sedes: first..<sedes.count,
                    dropoutEffect: DropoutModel.institutionSpread * random.normal(),
                    scoreEffect: (draft.official ? 0 : 7) + (draft.rural ? -3 : 0) + 3 * random.normal(),
                    calendarB: !draft.official && random.chance(0.3)))
            byMunicipality[draft.municipality].append(index)
        }

        let totals = sizes.map { $0.reduce(0, +) }
        let large = institutions.indices.sorted { (totals[$0], $0) > (totals[$1], $1) }
            .prefix(max(1, institutions.count / 2))
        let outliers = max(1, institutions.count / 10)
        let highDropout = Self.pick(outliers, from: Array(large), excluding: [], &random)
        let lowScore = Self.pick(
            outliers, from: large.filter { institutions[$0].official }, excluding: Set(highDropout), &random)
        for index in highDropout {
            institutions[index].dropoutEffect = DropoutModel.worseInstitutionEffect
        }
        for index in lowScore {
            institutions[index].scoreEffect = -16 + 2 * random.normal()
        }

        self.init(
            municipalities: municipalities, institutions: institutions, sedes: sedes,
            institutionsByMunicipality: byMunicipality,
            cumulativeSedeSize: Self.cumulative(sedes.map { Double(max($0.size, 1)) }),
            highDropoutInstitutions: highDropout.sorted(), lowScoreInstitutions: lowScore.sorted())
    }

    /// Students per sede: rural sedes keep their drawn size (scaled down when they would take more
    /// than 60 % of a tiny territory), urban sedes share the rest by weight.
    private static func sedeSizes(_ drafts: [InstitutionDraft], students: Int) -> [[Int]] {
        let ruralTotal = drafts.filter(\.rural).flatMap(\.sedeWeights).reduce(0, +)
        let ruralScale = ruralTotal > 0.6 * Double(students) ? 0.6 * Double(students) / ruralTotal : 1
        let urbanWeight = drafts.filter { !$0.rural }.flatMap(\.sedeWeights).reduce(0, +)
        let urbanStudents = Double(students) - ruralTotal * ruralScale
        return drafts.map { draft in
            draft.sedeWeights.map { weight in
                let size = draft.rural ? weight * ruralScale : urbanStudents * weight / urbanWeight
                return max(1, Int(size.rounded()))
            }
        }
    }

    /// `count` distinct elements of `candidates` not in `excluded` (fewer when there are not enough).
    private static func pick(_ count: Int, from candidates: [Int], excluding excluded: Set<Int>, _ random: inout SampleRandom) -> [Int] {
        var pool = candidates.filter { !excluded.contains($0) }
        if pool.isEmpty { pool = candidates }
        var chosen: [Int] = []
        while chosen.count < count && !pool.isEmpty {
            chosen.append(pool.remove(at: random.int(below: pool.count)))
        }
        return chosen
    }

    private static func cumulative(_ weights: [Double]) -> [Double] {
        var total = 0.0
        return weights.map { total += $0; return total }
    }
}

/// An institution before its sede sizes and effects are known.
private struct InstitutionDraft {
    let code: Int
    let name: String
    let municipality: Int
    let rural: Bool
    let official: Bool
    /// Rural: each sede's size in students; urban: each sede's relative weight.
    let sedeWeights: [Double]
}
