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
        func counts(_ c: IndicatorCount, when condition: ((Int) -> Bool)? = nil) -> [Int64?] {
            rows.map { row in
                if let condition, !condition(row.year) { return nil }
                return grid[row.group, c]
            }
        }
        func rate(_ numerator: [Int64?], _ denominator: [Int64?]) -> [Double?] {
            zip(numerator, denominator).map { n, d in
                guard let n, let d, d > 0 else { return nil }
                return Double(n) / Double(d)
            }
        }
        let hasPrevious: (Int) -> Bool = { loaded($0 - 1) }
        let hasNext: (Int) -> Bool = { loaded($0 + 1) }
        let matricula = counts(.matricula), traslados = counts(.traslados)
        let base: [Int64?] = zip(matricula, traslados).map { $0! - $1! }
        let desertores = counts(.desertores), aprobados = counts(.aprobados), reprobados = counts(.reprobados)
        let repitentes = counts(.repitentes)
        let history = counts(.conHistoria, when: hasPrevious)
        let observed = counts(.repitentesObservados, when: hasPrevious)
        let ageKnown = counts(.edadConocida), overAge = counts(.extraedad)
        let eligible = counts(.elegibles, when: hasNext)
        let interannual = counts(.desertoresInteranuales, when: hasNext)
        return [
            ResultColumn("matricula", .integers(matricula)),
            ResultColumn("estudiantes", .integers(counts(.estudiantes))),
            ResultColumn("traslados", .integers(traslados)),
            ResultColumn("desertores", .integers(desertores)),
            ResultColumn("aprobados", .integers(aprobados)),
            ResultColumn("reprobados", .integers(reprobados)),
            ResultColumn("sin_resultado", .integers(counts(.sinResultado))),
            ResultColumn("resultados_inferidos", .integers(counts(.inferidos))),
            ResultColumn("base", .integers(base)),
            ResultColumn("tasa_desercion_intraanual", .rates(rate(desertores, base))),
            ResultColumn("tasa_aprobacion", .rates(rate(aprobados, base))),
            ResultColumn("tasa_reprobacion", .rates(rate(reprobados, base))),
            ResultColumn("repitentes", .integers(repitentes)),
            ResultColumn("tasa_repitencia", .rates(rate(repitentes, matricula))),
            ResultColumn("con_historia", .integers(history)),
            ResultColumn("repitentes_observados", .integers(observed)),
            ResultColumn("tasa_repitencia_observada", .rates(rate(observed, history))),
            ResultColumn("edad_conocida", .integers(ageKnown)),
            ResultColumn("extraedad", .integers(overAge)),
            ResultColumn("tasa_extraedad", .rates(rate(overAge, ageKnown))),
            ResultColumn("elegibles_interanual", .integers(eligible)),
            ResultColumn("desertores_interanuales", .integers(interannual)),
            ResultColumn("tasa_desercion_interanual", .rates(rate(interannual, eligible))),
        ]
    }
}
