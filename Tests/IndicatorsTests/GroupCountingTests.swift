import Testing
@testable import Indicators

/// `IndicatorContext.count(groups:keyColumns:_:)`: episodes are counted in key blocks, and a
/// student's episodes of one year count the student once per group even when they straddle the
/// nominal end of a block.
@Suite("Indicators: counting episodes into groups by key blocks")
struct GroupCountingTests {
    /// `IndicatorContext.keyBlockSize − 1` students with one 2019 episode at institution A, then
    /// student `P99999` with two 2019 episodes (A, then B): episodes `keyBlockSize − 1` and
    /// `keyBlockSize`, one run across the first block's nominal end.
    static let fixture: LinkedFixture = {
        let header = "ANO,CODIGO_DANE,PER_ID,GRADO,ESTADO,FECHA_NOVEDAD"
        let single = (1..<IndicatorContext.keyBlockSize).map { "2019,111001000001,\($0),5,MATRICULADO," }
        let straddling = ["2019,111001000001,99999,5,RETIRADO,01/04/2019", "2019,111001000002,99999,5,MATRICULADO,"]
        return LinkedFixture(csv: ([header] + single + straddling).joined(separator: "\n") + "\n")
    }()

    @Test("the straddling student's two episodes sit on both sides of the block's nominal end")
    func layout() {
        let f = Self.fixture
        let size = IndicatorContext.keyBlockSize
        #expect(f.episodes.count == size + 1)
        #expect(f.student(size - 1) == "P99999" && f.student(size) == "P99999")
        #expect(f.institution(size - 1) == "111001000001" && f.institution(size) == "111001000002")
    }

    @Test("one group: every episode is enrolment, the straddling student is one student")
    func oneGroup() {
        let context = Self.fixture.context
        let grid = context.count(groups: 1, keyColumns: 1) { block in
            for i in 0..<block.episodes.count { block.column(0)[i] = 0 }
        }
        #expect(grid[0, .matricula] == Int64(IndicatorContext.keyBlockSize + 1))
        #expect(grid[0, .estudiantes] == Int64(IndicatorContext.keyBlockSize))
    }

    @Test("by institution: the straddling student counts once at A and once at B")
    func byInstitution() {
        let f = Self.fixture
        let a = f.context.store.interners.institution.lookup("111001000001")!
        let grid = f.context.count(groups: 2, keyColumns: 1) { block in
            let keys = block.column(0)
            for (i, e) in block.episodes.enumerated() { keys[i] = f.episodes.institution[e] == a ? 0 : 1 }
        }
        #expect(grid[0, .matricula] == Int64(IndicatorContext.keyBlockSize))
        #expect(grid[0, .estudiantes] == Int64(IndicatorContext.keyBlockSize))
        #expect(grid[1, .matricula] == 1 && grid[1, .estudiantes] == 1)
    }

    @Test("a key of −1 leaves the episode out of that column only")
    func missingKey() {
        let f = Self.fixture
        let last = f.episodes.count - 1
        let grid = f.context.count(groups: 2, keyColumns: 2) { block in
            for (i, e) in block.episodes.enumerated() {
                if e != last { block.column(0)[i] = 0 }
                block.column(1)[i] = 1
            }
        }
        #expect(grid[0, .matricula] == Int64(last) && grid[0, .estudiantes] == Int64(last))
        #expect(grid[1, .matricula] == Int64(last + 1) && grid[1, .estudiantes] == Int64(last))
    }
}
