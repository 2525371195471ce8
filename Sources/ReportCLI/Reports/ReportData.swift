import Indicators

/// The inputs prepared once for every page: suppressed when public, indexed by institution and by
/// (year, level), with the institutions' profiles and the latest year.
///
/// Building it costs O(rows of all tables); each page then reads only its own rows.
struct ReportData: Sendable {
    /// Wording that respects `--publico`.
    let wording: ReportWording
    /// The early-warning stage's note, if any.
    let modelNote: String?
    /// The tables as the reports may show them, by file stem.
    let tables: [String: IndexedTable]
    /// Cohort table of one institution's cohorts, suppressed when public.
    let cohortByInstitution: @Sendable (String) -> ResultTable?
    /// Rows of `indicadores_institucion`, by institution code.
    let institutionRows: [String: [Int]]
    /// Rows of `indicadores_grado`, by institution code.
    let gradeRows: [String: [Int]]
    /// Rows of `saber11_institucion`, by institution code (`TOTAL` is the territory).
    let saberRows: [String: [Int]]
    /// Rows of `alertas_institucion`, by institution code.
    let alertRows: [String: [Int]]
    /// Row of `priorizacion`, by institution code.
    let priorityRow: [String: Int]
    /// Row of `ruta_plan`, by institution code (empty until the plan is among the inputs).
    let rutaPlanRow: [String: Int]
    /// Row of `indicadores_territorio`, by `"year|nivel"`.
    private let territoryRow: [String: Int]
    /// Every institution with indicator rows, by code ascending.
    let profiles: [InstitutionProfile]
    /// Position in `profiles`, by code.
    let profileIndex: [String: Int]
    /// Years of the indicator tables, ascending.
    let years: [Int]

    /// Prepares `inputs`.
    init(_ inputs: ReportInputs) {
        let isPublic = inputs.isPublic
        wording = ReportWording(isPublic: isPublic)
        modelNote = inputs.modelNote
        var tables: [String: IndexedTable] = [:]
        for (name, table) in inputs.tables {
            var named = table
            named.name = name
            tables[name] = IndexedTable(ReportPrivacy.published(named, isPublic: isPublic))
        }
        self.tables = tables
        let cohorts = inputs.cohortByInstitution
        cohortByInstitution = { code in
            cohorts(code).map { table in
                var named = table
                named.name = ReportTableName.cohort
                return ReportPrivacy.published(named, isPublic: isPublic)
            }
        }
        let institution = tables[ReportTableName.institution]
        institutionRows = institution?.rowsGrouped(by: "institucion") ?? [:]
        gradeRows = tables[ReportTableName.grade]?.rowsGrouped(by: "institucion") ?? [:]
        saberRows = tables[ReportTableName.saber]?.rowsGrouped(by: "institucion") ?? [:]
        alertRows = tables[ReportTableName.alerts]?.rowsGrouped(by: "institucion") ?? [:]
        priorityRow = (tables[ReportTableName.priority]?.rowsGrouped(by: "institucion") ?? [:])
            .compactMapValues(\.first)
        rutaPlanRow = (tables[ReportTableName.rutaPlan]?.rowsGrouped(by: "institucion") ?? [:]).compactMapValues(\.first)
        var territoryRow: [String: Int] = [:]
        if let territory = tables[ReportTableName.territory] {
            for row in 0..<territory.rowCount {
                guard let year = territory.year(at: row), let level = territory.text("nivel", at: row) else { continue }
                territoryRow["\(year)|\(level)"] = row
            }
        }
        self.territoryRow = territoryRow
        profiles = Self.profiles(institution, rows: institutionRows, priority: tables[ReportTableName.priority])
        profileIndex = Dictionary(uniqueKeysWithValues: profiles.enumerated().map { ($1.code, $0) })
        years = Array(Set((institution?.years ?? []) + (tables[ReportTableName.territory]?.years ?? []))).sorted()
    }

    /// The data's years for the running header: `Datos SIMAT 2019 a 2023` (public: `· versión pública`).
    var dataSpan: String {
        guard let first = years.first, let last = years.last else { return "" }
        let span = first == last ? "Datos SIMAT \(last)" : "Datos SIMAT \(first) a \(last)"
        return wording.isPublic ? span + " · versión pública" : span
    }

    /// The territory in a few words: its municipality, up to three municipalities, or how many.
    var territoryName: String {
        let municipalities = Set(profiles.map(\.municipality).filter { !$0.isEmpty }).sorted()
        switch municipalities.count {
        case 0: return "territorio"
        case 1...3: return ReportWording.joined(municipalities)
        default: return "\(municipalities.count) municipios"
        }
    }

    /// The table named `name`, if given.
    func table(_ name: String) -> IndexedTable? { tables[name] }

    /// The latest year with indicators.
    var latestYear: Int? { years.last }

    /// The row of `indicadores_territorio` for `year` and `level`.
    func territoryRow(year: Int, level: String = "TOTAL") -> Int? {
        territoryRow["\(year)|\(level)"]
    }

    /// The row of `indicadores_institucion` for `code`, `year` and `level`.
    func institutionRow(_ code: String, year: Int, level: String = "TOTAL") -> Int? {
        guard let table = tables[ReportTableName.institution] else { return nil }
        return institutionRows[code]?.first { table.year(at: $0) == year && table.text("nivel", at: $0) == level }
    }

    /// The profile of `code`, when it has indicator rows.
    func profile(_ code: String) -> InstitutionProfile? {
        profileIndex[code].map { profiles[$0] }
    }

    /// `NOMBRE (código)` for any code, known or not.
    func displayName(_ code: String) -> String {
        profile(code)?.displayName ?? code
    }

    /// Profiles from the latest indicator row of each institution, falling back on `priorizacion`.
    private static func profiles(_ table: IndexedTable?, rows: [String: [Int]],
                                 priority: IndexedTable?) -> [InstitutionProfile] {
        let priorityRows = priority?.rowsGrouped(by: "institucion") ?? [:]
        return rows.keys.sorted().map { code in
            let last = rows[code]?.last ?? 0
            func attribute(_ name: String) -> String {
                if let value = table?.text(name, at: last), !value.isEmpty { return value }
                if let row = priorityRows[code]?.first, let value = priority?.text(name, at: row) { return value }
                return ""
            }
            return InstitutionProfile(code: code, name: attribute("nombre"), municipality: attribute("municipio"),
                                      zone: attribute("zona"), sector: attribute("sector"),
                                      municipalityName: attribute("nombre_municipio"))
        }
    }
}
