import Testing
@testable import Indicators

/// `parallelArray`: blocks computed on every core, the same array as a sequential map.
@Suite("Storage: arrays computed in parallel")
struct StorageParallelTests {
    @Test("same as a sequential map, for counts around the block size", arguments: [0, 1, 65_535, 65_536, 200_003])
    func matchesMap(count: Int) {
        let computed = parallelArray(count: count) { UInt32(truncatingIfNeeded: $0 &* 2_654_435_761) }
        #expect(computed == (0..<count).map { UInt32(truncatingIfNeeded: $0 &* 2_654_435_761) })
    }
}
