/// How a key typed by a user (`trayectorias student --id`) found a student.
public enum StudentKeyMatch: Sendable, Equatable {
    /// The text is the student's `PER_ID`.
    case personID
    /// The text is a document of records without `PER_ID` that took the student's `PER_ID`.
    case linkedDocument
    /// The text is a document carried by the student's records beside their `PER_ID`.
    case documentBesidePersonID
    /// The text is the student's key: a document that links to no `PER_ID`.
    case document
}

extension EnrollmentStore {
    /// The student whose `PER_ID` or document is `text` (trimmed; a document compared without signs
    /// and leading zeros, SPEC §2), and how it matched; nil when no record has it. A document seen
    /// only beside a `PER_ID` is found when the store kept its document hashes
    /// (`IngestOptions.keepsStudentLookup`).
    public func student(matching text: String) -> (id: UInt32, match: StudentKeyMatch)? {
        let code = CodeRepair.code(text)
        if let id = interners.student.lookup("P" + code) { return (id, .personID) }
        var document = String(code.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        while document.hasPrefix("0") { document.removeFirst() }
        guard !document.isEmpty else { return nil }
        let key = "D" + document
        if let id = interners.student.lookup(key) {
            if let owner = documentLinks.owners[id] { return (owner, .linkedDocument) }
            if columns.student.contains(id) { return (id, .document) }
        }
        let bytes = Array(key.utf8)
        let hash = bytes.withUnsafeBufferPointer { max(1, ByteInterner.hash($0)) }
        if let record = columns.documentHash.firstIndex(of: hash) {
            return (columns.student[record], .documentBesidePersonID)
        }
        return nil
    }

    /// How record `r` got its student key, in words for `trayectorias student`.
    public func keyOrigin(ofRecord r: Int) -> String {
        if documentLinks.isLinked(r) { return "sin PER_ID: vinculado por su documento" }
        let id = columns.student[r]
        if interners.student.string(id).hasPrefix("P") { return "PER_ID" }
        if documentLinks.ambiguousKeys.contains(id) { return "sin PER_ID: su documento tiene varios PER_ID, no se vincula" }
        return "sin PER_ID: ningún registro con PER_ID lleva su documento"
    }
}
