/// Priority of every institution in the latest matrícula year (SPEC §6).
///
/// score = `highWeight` × its `ALTA` flags + `mediumWeight` × its `MEDIA` flags of that year (all
/// rules, `SABER11_BAJO` included); ranked by score descending, then `desertores` descending, then
/// code ascending, ranks 1..N without ties. `modalidad`: score ≥ `inSituScore` → `IN_SITU`, score > 0
/// → `GRUPO`, 0 → `NINGUNA`. Institutions with score > 0 get padrinos (`PadrinoSearch`); `GRUPO` ones
/// get the group `G-<municipio>-<zona>` (`SIN_DATO` for an unknown part), so that one accompaniment
/// serves the prioritised institutions of the same municipality and zone.
enum Prioritization {
    /// The entries in rank order; empty when no matrícula year is loaded.
    ///
    /// - Complexity: O(N log N + N · candidates of a zone) for N institutions in that year.
    static func rank(_ snapshot: IndicatorSnapshot, flags: [InstitutionFlag], rules: RiskRules) -> [PriorityEntry] {
        guard let year = snapshot.latestYear else { return [] }
        var counts: [String: (high: Int, medium: Int)] = [:]
        for flag in flags where flag.year == year {
            switch flag.level {
            case .alta: counts[flag.institution, default: (0, 0)].high += 1
            case .media: counts[flag.institution, default: (0, 0)].medium += 1
            }
        }
        let rows = snapshot.institutions.filter { $0.year == year }
        let scores = rows.map { row in
            let c = counts[row.code] ?? (0, 0)
            return rules.highWeight * c.high + rules.mediumWeight * c.medium
        }
        let order = rows.indices.sorted { a, b in
            if scores[a] != scores[b] { return scores[a] > scores[b] }
            if rows[a].dropouts != rows[b].dropouts { return rows[a].dropouts > rows[b].dropouts }
            return rows[a].code < rows[b].code
        }
        func searchable(_ row: IndicatorRow) -> PadrinoSearch.Institution {
            PadrinoSearch.Institution(code: row.code, municipality: row.municipality, zone: row.zone,
                                      enrollment: row.enrollment, dropoutRate: row.dropoutRate)
        }
        let search = PadrinoSearch(candidates: rows.indices.filter { scores[$0] == 0 }.map { searchable(rows[$0]) },
                                   rules: rules)
        return order.enumerated().map { position, r in
            let row = rows[r], score = scores[r], c = counts[row.code] ?? (0, 0)
            let modality: AccompanimentModality = score >= rules.inSituScore ? .inSitu : score > 0 ? .group : .none
            return PriorityEntry(year: year, rank: position + 1, institution: row.code, name: row.name,
                                 municipality: row.municipality, zone: row.zone, score: score,
                                 highFlags: c.high, mediumFlags: c.medium, modality: modality,
                                 padrinos: score > 0 ? search.padrinos(for: searchable(row)) : [],
                                 group: modality == .group ? groupLabel(row) : nil)
        }
    }

    /// `G-<municipio>-<zona>`, e.g. `G-05001-RURAL`.
    static func groupLabel(_ row: IndicatorRow) -> String {
        func part(_ text: String) -> String { text.isEmpty ? "SIN_DATO" : text }
        return "G-\(part(row.municipality))-\(part(row.zone))"
    }
}
