/// Subregional or municipal forums of the Ruta (SPEC §12.1): the schools that share a problem and the
/// padrinos that can tell what worked.
///
/// One row per foro and indicator: the prioritised institutions of that foro with a flag (any rule,
/// any level) on that indicator in the plan's year, and the padrinos of those institutions. An
/// institution flagged on three indicators appears in three rows.
enum Forums {
    /// The `foros.csv` rows of `entries`, sorted by foro then indicator (SPEC §6 order).
    static func rows(_ entries: [RutaPlanEntry], flags: [String: [InstitutionFlag]]) -> [ForumRow] {
        struct Key: Hashable { var forum: String, indicator: FlaggedIndicator }
        var members: [Key: (institutions: Set<String>, padrinos: Set<String>)] = [:]
        var year = 0
        for entry in entries {
            year = entry.priority.year
            for flag in flags[entry.priority.institution] ?? [] where flag.year == entry.priority.year {
                let key = Key(forum: entry.forum, indicator: flag.indicator)
                members[key, default: ([], [])].institutions.insert(entry.priority.institution)
                members[key, default: ([], [])].padrinos.formUnion(entry.priority.padrinos)
            }
        }
        return members.keys.sorted { $0.forum != $1.forum ? $0.forum < $1.forum : $0.indicator < $1.indicator }.map { key in
            let m = members[key]!
            return ForumRow(year: year, forum: key.forum, indicator: key.indicator,
                            institutions: m.institutions.sorted(), padrinos: m.padrinos.sorted())
        }
    }
}
