/// The chunk dictionaries of one lane of a matricula file: chunk k of every block of the file interns
/// its texts into lane k's dictionaries, which go on from one block to the next.
///
/// Per-chunk dictionaries would hash every institution, name and sede again in every chunk (a shuffled
/// export repeats most of a department's sedes in each 8 MB chunk); a lane hashes each text once per
/// file. Blocks are read one after the other, so a lane serves one chunk at a time.
///
/// Ids stay those of a sequential read: each chunk records how far its lane's dictionaries reached
/// (`MatriculaChunkLoader.dictionaryEnd`), and the merge, in file order, gives run ids to each chunk's
/// new entries before it translates that chunk's columns (`maps`).
final class DictionaryLane: @unchecked Sendable {
    /// The lane's dictionaries.
    var dictionaries = ChunkDictionaries()
    /// At merge time: the run id of every lane id merged so far.
    var maps = InternerMaps()

    /// Creates an empty lane.
    init() {}
}

/// The dictionaries a chunk interns its rows' texts into (the student keys are listed apart: see
/// `MatriculaChunkLoader.studentKeys`).
struct ChunkDictionaries {
    /// The text columns' dictionaries.
    var interners = EnrollmentInterners()
    /// Distinct places: a row's institution code and name, sede and municipality, which repeat
    /// together, are looked up at once.
    var places = PlaceTable(capacity: 1024)
    /// What each place resolves to, by its id in `places` (index 0 unused).
    var placeEntries = [PlaceEntry(institutionState: .missing)]
    /// Last status id per first byte of the normalised status (status texts are few).
    var statusCache = [UInt32](repeating: 0, count: 256)
}

/// The ids of one place text's fields, found the first time the text is seen, so that later rows
/// with the same text skip the fields' repair and interning.
struct PlaceEntry {
    /// Whether the institution code is usable.
    enum InstitutionState { case valid, missing, scientific }
    /// The institution code's state; the row is rejected unless `valid`.
    var institutionState: InstitutionState
    /// The institution code id (when valid).
    var institution: UInt32 = 0
    /// Whether the ids below are known: set by the first row with this text that is kept (a
    /// rejected row interns nothing but the institution, as a row-by-row read would).
    var resolved = false
    /// Institution name, sede and municipality ids.
    var name: UInt32 = 0, sede: UInt32 = 0, municipality: UInt32 = 0
    /// The sede or municipality code is in scientific notation (counted on every kept row).
    var scientificSede = false, scientificMunicipality = false
}
