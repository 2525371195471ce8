/// The grades a feature key can hold, as 5-bit codes, and the numeric value of each
/// (`WarningFeature.grado`).
enum GradeCode {
    /// The grades in code order: −2…13, the adult cycles 20…26 and aceleración (99).
    static let grades: [Int8] = Array(-2...13) + Array(20...26) + [99]

    /// The value of `grado` for each code: the grade itself for −2…13; the grade an adult cycle
    /// ends (21 → 3, 22 → 5, 23 → 7, 24 → 9, 25 → 10, 26 → 11); 0 for cycle 20, 99 and any other grade.
    static let values: [Float] = grades.map { grade in
        switch grade {
        case -2...13: Float(grade)
        case 21: 3
        case 22: 5
        case 23: 7
        case 24: 9
        case 25: 10
        case 26: 11
        default: 0
        } } + Array(repeating: 0, count: 32 - grades.count)

    /// The code of each grade byte (31 for a grade outside `grades`).
    private static let codes: [UInt8] = (0...255).map { byte in
        let grade = Int8(truncatingIfNeeded: byte)
        return UInt8(grades.firstIndex(of: grade) ?? 31)
    }

    /// The code of `grade`.
    @inline(__always)
    static func code(_ grade: Int8) -> UInt8 { codes[Int(UInt8(bitPattern: grade))] }

    /// The value of `grado` for code `code`.
    @inline(__always)
    static func value(_ code: Int) -> Float { values[code] }
}
