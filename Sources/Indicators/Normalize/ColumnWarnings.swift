/// Counts invalid optional values per column while a file is read, keeping the first example of each
/// column, and gives them back as `ColumnWarning`s in the order the columns were first seen.
struct ColumnWarnings {
    private var byColumn: [String: Int] = [:]
    /// The warnings so far.
    private(set) var warnings: [ColumnWarning] = []

    /// Counts one invalid `value` of `column` at `line`.
    mutating func note(column: String, value: String, line: Int) {
        if let k = byColumn[column] {
            warnings[k].count += 1
        } else {
            byColumn[column] = warnings.count
            warnings.append(ColumnWarning(column: column, count: 1, exampleLine: line, exampleValue: value))
        }
    }

    /// Adds the warnings of a later part of the same file: counts add up, the first example stays,
    /// and columns first seen there come after the ones seen here (as a sequential read orders them).
    mutating func add(_ later: ColumnWarnings) {
        for warning in later.warnings {
            if let k = byColumn[warning.column] {
                warnings[k].count += warning.count
            } else {
                byColumn[warning.column] = warnings.count
                warnings.append(warning)
            }
        }
    }
}

