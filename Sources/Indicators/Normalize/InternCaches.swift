/// The last dictionary id of each text column that follows the institution, kept per institution:
/// the ids a chunk's rows are most likely to repeat, so that `ByteInterner.intern(_:cache:)`
/// compares the bytes with one entry instead of hashing and probing.
///
/// Rows come in any order (a sorted export repeats one institution for hundreds of rows, a shuffled
/// one changes it on nearly every row), but an institution's name, municipality and ETC are nearly
/// always the same, and its sede one of a few. Status texts are few: their cache is keyed by the
/// first byte.
struct InternCaches {
    /// Per local institution id: last institution-name, sede, municipality and ETC ids.
    var name: [UInt32] = [0]
    var sede: [UInt32] = [0]
    var municipality: [UInt32] = [0]
    var etc: [UInt32] = [0]
    /// Last status id per first byte of the normalised status.
    var status = [UInt32](repeating: 0, count: 256)
    /// The last institution id, to skip the institution's own lookup on a run of rows.
    var institution: UInt32 = 0

    /// Makes room for the entries of institution `id` (ids are dense, so at most one is new).
    mutating func cover(_ id: UInt32) {
        while name.count <= Int(id) {
            name.append(0)
            sede.append(0)
            municipality.append(0)
            etc.append(0)
        }
    }
}
