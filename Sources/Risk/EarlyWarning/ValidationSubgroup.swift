import Indicators

/// The subgroups of SPEC §7 validation (zone, gender, victim, ethnic, migrant, disability) and
/// which rows of a year belong to each.
///
/// Names are `dimension=valor` and come in byte order (`discapacidad=NO` … `zona=URBANA`), the
/// order of `modelo_validacion`. Zone and gender use the student's codes: a student with an
/// unknown zone or gender is in neither value of that dimension. The four vulnerability flags
/// have `SI` (flag raised) and `NO` (everyone else).
enum ValidationSubgroup {
    /// The subgroup names in table order.
    static let names = [
        "discapacidad=NO", "discapacidad=SI", "etnia=NO", "etnia=SI", "genero=F", "genero=M",
        "migrante=NO", "migrante=SI", "victima=NO", "victima=SI", "zona=RURAL", "zona=URBANA",
    ]

    /// Each subgroup with one membership flag per row of `rows`.
    static func members(of rows: WarningDataset.YearRows, context: IndicatorContext)
        -> [(name: String, members: [Bool])]
    {
        let episodes = context.linked.episodes
        let columns = context.store.columns
        let records = rows.episodes.map { Int(episodes.record[Int($0)]) }
        func flag(_ flag: RecordFlags) -> [Bool] {
            records.map { RecordFlags(rawValue: columns.flags[$0]).contains(flag) }
        }
        let disability = flag(.disability), ethnic = flag(.ethnic), migrant = flag(.migrant), victim = flag(.victim)
        let groups: [[Bool]] = [
            disability.map { !$0 }, disability, ethnic.map { !$0 }, ethnic,
            records.map { columns.gender[$0] == 2 }, records.map { columns.gender[$0] == 1 },
            migrant.map { !$0 }, migrant, victim.map { !$0 }, victim,
            records.map { columns.zone[$0] == 2 }, records.map { columns.zone[$0] == 1 },
        ]
        return zip(names, groups).map { (name: $0, members: $1) }
    }
}
