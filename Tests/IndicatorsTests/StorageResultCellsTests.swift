import Testing
@testable import Indicators

/// Result columns keep numbers in 8 bytes with a marker for empty cells; reading them back gives the
/// values as they were given, empty cells as nil and a NaN value as a NaN.
@Suite("Storage: result cells")
struct StorageResultCellsTests {
    @Test("whole numbers round-trip, empty cells included, and are stored as 8-byte values")
    func integers() {
        let column = ResultColumn("n", .integers([0, nil, -5, Int64.max, Int64.min + 1]))
        guard case .integers(let stored) = column.cells, case .integers(let read) = column.values else {
            Issue.record("not an integer column")
            return
        }
        #expect(stored == [0, ResultCells.emptyInteger, -5, Int64.max, Int64.min + 1])
        #expect(read == [0, nil, -5, Int64.max, Int64.min + 1])
        #expect(column.count == 5)
    }

    @Test("rates and decimals round-trip; a NaN value is not an empty cell")
    func numbers() {
        let column = ResultColumn("tasa", .rates([0.25, nil, 0, .nan]))
        guard case .rates(let read) = column.values else {
            Issue.record("not a rate column")
            return
        }
        #expect(read.count == 4)
        #expect(read[0] == 0.25 && read[1] == nil && read[2] == 0)
        #expect(read[3]?.isNaN == true)
        #expect(ResultCells.isEmpty(ResultCells.emptyNumber) && !ResultCells.isEmpty(.nan))
        let decimals = ResultColumn("media", .decimals([nil, 1.5]))
        guard case .decimals(let means) = decimals.values else {
            Issue.record("not a decimal column")
            return
        }
        #expect(means == [nil, 1.5])
    }

    @Test("setting values replaces the stored cells; texts are kept as given")
    func settingValues() {
        var column = ResultColumn("x", .texts(["a", nil]))
        guard case .texts(let texts) = column.values else {
            Issue.record("not a text column")
            return
        }
        #expect(texts == ["a", nil])
        column.values = .integers([nil, 7])
        guard case .integers(let stored) = column.cells else {
            Issue.record("not an integer column")
            return
        }
        #expect(stored == [ResultCells.emptyInteger, 7])
    }

    @Test("cells read one at a time: whole numbers, numbers of every kind, texts; empty and other kinds are nil")
    func cellAccess() {
        let counts = ResultColumn("n", .integers([4, nil]))
        let rates = ResultColumn("tasa", .rates([nil, 0.25]))
        let means = ResultColumn("media", .decimals([1.5, nil]))
        let codes = ResultColumn("codigo", .texts(["A", nil]))
        #expect(counts.integer(at: 0) == 4 && counts.integer(at: 1) == nil)
        #expect(counts.number(at: 0) == 4 && counts.number(at: 1) == nil)
        #expect(rates.number(at: 0) == nil && rates.number(at: 1) == 0.25)
        #expect(means.number(at: 0) == 1.5 && means.number(at: 1) == nil)
        #expect(rates.integer(at: 1) == nil && codes.number(at: 0) == nil && counts.text(at: 0) == nil)
        #expect(codes.text(at: 0) == "A" && codes.text(at: 1) == nil)
    }
}
