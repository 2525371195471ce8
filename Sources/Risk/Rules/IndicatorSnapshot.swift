import Indicators

/// The counts the risk rules need from one `TOTAL` row of an indicator table.
struct IndicatorRow {
    /// `anio`.
    var year: Int
    /// `institucion` (empty for the territory).
    var code: String
    /// `nombre`, `municipio`, `zona` (empty for the territory or when unknown).
    var name: String, municipality: String, zone: String
    /// `matricula`.
    var enrollment: Int64
    /// `desertores`.
    var dropouts: Int64
    /// `base`.
    var base: Int64
    /// Numerator and denominator of each `FlaggedIndicator.rates` entry, in that order (nil = empty cell).
    var numerators: [Int64?], denominators: [Int64?]
    /// Each rate as the table gives it, same order.
    var rates: [Double?]

    /// `tasa_desercion_intraanual`.
    var dropoutRate: Double? { rates[0] }
}

/// The `TOTAL` rows of `indicadores_institucion` and `indicadores_territorio`, read by column name.
struct IndicatorSnapshot {
    /// One row per year and institution with an episode, in table order (year, then code).
    var institutions: [IndicatorRow]
    /// The territory's row of each year.
    var territory: [Int: IndicatorRow]

    /// Reads the two tables.
    init(institutionTable: ResultTable, territoryTable: ResultTable) {
        institutions = Self.totalRows(of: institutionTable, named: true)
        territory = Dictionary(Self.totalRows(of: territoryTable, named: false).map { ($0.year, $0) },
                               uniquingKeysWith: { first, _ in first })
    }

    /// The latest year with a matrícula row, if any.
    var latestYear: Int? { territory.keys.max() ?? institutions.map(\.year).max() }

    /// Extracts the `nivel` = `TOTAL` rows of `table`.
    private static func totalRows(of table: ResultTable, named: Bool) -> [IndicatorRow] {
        let years = table.integerValues("anio"), levels = table.textValues("nivel")
        let texts = named ? ["institucion", "nombre", "municipio", "zona"].map(table.textValues) : []
        let enrollment = table.integerValues("matricula"), dropouts = table.integerValues("desertores")
        let base = table.integerValues("base")
        let numerators = FlaggedIndicator.rates.map { table.integerValues($0.numeratorColumn!) }
        let denominators = FlaggedIndicator.rates.map { table.integerValues($0.denominatorColumn) }
        let rates = FlaggedIndicator.rates.map { table.numberValues($0.rawValue) }
        return (0..<table.rowCount).compactMap { r -> IndicatorRow? in
            guard levels[r] == IndicatorContext.levelNames[0], let year = years[r] else { return nil }
            func text(_ k: Int) -> String { named ? texts[k][r] ?? "" : "" }
            return IndicatorRow(year: Int(year), code: text(0), name: text(1), municipality: text(2), zone: text(3),
                                enrollment: enrollment[r] ?? 0, dropouts: dropouts[r] ?? 0, base: base[r] ?? 0,
                                numerators: numerators.map { $0[r] }, denominators: denominators.map { $0[r] },
                                rates: rates.map { $0[r] })
        }
    }
}
