/// Which rows of a file carry a deliberate defect: about `rate` of the rows per reason, at least one
/// per reason when the file has rows, at distinct random positions.
struct InjectionPlan {
    /// Per row, 0 for none or the 1-based index of its reason in the `reasons` given to `init`.
    private(set) var marks: [UInt8]

    /// Plans `reasons.count` kinds of defect over `rowCount` rows; `eligible` says whether a row may
    /// carry a reason (an ineligible pick moves on to the next eligible free row, or is dropped).
    init(rowCount: Int, reasons: Int, rate: Double, _ random: inout SampleRandom, eligible: (Int, Int) -> Bool) {
        marks = [UInt8](repeating: 0, count: rowCount)
        guard rowCount > 0 else { return }
        let perReason = min(max(1, Int((Double(rowCount) * rate).rounded())), max(1, rowCount / (2 * reasons)))
        for reason in 0..<reasons {
            for _ in 0..<perReason {
                let start = random.int(below: rowCount)
                var row = start
                while marks[row] != 0 || !eligible(reason, row) {
                    row = (row + 1) % rowCount
                    if row == start { break }
                }
                if marks[row] == 0 && eligible(reason, row) { marks[row] = UInt8(reason + 1) }
            }
        }
    }

    /// The 0-based reason index of a row, or nil.
    func reason(at row: Int) -> Int? {
        marks[row] == 0 ? nil : Int(marks[row]) - 1
    }
}
