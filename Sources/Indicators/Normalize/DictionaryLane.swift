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
    /// The lane's dictionaries (the student keys are not interned here: see `MatriculaChunkLoader`).
    var interners = EnrollmentInterners()
    /// The ids the lane's rows are most likely to repeat.
    var caches = InternCaches()
    /// At merge time: the run id of every lane id merged so far.
    var maps = InternerMaps()

    /// Creates an empty lane.
    init() {}
}
