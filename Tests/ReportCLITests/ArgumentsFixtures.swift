import Synchronization
@testable import ReportCLI

/// A fake tool, `demo`, with every kind of argument the parser supports.
enum DemoTool {
    /// A leaf with a variadic argument and one option of each kind.
    static let report = CommandSpec(
        name: "report",
        abstract: "Escribe el informe de prueba.",
        discussion: "Lee uno o más archivos y escribe las tablas en la carpeta indicada, "
            + "con los mismos nombres en cada ejecución.",
        arguments: [ArgumentSpec("inputs", arity: .oneOrMore, help: "Archivos o carpetas de entrada.")],
        options: [
            .text("out", valueName: "dir", isRequired: true, help: "Carpeta de salida."),
            .flag("excel", help: "También escribe copias para una hoja de cálculo en español."),
            .repeating("kind", valueName: "k", help: "Tipo de cada archivo, en orden."),
            .choice("format", values: ["csv", "md", "json"], default: "csv",
                    help: "Formato de la tabla que se escribe en la salida estándar."),
            .integer("students", valueName: "n", default: 1000, range: 1...Int.max,
                     help: "Número de estudiantes."),
            .integer("desplazamiento-anio", valueName: "n",
                     help: "Años que se suman a cada fecha, con signo."),
            .text("fecha-corte", valueName: "mm-dd", default: "03-31", help: "Fecha de corte."),
            .text("label", valueName: "text", help: "Etiqueta opcional."),
        ],
        handler: { arguments, output in
            output.standardOutput.write("informe en \(arguments.string("out") ?? "?")\n")
        })

    /// A leaf with an optional argument followed by a variadic one that may be empty.
    static let list = CommandSpec(
        name: "list",
        abstract: "Lista archivos.",
        arguments: [
            ArgumentSpec("root", arity: .optional, help: "Carpeta raíz."),
            ArgumentSpec("patterns", arity: .zeroOrMore, help: "Patrones."),
        ],
        handler: { _, _ in })

    /// A nested group.
    static let bench = CommandSpec(
        name: "bench",
        abstract: "Mide tiempos.",
        subcommands: [
            CommandSpec(name: "compare", abstract: "Compara dos ejecuciones.", handler: { _, _ in }),
        ])

    /// A leaf whose handler fails, with a plain failure or with a validation error.
    static let fail = CommandSpec(
        name: "fail",
        abstract: "Siempre falla.",
        options: [.flag("usage", help: "Falla como error de uso.")],
        handler: { arguments, _ in
            if arguments.flag("usage") {
                throw UsageError(.invalidValue(value: "13-45", option: "--fecha-corte", expected: "MM-DD"))
            }
            throw DemoFailure(file: "datos.csv")
        })

    /// The root group.
    static let root = CommandSpec(
        name: "demo",
        abstract: "Herramienta de demostración.",
        version: "9.8.7",
        subcommands: [report, list, bench, fail])
}

/// A handler failure carrying structured data, as real commands' errors do.
struct DemoFailure: UserFacingError {
    /// The file that could not be processed.
    let file: String

    var userMessage: String { "no se pudo leer '\(file)'" }
}

/// Text written to a ``TextSink``, kept for inspection.
final class CapturedText: Sendable {
    private let storage = Mutex("")

    /// A sink appending to this capture.
    var sink: TextSink {
        TextSink { text in self.storage.withLock { $0 += text } }
    }

    /// Everything written so far.
    var text: String { storage.withLock { $0 } }
}

/// The outcome of running `DemoTool` once.
struct DemoRun {
    /// The exit status.
    let status: Int32
    /// What was written to stdout.
    let standardOutput: String
    /// What was written to stderr.
    let standardError: String
}

/// Runs `DemoTool.root` on `arguments` with captured streams.
func runDemo(_ arguments: [String]) async -> DemoRun {
    let out = CapturedText()
    let err = CapturedText()
    let tool = CommandLineTool(
        root: DemoTool.root, output: CommandOutput(standardOutput: out.sink, standardError: err.sink))
    let status = await tool.main(arguments: arguments)
    return DemoRun(status: status, standardOutput: out.text, standardError: err.text)
}
