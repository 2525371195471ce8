/// Links the records without a person id to the person id their document carries (SPEC §2,
/// version 2), before duplicates and episodes are found.
///
/// A record without `person_id` has the document key `D` + normalised document. When the used
/// records that carry that same normalised document together with a person id all carry one and
/// the same person id, the record's key becomes that person id; with two or more different person
/// ids the document is ambiguous and the record keeps its document key.
///
/// One pass over the records builds, for every document carried with a person id, its owner (the
/// table is split by hash across the cores); one pass over the dictionary's document keys finds
/// their owners; one pass over the records rewrites the keys that link. No string is touched: the
/// loader already hashed each record's document key.
///
/// - Complexity: O(records + keys) expected.
public enum DocumentLinker {
    /// Rewrites the student keys of `store` that link by document and returns what was done
    /// (also kept in `store.documentLinks`).
    @discardableResult
    public static func link(_ store: inout EnrollmentStore) -> DocumentLinks {
        var links = DocumentLinks()
        let partitions = workerCount
        let tables = ownerTables(store, partitions: partitions)
        for table in tables {
            let found = table.ambiguities()
            links.ambiguousDocuments += found.count
            if let example = found.example, links.ambiguousExample == nil || example.first < links.ambiguousExample!.first {
                links.ambiguousExample = example
            }
        }
        var relinked = [Bool](repeating: false, count: store.interners.student.count)
        for (key, hash) in store.interners.student.entries(startingWith: UInt8(ascii: "D")) {
            guard let owner = tables[partition(hash, partitions)].owner(of: hash) else { continue }
            if owner == DocumentOwnerTable.ambiguous {
                links.ambiguousKeys.insert(key)
            } else {
                links.owners[key] = owner
                relinked[Int(key)] = true
            }
        }
        if !links.owners.isEmpty {
            for r in 0..<store.columns.count where relinked[Int(store.columns.student[r])] {
                let document = store.columns.student[r]
                if links.linkedRecords.isEmpty { links.firstLinkedDocument = document }
                store.columns.student[r] = links.owners[document]!
                links.linkedRecords.append(Int32(r))
            }
        }
        store.documentLinks = links
        return links
    }

    /// One owner table per partition of the document hashes, built on every core.
    private static func ownerTables(_ store: EnrollmentStore, partitions: Int) -> [DocumentOwnerTable] {
        let columns = store.columns
        let estimate = store.interners.student.count / partitions + 1
        return parallelMap(partitions) { part in
            var table = DocumentOwnerTable(capacity: estimate)
            var touched: UInt64 = 0
            columns.documentHash.withUnsafeBufferPointer { hashes in
                columns.student.withUnsafeBufferPointer { students in
                    // In batches: first each record's slot is read (the table is far larger than the
                    // cache, and these reads overlap), then the records are noted in order.
                    var start = 0
                    while start < hashes.count {
                        let end = min(hashes.count, start + 32)
                        for r in start..<end {
                            let h = hashes[r]
                            if h != 0 && partition(h, partitions) == part { touched ^= table.firstSlotKey(h) }
                        }
                        for r in start..<end {
                            let h = hashes[r]
                            if h == 0 || partition(h, partitions) != part { continue }
                            table.record(h, owner: students[r], record: Int32(r))
                        }
                        start = end
                    }
                }
            }
            table.prefetchSink = touched
            return table
        }
    }

    /// The partition of a document hash (its top bits, so that it is independent of the slot).
    private static func partition(_ hash: UInt64, _ partitions: Int) -> Int {
        Int(hash >> 40) % partitions
    }
}
