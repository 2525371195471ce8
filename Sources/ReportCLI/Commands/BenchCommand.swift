import Foundation
import Indicators

/// `trayectorias bench`: release-mode measurements (not tests). Comparisons with DuckDB and Polars
/// live in `bench/` (Python, run in the same session on the same files).
enum BenchCommand {
    static let spec = CommandSpec(
        name: "bench",
        abstract: "Mide la velocidad del motor (use una compilación release).",
        discussion: "Ejemplo: swift run -c release trayectorias bench ingest matricula_grande.csv. La comparación con DuckDB y Polars está en bench/ (run_bench.py, ingest_bench.py).",
        subcommands: [ingest])

    static let ingest = CommandSpec(
        name: "ingest",
        abstract: "Mide la lectura: MB/s y filas/s al cargar los archivos en el almacén columnar.",
        arguments: [ArgumentSpec("inputs", arity: .oneOrMore, help: "Archivos o carpetas de entrada.")],
        options: [.integer("repeat", valueName: "R", default: 3, range: 1...100, help: "Repeticiones (se informa la mejor).")]
    ) { arguments, output in
        let inputs = arguments.strings("inputs")
        var best = Double.infinity
        var rows = 0, bytes = 0
        for attempt in 1...(arguments.int("repeat") ?? 3) {
            var clock = Stopwatch()
            let result = Ingestor.load(inputs)
            let seconds = clock.lap()
            rows = result.files.reduce(0) { $0 + $1.rowsRead }
            bytes = result.files.reduce(0) { total, file in
                total + ((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0)
            }
            output.standardOutput.write("intento \(attempt): \(seconds) s\n")
            best = min(best, seconds)
        }
        let megabytes = Double(bytes) / 1e6
        output.standardOutput.write(String(format: "lectura: %.1f MB, %d filas, mejor %.3f s: %.0f MB/s, %.2f M filas/s (%d núcleos)\n",
                                           megabytes, rows, best, megabytes / best, Double(rows) / best / 1e6, workerCount))
    }
}
