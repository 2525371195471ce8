import Testing
@testable import Risk

@Suite("FeatureMatrix")
struct ModelFeatureMatrixTests {
    let matrix = FeatureMatrix(
        columnNames: ["extraedad", "repitente", "rural"],
        rows: [[2, 1, 0], [0, 0, 1], [5, 1, 1]])

    @Test("rows are stored row-major in one contiguous array")
    func storage() {
        #expect(matrix.rowCount == 3)
        #expect(matrix.columnCount == 3)
        #expect(matrix.values == [2, 1, 0, 0, 0, 1, 5, 1, 1])
        #expect(matrix[row: 2, column: 0] == 5)
        #expect(Array(matrix.row(1)) == [0, 0, 1])
        #expect(matrix.columnIndex(named: "rural") == 2)
        #expect(matrix.columnIndex(named: "victima") == nil)
    }

    @Test("appending after reserving keeps the row count and the values")
    func appending() {
        var built = FeatureMatrix(columnNames: ["a", "b"], reservingRows: 2)
        let reused: [Float] = [1.5, -2]
        built.appendRow(reused)
        built.appendRow(reused.reversed())
        #expect(built.rowCount == 2)
        #expect(built.values == [1.5, -2, -2, 1.5])
    }

    @Test("selecting rows copies them in the order asked")
    func selection() {
        let selected = matrix.selectingRows([2, 0])
        #expect(selected.columnNames == matrix.columnNames)
        #expect(selected.rowCount == 2)
        #expect(selected.values == [5, 1, 1, 2, 1, 0])
    }

    @Test("a matrix without columns still counts its rows")
    func noColumns() {
        var empty = FeatureMatrix(columnNames: [])
        empty.appendRow([Float]())
        empty.appendRow([Float]())
        #expect(empty.rowCount == 2)
        #expect(empty.values.isEmpty)
    }
}
