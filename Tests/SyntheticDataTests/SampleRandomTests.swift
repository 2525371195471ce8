import Testing
@testable import SyntheticData

@Suite("Seeded random numbers")
struct SampleRandomTests {
    // Reference values from an independent Python transcription of SplitMix64 seeding
    // (state = seed ^ stream·0xD1B54A32D192ED03) and xoshiro256**.
    @Test("the first outputs match the reference xoshiro256** stream", arguments: [
        (UInt64(42), RandomStream.world, [0x0030_425E_2A3D_C334, 0x057E_19F0_156C_8A6B, 0x8C5C_18F3_7D24_DFD8] as [UInt64]),
        (0, .population, [0xAA2B_23C3_B2AD_4D69, 0xD33C_8838_0FCD_F866, 0xDE82_C3E9_562D_D132]),
    ])
    func reference(seed: UInt64, stream: RandomStream, expected: [UInt64]) {
        var random = SampleRandom(seed: seed, stream: stream)
        #expect((0..<3).map { _ in random.next() } == expected)
    }

    @Test("streams of one seed differ")
    func streamsDiffer() {
        var world = SampleRandom(seed: 9, stream: .world)
        var file = SampleRandom(seed: 9, stream: .matriculaFile(yearIndex: 0))
        #expect(world.next() != file.next())
    }

    @Test("draws stay in range and are roughly uniform")
    func ranges() {
        var random = SampleRandom(seed: 5, stream: .population)
        var counts = [Int](repeating: 0, count: 6)
        var outOfRange = 0
        for _ in 0..<60_000 {
            let die = random.int(in: 1...6)
            if (1...6).contains(die) { counts[die - 1] += 1 } else { outOfRange += 1 }
            let unit = random.unit()
            if !(0..<1).contains(unit) { outOfRange += 1 }
        }
        #expect(outOfRange == 0)
        #expect(counts.allSatisfy { abs($0 - 10_000) < 500 })
    }

    @Test("weighted indices follow their weights")
    func weighted() {
        var random = SampleRandom(seed: 5, stream: .saber)
        var hits = [0, 0, 0]
        for _ in 0..<40_000 { hits[random.index(cumulative: [1, 1, 4])] += 1 }
        #expect(abs(hits[0] - 10_000) < 600)
        #expect(hits[1] == 0)
        #expect(abs(hits[2] - 30_000) < 600)
    }
}
