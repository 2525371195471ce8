import Testing
@testable import Indicators

/// Reading reuses memory instead of touching fresh pages: the store's columns grow once to the
/// run's estimate, and the decoded-text buffer passes from one input to the next.
@Suite("Ingest: store growth and buffer reuse")
struct IngestStoreGrowthTests {
    @Test("the record estimate applies the bytes per record seen so far to the inputs left, with 1/16 of slack")
    func recordEstimate() {
        var estimate = RecordEstimate(sizes: [100, 50, 200])
        // 10 records in 100 bytes; 250 bytes left → 25 records, × 17/16 = 26.56 → 27; 0 + 10 + 27.
        #expect(estimate.total(adding: 10, at: 0, to: 0) == 37)
        // 15 records in 150 bytes; 200 left → 20, × 17/16 = 21.25 → 22; 10 + 5 + 22.
        #expect(estimate.total(adding: 5, at: 1, to: 10) == 37)
        // Nothing left: exactly the records.
        #expect(estimate.total(adding: 20, at: 2, to: 15) == 35)
    }

    @Test("an input of unknown size adds nothing to the estimate")
    func unknownSizes() {
        var estimate = RecordEstimate(sizes: [0, 0])
        #expect(estimate.total(adding: 7, at: 0, to: 3) == 10)
    }

    @Test("columns grow to the expected total at once, and not again while it holds")
    func growToExpectedTotal() {
        var columns = EnrollmentColumns()
        columns.reserve(10, expectedTotal: 1000)
        #expect(columns.year.capacity >= 1000)
        #expect(columns.student.capacity >= 1000)
        let before = columns.year.capacity
        columns.year += [Int16](repeating: 2020, count: 10)
        columns.reserve(500, expectedTotal: 5000)   // fits: no growth to the new estimate
        #expect(columns.year.capacity == before)
    }

    @Test("columns without an estimate at least double")
    func doubleWithoutEstimate() {
        var columns = EnrollmentColumns()
        columns.reserve(100)
        let first = columns.year.capacity
        columns.year += [Int16](repeating: 2020, count: first)
        columns.reserve(1)
        #expect(columns.year.capacity >= 2 * first)
    }

    @Test("the spare buffer is handed to the next taker that fits in it, once")
    func bufferPool() {
        let pool = TextBufferPool()
        let first = pool.take(capacity: 100)
        pool.give(first)
        let again = pool.take(capacity: 60)
        #expect(again.base == first.base && again.capacity == 100)
        let fresh = pool.take(capacity: 60)   // the spare is taken: a new buffer
        #expect(fresh.base != first.base && fresh.capacity == 60)
        pool.give(fresh)
        pool.give(again)                      // the larger one stays; the smaller is freed
        let larger = pool.take(capacity: 80)
        #expect(larger.base == first.base)
        pool.give(larger)
        pool.drain()
        let afterDrain = pool.take(capacity: 10)
        #expect(afterDrain.capacity == 10)
        afterDrain.base.deallocate()
    }
}
