import Foundation
import SyntheticData

/// `trayectorias sample`: seeded synthetic SIMAT-style exports.
enum SampleCommand {
    static let spec = CommandSpec(
        name: "sample",
        abstract: "Genera exportaciones sintéticas tipo SIMAT, Saber 11 y directorio.",
        discussion: "Los mismos parámetros producen siempre los mismos archivos. Con --messy cada archivo usa otro delimitador y codificación, y se inyectan filas con errores (para probar la validación).",
        options: [
            .text("out", valueName: "DIR", isRequired: true, help: "Carpeta de salida."),
            .integer("students", valueName: "N", default: 3000, range: 1...20_000_000, help: "Estudiantes del primer año (aprox.)."),
            .integer("years", valueName: "Y", default: 4, range: 1...30, help: "Años escolares consecutivos."),
            .integer("first-year", valueName: "A", default: 2019, range: 2000...2090, help: "Primer año."),
            .integer("seed", valueName: "S", default: 42, range: 0...Int.max, help: "Semilla del generador."),
            .flag("messy", help: "Varía dialecto y codificación por archivo e inyecta filas con errores."),
            .integer("missing-per-id", valueName: "POR_MIL", range: 0...1000,
                     help: "Filas de matrícula escritas sin PER_ID (con su documento), por mil: 20 con --messy y 0 sin él por omisión. Cambiarlo no cambia nada más de los archivos."),
        ]
    ) { arguments, output in
        let configuration = SampleConfiguration(
            students: arguments.int("students") ?? 3000, years: arguments.int("years") ?? 4,
            firstYear: arguments.int("first-year") ?? 2019, seed: UInt64(arguments.int("seed") ?? 42),
            messy: arguments.flag("messy"),
            missingPersonIDShare: arguments.int("missing-per-id").map { Double($0) / 1000 })
        do {
            try configuration.validate()
        } catch let error as SampleError {
            throw UsageError(.invalidValue(value: error.found, option: error.subject, expected: error.description))
        }
        let folder = URL(fileURLWithPath: arguments.string("out")!)
        let manifest: SampleManifest
        do {
            manifest = try SampleGenerator.write(configuration, to: folder)
        } catch let error as SampleError {
            throw CommandFailure(error.description)
        }
        for file in manifest.files {
            output.standardOutput.write("\(file.path): \(file.rows) filas (\(file.kind.rawValue), '\(file.delimiter)', \(file.encoding.rawValue))\n")
        }
        if !manifest.injected.isEmpty {
            let injected = manifest.injected.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            output.standardOutput.write("Filas con errores inyectadas: \(injected.joined(separator: ", "))\n")
        }
    }
}
