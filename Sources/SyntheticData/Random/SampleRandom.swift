import Foundation

/// The generator's only source of randomness: xoshiro256** seeded through SplitMix64.
///
/// Every draw goes through one of these, threaded by `inout`, so a configuration always produces the
/// same bytes. Independent concerns (the world, the population, Saber scores, each messy file) use
/// separate streams of the same seed, so turning `messy` on or `includeSaber` off never changes the
/// underlying students.
struct SampleRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator for `stream` of `seed`; different streams are statistically independent.
    init(seed: UInt64, stream: RandomStream) {
        var mixer = seed ^ (stream.rawValue &* 0xD1B5_4A32_D192_ED03)
        s0 = Self.splitMix(&mixer)
        s1 = Self.splitMix(&mixer)
        s2 = Self.splitMix(&mixer)
        s3 = Self.splitMix(&mixer)
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = (s1 &* 5).rotatedLeft(by: 7) &* 9
        let shifted = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= shifted
        s3 = s3.rotatedLeft(by: 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in 0..<`bound` (multiply-high; the bias is below 2⁻³² for our bounds).
    mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        return Int(UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A standard normal draw (Box–Muller, one value per call).
    mutating func normal() -> Double {
        let radius = (-2 * Foundation.log(1 - unit())).squareRoot()
        return radius * Foundation.cos(2 * Double.pi * unit())
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func element<T>(of array: [T]) -> T {
        array[int(below: array.count)]
    }

    /// An index drawn with the given cumulative weights (last element = total weight).
    mutating func index(cumulative: [Double]) -> Int {
        let target = unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by amount: UInt64) -> UInt64 {
        (self << amount) | (self >> (64 - amount))
    }
}
