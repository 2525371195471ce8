import Foundation
import Testing
@testable import SyntheticData

@Suite("Configuration")
struct ConfigurationTests {
    @Test("defaults are the CLI's")
    func defaults() {
        let configuration = SampleConfiguration()
        #expect(configuration.students == 3000 && configuration.years == 4 && configuration.firstYear == 2019)
        #expect(configuration.seed == 42 && !configuration.messy && configuration.includeSaber && configuration.includeDirectory)
        #expect(configuration.schoolYears == 2019...2022)
    }

    @Test("out-of-range values are refused with a typed error and a Spanish message", arguments: [
        (SampleConfiguration(students: 0), SampleError.Code.invalidStudents),
        (SampleConfiguration(years: 0), .invalidYears),
        (SampleConfiguration(years: 31), .invalidYears),
        (SampleConfiguration(firstYear: 1999), .invalidFirstYear),
        (SampleConfiguration(years: 5, firstYear: 2098), .invalidFirstYear),
    ])
    func refused(configuration: SampleConfiguration, code: SampleError.Code) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let error = #expect(throws: SampleError.self) { try SampleGenerator.write(configuration, to: directory.url) }
        #expect(error?.code == code)
        #expect(error?.description.contains("Posible solución") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    @Test("an output path that is a file cannot become a directory")
    func unwritable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let blocker = directory.url.appendingPathComponent("ocupado")
        try Data("x".utf8).write(to: blocker)
        let error = #expect(throws: SampleError.self) {
            try SampleGenerator.write(SampleConfiguration(students: 10, years: 1), to: blocker)
        }
        #expect(error?.code == .cannotCreateDirectory)
        #expect(error?.description.hasPrefix("No se pudo crear la carpeta") == true)
    }
}
