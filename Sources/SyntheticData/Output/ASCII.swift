/// ASCII bytes the writers use, as constants (no run-time scalar checks in the row loop).
enum ASCII {
    /// `\n`
    static let lineFeed: UInt8 = 0x0A
    /// `\r`
    static let carriageReturn: UInt8 = 0x0D
    /// Space.
    static let space: UInt8 = 0x20
    /// `-`
    static let minus: UInt8 = 0x2D
    /// `.`
    static let period: UInt8 = 0x2E
    /// `/`
    static let slash: UInt8 = 0x2F
    /// `0`
    static let zero: UInt8 = 0x30
    /// `F`
    static let letterF: UInt8 = 0x46
    /// `M`
    static let letterM: UInt8 = 0x4D
    /// `N`
    static let letterN: UInt8 = 0x4E
    /// `S`
    static let letterS: UInt8 = 0x53
    /// `T`
    static let letterT: UInt8 = 0x54
    /// `X`
    static let letterX: UInt8 = 0x58
    /// SISBÉN group letters by group number 1…4 (`A`…`D`); index 0 unused.
    static let sisbenLetters: [UInt8] = [0x3F, 0x41, 0x42, 0x43, 0x44]
}
