import Testing
@testable import Indicators

/// Properties every indicator table must keep on any data, checked on seeded synthetic samples
/// (`IndicatorPropertySample`): rates in [0, 1], the four base rates summing to 1, institution
/// sums reconciling with the territory, and identical values run to run.
@Suite("Indicators: properties on generated data")
struct IndicatorPropertyTests {
    static let seeds: [UInt64] = [20_191_231, 7]

    static func sample(_ seed: UInt64) -> String {
        IndicatorPropertySample(students: 1_000, years: 2016...2020, seed: seed).csv
    }

    /// Each seed's sample, read and linked once for the whole suite.
    static let fixtures: [UInt64: LinkedFixture] = Dictionary(uniqueKeysWithValues: seeds.map {
        ($0, LinkedFixture(csv: sample($0)))
    })

    static func context(_ seed: UInt64) -> IndicatorContext { fixtures[seed]!.context }

    static func tables(_ context: IndicatorContext) -> [ResultTable] {
        [IndicatorTables.territory(context), IndicatorTables.municipality(context), IndicatorTables.institution(context),
         IndicatorTables.sede(context), IndicatorTables.grade(context), IndicatorTables.groups(context),
         AdHocTable.make(context, by: ["municipio", "genero", "grado"]), CohortTable.make(context)]
    }

    @Test("the sample is big and varied enough to mean something", arguments: seeds)
    func sampleShape(_ seed: UInt64) throws {
        let fixture = Self.fixtures[seed]!
        let file = try #require(fixture.result.files.first)
        #expect(file.rowsRejected == 0 && fixture.result.errors.isEmpty)
        #expect(fixture.context.years == [2016, 2017, 2018, 2019, 2020])
        #expect(fixture.episodes.count > 2_000)
        #expect(!fixture.context.linked.duplicateRecords.isEmpty)
        let rules = Set(fixture.episodes.rule)
        #expect(rules == Set(ClassRule.allCases.map(\.rawValue)), "every class rule occurs")
    }

    @Test("every rate of every table is in [0, 1]", arguments: seeds)
    func ratesInUnitInterval(_ seed: UInt64) {
        var outside: [String] = []
        for table in Self.tables(Self.context(seed)) {
            for column in table.columns {
                guard case .rates(let values) = column.values else { continue }
                for value in values.compactMap({ $0 }) where !(0...1).contains(value) {
                    outside.append("\(table.name).\(column.name) = \(value)")
                }
            }
        }
        #expect(outside.isEmpty, "\(outside.prefix(5))")
    }

    @Test("desercion + aprobacion + reprobacion + sin_resultado/base = 1 where base > 0", arguments: seeds)
    func baseRatesSumToOne(_ seed: UInt64) {
        var broken: [String] = []
        var checked = 0
        for table in Self.tables(Self.context(seed)).dropLast() {
            let view = TableView(table)
            for row in 0..<view.rowCount {
                let base = view.integer("base", row)!
                let parts = ["desertores", "aprobados", "reprobados", "sin_resultado"].map { view.integer($0, row)! }
                if parts.reduce(0, +) != base || base != view.integer("matricula", row)! - view.integer("traslados", row)! {
                    broken.append("\(table.name) row \(row): counts")
                }
                guard base > 0 else {
                    if view.rate("tasa_aprobacion", row) != nil { broken.append("\(table.name) row \(row): rate on base 0") }
                    continue
                }
                let sum = view.rate("tasa_desercion_intraanual", row)! + view.rate("tasa_aprobacion", row)!
                    + view.rate("tasa_reprobacion", row)! + Double(parts[3]) / Double(base)
                if abs(sum - 1) > 1e-12 { broken.append("\(table.name) row \(row): sum \(sum)") }
                checked += 1
            }
        }
        #expect(checked > 1_000)
        #expect(broken.isEmpty, "\(broken.prefix(5))")
    }

    @Test("numerators never exceed their denominators", arguments: seeds)
    func nestedCounts(_ seed: UInt64) {
        let view = TableView(IndicatorTables.institution(Self.context(seed)))
        let broken = (0..<view.rowCount).filter { row in
            let c = { (name: String) in view.integer(name, row)! }
            var fine = c("estudiantes") <= c("matricula") && c("repitentes") <= c("matricula")
                && c("extraedad") <= c("edad_conocida") && c("resultados_inferidos") <= c("aprobados") + c("reprobados")
            if let history = view.integer("con_historia", row) {
                fine = fine && c("repitentes_observados") <= history && history <= c("matricula")
            }
            if let eligible = view.integer("elegibles_interanual", row) {
                fine = fine && c("desertores_interanuales") <= eligible && eligible <= c("base")
            }
            return !fine
        }
        #expect(broken.isEmpty, "rows \(broken.prefix(5))")
    }

    /// Sums the count columns of `view`'s rows with `nivel` = `level`, per year.
    static func sums(_ view: TableView, level: String) -> [String: [String: Int64?]] {
        var sums: [String: [String: Int64?]] = [:]
        for row in view.rows(["nivel": level]) {
            let year = view.cell("anio", row)
            for name in IndicatorExpectations.countNames {
                let value = view.integer(name, row)
                let previous = sums[year]?[name] ?? nil
                sums[year, default: [:]][name] = value.map { ($0) + (previous ?? 0) }
            }
        }
        return sums
    }

    @Test("institution and municipality sums equal the territory, level by level", arguments: seeds)
    func reconciliation(_ seed: UInt64) {
        let context = Self.context(seed)
        let territory = TableView(IndicatorTables.territory(context))
        var broken: [String] = []
        for parts in [TableView(IndicatorTables.institution(context)), TableView(IndicatorTables.municipality(context))] {
            for level in IndicatorContext.levelNames {
                let summed = Self.sums(parts, level: level)
                for row in territory.rows(["nivel": level]) {
                    let year = territory.cell("anio", row)
                    for name in IndicatorExpectations.countNames {
                        let whole = territory.integer(name, row), sum = summed[year]?[name] ?? nil
                        // A student in several institutions counts once in the territory.
                        let agrees = name == "estudiantes" ? sum! >= whole! : sum == whole
                        if !agrees { broken.append("\(parts.table.name) \(year) \(level) \(name)") }
                    }
                }
            }
        }
        #expect(territory.rowCount >= 25)
        #expect(broken.isEmpty, "\(broken.prefix(5))")
    }

    @Test("each breakdown dimension partitions the territory (extraedad: the known ages)", arguments: seeds)
    func breakdownsPartition(_ seed: UInt64) throws {
        let context = Self.context(seed)
        let territory = TableView(IndicatorTables.territory(context))
        let groups = TableView(IndicatorTables.groups(context))
        for year in context.years.map(String.init) {
            let total = try territory.row(["anio": year, "nivel": "TOTAL"])
            for dimension in Breakdown.all.map(\.dimension) {
                let rows = groups.rows(["anio": year, "dimension": dimension])
                let matricula = rows.map { groups.integer("matricula", $0)! }.reduce(0, +)
                let expected = dimension == "extraedad" ? territory.integer("edad_conocida", total) : territory.integer("matricula", total)
                #expect(matricula == expected, "\(year) \(dimension)")
            }
        }
    }

    @Test("two runs give identical tables", arguments: seeds)
    func deterministic(_ seed: UInt64) {
        let csv = Self.sample(seed)
        let regenerated = csv == Self.sample(seed)
        #expect(regenerated, "the generator itself is seeded")
        let first = Self.tables(Self.context(seed)), second = Self.tables(LinkedFixture(csv: csv).context)
        var differing: [String] = []
        for (a, b) in zip(first, second) {
            let x = TableView(a), y = TableView(b)
            if x.rowCount == 0 || x.rowCount != y.rowCount { differing.append("\(a.name) rows") }
            for column in a.columns.map(\.name) where x.texts(column) != y.texts(column) {
                differing.append("\(a.name).\(column)")
            }
        }
        #expect(differing.isEmpty, "\(differing)")
    }
}
