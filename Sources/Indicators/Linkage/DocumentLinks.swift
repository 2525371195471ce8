/// What linking by document did (SPEC §2 version 2): which records without a person id took the
/// person id their document carries, and which documents carry several.
public struct DocumentLinks: Sendable {
    /// Records without a person id whose key became a person id, ascending.
    public var linkedRecords: [Int32] = []
    /// For each document key (`D…` id) that linked: the person key (`P…` id) it took.
    public var owners: [UInt32: UInt32] = [:]
    /// Document keys of records without a person id whose document carries two or more person ids
    /// (they keep the document as their key).
    public var ambiguousKeys: Set<UInt32> = []
    /// Normalised documents carried with two or more different person ids, over every used record.
    public var ambiguousDocuments = 0
    /// The document key of the first linked record, for the quality example.
    public var firstLinkedDocument: UInt32 = 0
    /// Two records of one ambiguous document with different person ids (the document whose first
    /// record comes first), for the quality example.
    public var ambiguousExample: (first: Int32, conflict: Int32)?

    /// Creates an empty result (nothing linked).
    public init() {}

    /// Whether `record` got its key through its document.
    public func isLinked(_ record: Int) -> Bool {
        var lo = 0, hi = linkedRecords.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(linkedRecords[mid]) < record { lo = mid + 1 } else { hi = mid }
        }
        return lo < linkedRecords.count && Int(linkedRecords[lo]) == record
    }
}
