import Foundation
import Indicators
import Risk

/// `trayectorias bench`: release-mode measurements (not tests). Comparisons with DuckDB and Polars
/// live in `bench/` (Python, run in the same session on the same files).
enum BenchCommand {
    static let spec = CommandSpec(
        name: "bench",
        abstract: "Mide la velocidad del motor (use una compilación release).",
        discussion: "Ejemplo: swift run -c release trayectorias bench ingest matricula_grande.csv. La comparación con DuckDB y Polars está en bench/ (run_bench.py, ingest_bench.py).",
        subcommands: [ingest, model])

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

    static let model = CommandSpec(
        name: "model",
        abstract: "Mide la alerta temprana: segundos de CPU y de reloj de EarlyWarning.run, solo, sobre las entradas ya leídas y vinculadas.",
        discussion: "El presupuesto del issue 15 es de menos de 3 s de CPU con 1 M de estudiantes × 6 años (trayectorias sample --students 1000000 --years 6). Cada repetición corre el modelo entero; se informan todas y la mediana.",
        arguments: [ArgumentSpec("inputs", arity: .oneOrMore, help: "Archivos o carpetas de entrada.")],
        options: [.integer("repeat", valueName: "R", default: 5, range: 1...100, help: "Repeticiones (se informa cada una y la mediana).")]
    ) { arguments, output in
        let analysis = Analysis.load(arguments.strings("inputs"), options: AnalysisOptions(),
                                     progress: Progress(sink: output.standardError, verbose: false))
        guard analysis.ingest.enrollment.count > 0 else {
            throw CommandFailure("no hay registros de matrícula utilizables en las entradas")
        }
        var cpu: [Double] = [], wall: [Double] = []
        for attempt in 1...(arguments.int("repeat") ?? 5) {
            var clock = Stopwatch()
            let start = Platform.processCPUSeconds
            let result = EarlyWarning.run(context: analysis.context)
            cpu.append(Platform.processCPUSeconds - start)
            wall.append(clock.lap())
            withExtendedLifetime(result) {}
            output.standardOutput.write(String(format: "intento %d: %.2f s de CPU, %.2f s de reloj\n",
                                               attempt, cpu.last!, wall.last!))
        }
        func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted.count % 2 == 1 ? sorted[sorted.count / 2]
                : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        output.standardOutput.write(String(format: "modelo: %d registros, mediana %.2f s de CPU y %.2f s de reloj (%d núcleos)\n",
                                           analysis.ingest.enrollment.count, median(cpu), median(wall), workerCount))
    }
}
