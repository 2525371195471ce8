/// The independent random streams drawn from one seed.
enum RandomStream {
    /// Municipalities, institutions, sedes and their effects.
    case world
    /// Students, their attributes and their year-to-year paths.
    case population
    /// Saber 11 participation and scores.
    case saber
    /// Roughness of a year's `matricula` file (header variants, damaged codes, injected rows).
    case matriculaFile(yearIndex: Int)
    /// Anomalies of a year's Saber 11 file.
    case saberFile(yearIndex: Int)
    /// Which institutions the directory leaves out, and its header variants.
    case directoryFile

    /// A distinct number per stream, mixed into the seed.
    var rawValue: UInt64 {
        switch self {
        case .world: 1
        case .population: 2
        case .saber: 3
        case .matriculaFile(let yearIndex): 1_000 + UInt64(yearIndex)
        case .saberFile(let yearIndex): 2_000 + UInt64(yearIndex)
        case .directoryFile: 3_000
        }
    }
}
