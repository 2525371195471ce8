@testable import SyntheticData

/// Small configurations shared by the tests (fast in debug builds).
enum Fixtures {
    /// Clean files, four years.
    static let clean = SampleConfiguration(students: 600, years: 4, seed: 7)
    /// The same world and students, written messy.
    static let messy = SampleConfiguration(students: 600, years: 4, seed: 7, messy: true)

    /// `clean`, generated once and read back (immutable, shared by the tests that only read it).
    static let cleanSample = Result { try GeneratedSample(clean) }
    /// `messy`, generated once and read back.
    static let messySample = Result { try GeneratedSample(messy) }
}

extension ReadTable {
    /// The index of the column standing for a clean `matricula` name, whatever variant the header uses.
    func matriculaColumn(_ clean: String) -> Int? {
        header.firstIndex { HeaderNormalization.canonical(of: $0, in: HeaderNormalization.matriculaAliases) == clean }
    }
}
