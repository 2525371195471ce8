/// What `SampleGenerator` writes: the size, span and roughness of a synthetic SIMAT-style territory.
public struct SampleConfiguration: Sendable, Hashable {
    /// Distinct students enrolled in the first year (roughly: they are shared out among sedes by quota).
    public var students: Int
    /// Number of consecutive school years, one `matricula_YYYY.csv` each.
    public var years: Int
    /// The first school year.
    public var firstYear: Int
    /// Seed of every random draw: the same configuration always gives byte-identical files.
    public var seed: UInt64
    /// Varies dialect, encoding, header and value formats by file and injects bad rows.
    public var messy: Bool
    /// Writes one `saber11_YYYY.csv` per year from the second year on.
    public var includeSaber: Bool
    /// Writes `directorio.csv`.
    public var includeDirectory: Bool
    /// Share of matrícula rows written without `PER_ID` (the document stays), as a real export's
    /// fallback rows: the student carries the `PER_ID` in the other rows. nil: 2 % in messy mode,
    /// none in clean mode. Which rows lose it depends only on the seed, the year and the row, so
    /// every other byte of the files is the same whatever the share.
    public var missingPersonIDShare: Double?

    /// Creates a configuration; every parameter defaults to what `trayectorias sample` uses.
    public init(
        students: Int = 3000,
        years: Int = 4,
        firstYear: Int = 2019,
        seed: UInt64 = 42,
        messy: Bool = false,
        includeSaber: Bool = true,
        includeDirectory: Bool = true,
        missingPersonIDShare: Double? = nil
    ) {
        self.students = students
        self.years = years
        self.firstYear = firstYear
        self.seed = seed
        self.messy = messy
        self.includeSaber = includeSaber
        self.includeDirectory = includeDirectory
        self.missingPersonIDShare = missingPersonIDShare
    }

    /// The share of matrícula rows written without `PER_ID`.
    public var effectiveMissingPersonIDShare: Double { missingPersonIDShare ?? (messy ? 0.02 : 0) }

    /// The school years covered, in order.
    public var schoolYears: ClosedRange<Int> {
        firstYear...(firstYear + years - 1)
    }
}
