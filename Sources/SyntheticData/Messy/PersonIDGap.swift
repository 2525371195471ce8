/// Which matrícula rows are written without `PER_ID` (SPEC §2 version 2's case: a student whose
/// `PER_ID` is missing in some rows and present in others).
///
/// The choice is a hash of (seed, year, row), not a draw from the file's random stream, so that
/// changing the share changes nothing else in the files: the same data with every `PER_ID` is the
/// known truth the linkage is measured against.
enum PersonIDGap {
    /// The `draw` value below which a row loses its `PER_ID`, for a share in 0…1.
    static func threshold(share: Double) -> UInt64 {
        guard share > 0 else { return 0 }
        guard share < 1 else { return .max }
        return UInt64(share * 18_446_744_073_709_551_616.0)
    }

    /// A uniform 64-bit value for one row of one year's file (SplitMix64 finaliser).
    static func draw(seed: UInt64, year: Int, row: Int) -> UInt64 {
        var z = seed &+ UInt64(truncatingIfNeeded: year) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: row) &* 0xD1B5_4A32_D192_ED03
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
