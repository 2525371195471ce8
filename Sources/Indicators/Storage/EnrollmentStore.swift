/// All enrollment records of a run: typed columns in input order plus their dictionaries.
public struct EnrollmentStore: Sendable {
    /// The record columns.
    public var columns = EnrollmentColumns()
    /// The dictionaries of the text columns.
    public var interners = EnrollmentInterners()
    /// For records whose file has student-name columns: (record, hash of the normalised full name).
    /// Names themselves are never stored (Ley 1581); the hash only serves the changing-key check.
    public var nameHashes: [(record: Int32, hash: UInt64)] = []
    /// What `DocumentLinker.link` did (empty until it runs).
    public var documentLinks = DocumentLinks()

    /// Creates an empty store.
    public init() {}

    /// Number of records.
    public var count: Int { columns.count }

    /// Distinct years present, ascending.
    public var years: [Int] {
        // A flag per possible year, in order: no hashing per record, no sort.
        let offset = -Int(Int16.min)
        var present = [Bool](repeating: false, count: 1 << 16)
        columns.year.withUnsafeBufferPointer { years in
            for y in years { present[Int(y) + offset] = true }
        }
        return present.indices.filter { present[$0] }.map { $0 - offset }
    }
}
