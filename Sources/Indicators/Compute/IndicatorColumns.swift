/// The SPEC §4 indicator columns, in order, for chosen groups of a `CounterGrid`.
public enum IndicatorColumns {
    /// Column names in output order.
    public static let names = [
        "matricula", "estudiantes", "traslados", "desertores", "aprobados", "reprobados", "sin_resultado",
        "resultados_inferidos", "base", "tasa_desercion_intraanual", "tasa_aprobacion", "tasa_reprobacion",
        "repitentes", "tasa_repitencia", "con_historia", "repitentes_observados", "tasa_repitencia_observada",
        "edad_conocida", "extraedad", "tasa_extraedad", "elegibles_interanual", "desertores_interanuales",
        "tasa_desercion_interanual",
    ]

    /// Each rate column and the count column that is its denominator.
    public static let denominators: [String: String] = [
        "tasa_desercion_intraanual": "base", "tasa_aprobacion": "base", "tasa_reprobacion": "base",
        "tasa_repitencia": "matricula", "tasa_repitencia_observada": "con_historia",
        "tasa_extraedad": "edad_conocida", "tasa_desercion_interanual": "elegibles_interanual",
    ]

    /// The columns for `rows` (group index and its year).
    ///
    /// `base` = `matricula − traslados`; every rate is numerator / denominator, empty when the
    /// denominator is 0 or empty. `con_historia`, `repitentes_observados` and their rate are empty when
    /// t−1 is not loaded; `elegibles_interanual`, `desertores_interanuales` and their rate when t+1 is not.
    public static func make(_ grid: CounterGrid, rows: [(group: Int, year: Int)], loaded: @escaping (Int) -> Bool)
        -> [ResultColumn]
    {
        let n = rows.count
        let years = rows.map(\.year)
        let firstYear = (years.min() ?? 0) - 1, lastYear = (years.max() ?? 0) + 1
        let isLoaded = (firstYear...lastYear).map(loaded)
        // Output positions of the integer columns (counts in `IndicatorCount` order, then `base`) and rates.
        let base = IndicatorCount.allCases.count
        let history = IndicatorCount.conHistoria.rawValue, observed = IndicatorCount.repitentesObservados.rawValue
        let eligible = IndicatorCount.elegibles.rawValue, interannual = IndicatorCount.desertoresInteranuales.rawValue
        // Written in their stored form (`ResultCells`): no array of optionals to convert.
        let emptyInteger = ResultCells.emptyInteger, emptyRate = ResultCells.emptyNumber
        var rates: [[Double]] = []
        let integers = ColumnBuilder.build(base + 1, count: n) { (integers: [UnsafeMutablePointer<Int64>]) in
            rates = ColumnBuilder.build(7, count: n) { (rates: [UnsafeMutablePointer<Double>]) in
                grid.withUnsafeLanes { lanes in
                    for (r, row) in rows.enumerated() {
                        let counts = lanes[row.group]
                        let hasPrevious = isLoaded[row.year - 1 - firstYear]
                        let hasNext = isLoaded[row.year + 1 - firstYear]
                        for k in 0..<base {
                            let known = hasPrevious || (k != history && k != observed)
                            let later = hasNext || (k != eligible && k != interannual)
                            integers[k][r] = known && later ? Int64(counts[k]) : emptyInteger
                        }
                        let count = { (c: IndicatorCount) in Int64(counts[c.rawValue]) }
                        let baseCount = count(.matricula) - count(.traslados)
                        integers[base][r] = baseCount
                        rates[0][r] = rate(count(.desertores), baseCount)
                        rates[1][r] = rate(count(.aprobados), baseCount)
                        rates[2][r] = rate(count(.reprobados), baseCount)
                        rates[3][r] = rate(count(.repitentes), count(.matricula))
                        rates[4][r] = hasPrevious ? rate(count(.repitentesObservados), count(.conHistoria)) : emptyRate
                        rates[5][r] = rate(count(.extraedad), count(.edadConocida))
                        rates[6][r] = hasNext ? rate(count(.desertoresInteranuales), count(.elegibles)) : emptyRate
                    }
                }
            }
        }
        func counts(_ c: IndicatorCount) -> ResultCells { .integers(integers[c.rawValue]) }
        return [
            ResultColumn("matricula", cells: counts(.matricula)),
            ResultColumn("estudiantes", cells: counts(.estudiantes)),
            ResultColumn("traslados", cells: counts(.traslados)),
            ResultColumn("desertores", cells: counts(.desertores)),
            ResultColumn("aprobados", cells: counts(.aprobados)),
            ResultColumn("reprobados", cells: counts(.reprobados)),
            ResultColumn("sin_resultado", cells: counts(.sinResultado)),
            ResultColumn("resultados_inferidos", cells: counts(.inferidos)),
            ResultColumn("base", cells: .integers(integers[base])),
            ResultColumn("tasa_desercion_intraanual", cells: .rates(rates[0])),
            ResultColumn("tasa_aprobacion", cells: .rates(rates[1])),
            ResultColumn("tasa_reprobacion", cells: .rates(rates[2])),
            ResultColumn("repitentes", cells: counts(.repitentes)),
            ResultColumn("tasa_repitencia", cells: .rates(rates[3])),
            ResultColumn("con_historia", cells: counts(.conHistoria)),
            ResultColumn("repitentes_observados", cells: counts(.repitentesObservados)),
            ResultColumn("tasa_repitencia_observada", cells: .rates(rates[4])),
            ResultColumn("edad_conocida", cells: counts(.edadConocida)),
            ResultColumn("extraedad", cells: counts(.extraedad)),
            ResultColumn("tasa_extraedad", cells: .rates(rates[5])),
            ResultColumn("elegibles_interanual", cells: counts(.elegibles)),
            ResultColumn("desertores_interanuales", cells: counts(.desertoresInteranuales)),
            ResultColumn("tasa_desercion_interanual", cells: .rates(rates[6])),
        ]
    }

    /// numerator / denominator, the empty cell when the denominator is not positive.
    @inline(__always)
    private static func rate(_ numerator: Int64, _ denominator: Int64) -> Double {
        denominator > 0 ? Double(numerator) / Double(denominator) : ResultCells.emptyNumber
    }
}
