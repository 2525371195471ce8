import Testing
@testable import Indicators

/// `ColumnBuilder` and the one-pass `IndicatorColumns.make` built on it.
@Suite("Indicators: building columns in one pass")
struct ColumnBuilderTests {
    @Test("three columns of four values, in order")
    func threeColumns() {
        let columns = ColumnBuilder.build(3, count: 4) { (pointers: [UnsafeMutablePointer<Int64?>]) in
            for row in 0..<4 {
                pointers[0][row] = Int64(row)
                pointers[1][row] = row == 2 ? nil : Int64(10 * row)
                pointers[2][row] = -1
            }
        }
        #expect(columns == [[0, 1, 2, 3], [0, 10, nil, 30], [-1, -1, -1, -1]])
    }

    @Test("no rows: empty columns; no columns: an empty list")
    func empty() {
        let noRows = ColumnBuilder.build(2, count: 0) { (_: [UnsafeMutablePointer<Double?>]) in }
        #expect(noRows.count == 2 && noRows.allSatisfy(\.isEmpty))
        let noColumns = ColumnBuilder.build(0, count: 5) { (pointers: [UnsafeMutablePointer<Double?>]) in
            #expect(pointers.isEmpty)
        }
        #expect(noColumns.isEmpty)
    }

    /// Two groups. Group 0 (year 2020, 2019 and 2021 loaded): matricula 10, traslados 2, desertores 2,
    /// aprobados 6, repitentes 1, con_historia 8, repitentes_observados 2, edad_conocida 4, extraedad 1,
    /// elegibles 5, desertores_interanuales 1. Group 1 (year 2021, 2022 not loaded): matricula 3,
    /// traslados 3 (base 0), con_historia 0.
    @Test("counts, base, rates and the empty cells of unloaded neighbouring years")
    func indicatorColumns() {
        var grid = CounterGrid(groups: 2)
        func set(_ g: Int, _ c: IndicatorCount, _ value: UInt32) { grid.withUnsafeMutableLanes { $0[g][c.rawValue] = value } }
        set(0, .matricula, 10); set(0, .estudiantes, 9); set(0, .traslados, 2); set(0, .desertores, 2)
        set(0, .aprobados, 6); set(0, .repitentes, 1); set(0, .conHistoria, 8); set(0, .repitentesObservados, 2)
        set(0, .edadConocida, 4); set(0, .extraedad, 1); set(0, .elegibles, 5); set(0, .desertoresInteranuales, 1)
        set(1, .matricula, 3); set(1, .estudiantes, 3); set(1, .traslados, 3); set(1, .elegibles, 2)
        let columns = IndicatorColumns.make(grid, rows: [(0, 2020), (1, 2021)]) { (2019...2021).contains($0) }
        #expect(columns.map(\.name) == IndicatorColumns.names)
        func integers(_ name: String) -> [Int64?] {
            guard case .integers(let v)? = columns.first(where: { $0.name == name })?.values else { return [] }
            return v
        }
        func rates(_ name: String) -> [Double?] {
            guard case .rates(let v)? = columns.first(where: { $0.name == name })?.values else { return [] }
            return v
        }
        #expect(integers("matricula") == [10, 3])
        #expect(integers("estudiantes") == [9, 3])
        #expect(integers("base") == [8, 0])
        #expect(integers("reprobados") == [0, 0])
        #expect(integers("con_historia") == [8, 0])
        #expect(integers("elegibles_interanual") == [5, nil])
        #expect(integers("desertores_interanuales") == [1, nil])
        #expect(rates("tasa_desercion_intraanual") == [0.25, nil])
        #expect(rates("tasa_aprobacion") == [0.75, nil])
        #expect(rates("tasa_reprobacion") == [0, nil])
        #expect(rates("tasa_repitencia") == [0.1, 0])
        #expect(rates("tasa_repitencia_observada") == [0.25, nil])
        #expect(rates("tasa_extraedad") == [0.25, nil])
        #expect(rates("tasa_desercion_interanual") == [0.2, nil])
    }
}
