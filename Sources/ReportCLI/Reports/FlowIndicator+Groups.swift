extension FlowIndicator {
    /// Indicators shown together in the tables by year and level, so that each table has a few related
    /// columns and fits an A4 page in portrait (the workbook and the CSV keep every column together).
    struct Group: Sendable {
        /// Lower-case name used in the caption: `permanencia`.
        let name: String
        /// Rate columns of the group, in report order.
        let rates: [String]

        /// The group's indicators among `candidates`, in report order.
        func indicators(among candidates: [FlowIndicator]) -> [FlowIndicator] {
            candidates.filter { rates.contains($0.rate) }
        }
    }

    /// Staying in school, yearly results, and progress through the grades.
    static let groups: [Group] = [
        Group(name: "permanencia", rates: ["tasa_desercion_intraanual", "tasa_desercion_interanual"]),
        Group(name: "aprobación y reprobación", rates: ["tasa_aprobacion", "tasa_reprobacion"]),
        Group(name: "repitencia y extraedad", rates: ["tasa_repitencia", "tasa_extraedad"]),
    ]
}
