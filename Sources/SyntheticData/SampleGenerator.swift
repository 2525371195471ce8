import Foundation

/// Writes a synthetic SIMAT-style territory: `matricula_YYYY.csv` per year, `saber11_YYYY.csv` from the
/// second year on, and `directorio.csv`.
///
/// The same configuration always gives byte-identical files. Clean and messy runs of one seed hold
/// the same students and paths: messy mode only changes how files are written and adds the rows
/// counted in `SampleManifest.injected`. Dropouts follow `DropoutModel`.
public enum SampleGenerator {
    /// Writes every file into `directory` (created if needed) and returns what was written.
    ///
    /// - Complexity: O(students × years) time; memory holds the students and one year's records.
    ///
    /// With `recordingTrueProbabilities`, the manifest also holds each student-year's dropout
    /// probability under `DropoutModel` (`SampleManifest.trueProbabilities`), the ceiling against which
    /// an early-warning model is judged.
    public static func write(_ configuration: SampleConfiguration, to directory: URL,
                             recordingTrueProbabilities: Bool = false) throws(SampleError) -> SampleManifest {
        try configuration.validate()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SampleError(code: .cannotCreateDirectory, subject: directory.path, found: SystemErrorReason.spanish(error))
        }
        let world = World(configuration: configuration)
        var population = Population(world: world, configuration: configuration)
        if recordingTrueProbabilities { population.trueProbabilities = [] }
        var manifest = SampleManifest(
            highDropoutInstitutions: world.highDropoutInstitutions.map { String(world.institutions[$0].code) },
            lowScoreInstitutions: world.lowScoreInstitutions.map { String(world.institutions[$0].code) },
            institutions: world.institutions.map { String($0.code) }.sorted())
        var records: [EnrollmentRecord] = []
        var examinees: [Examinee] = []
        for yearIndex in 0..<configuration.years {
            population.simulate(yearIndex: yearIndex, records: &records, examinees: &examinees)
            let matricula = try MatriculaWriter.write(
                records, students: population.students, world: world, yearIndex: yearIndex,
                configuration: configuration, directory: directory)
            manifest.files.append(matricula)
            manifest.injected.merge(matricula.injected, uniquingKeysWith: +)
            if yearIndex > 0 && configuration.includeSaber {
                manifest.files.append(
                    try Saber11Writer.write(
                        examinees, world: world, yearIndex: yearIndex, saberIndex: yearIndex - 1,
                        configuration: configuration, directory: directory))
            }
        }
        manifest.trueProbabilities = population.trueProbabilities
        if configuration.includeDirectory {
            manifest.files.append(
                try DirectoryWriter.write(
                    world: world, configuration: configuration, directory: directory))
        }
        return manifest
    }
}
