import Foundation
import Indicators

/// `trayectorias validate`: the data-quality report only.
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Revisa la calidad de los archivos sin calcular indicadores.",
        discussion: "Escribe calidad_datos.csv, rechazos.csv y resumen.json en la carpeta indicada y muestra un resumen por archivo. Termina con código 1 cuando ningún dato es utilizable.",
        arguments: [ArgumentSpec("inputs", arity: .oneOrMore, help: "Archivos o carpetas de entrada (.csv, .txt, .tsv).")],
        options: [.text("out", valueName: "DIR", default: ".", help: "Carpeta de salida.")] + CommonOptions.specs
    ) { arguments, output in
        let options = try CommonOptions.analysisOptions(arguments)
        let progress = Progress(sink: output.standardError, verbose: arguments.flag("verbose"))
        let analysis = Analysis.load(arguments.strings("inputs"), options: options, progress: progress)
        let folder = try OutputFolder(path: arguments.string("out") ?? ".", isPublic: false,
                                      waiting: { output.standardError.write($0) })
        do {
            try folder.write(DataQuality.table(analysis.qualityFindings))
            try folder.write(DataQuality.rejectsTable(analysis.ingest))
            let summary = RunSummary(analysis: analysis, parameters: CommonOptions.summaryParameters(options, isPublic: false),
                                     timings: analysis.timings)
            try folder.writeBytes(Array(summary.json().utf8), to: "resumen.json")
            try folder.commit()
        } catch {
            folder.abandon()
            throw error
        }
        output.standardOutput.write(ConsoleSummary.text(analysis))
        let usable = analysis.ingest.files.contains { $0.rowsUsed > 0 }
        if !usable { throw CommandFailure("ningún archivo tiene filas utilizables") }
    }
}

/// The short Spanish per-file summary printed by `validate` and `run`.
enum ConsoleSummary {
    static func text(_ analysis: Analysis) -> String {
        var out = ""
        for file in analysis.ingest.files {
            out += "\(file.path)\n"
            if let sheet = file.sheet {
                out += "  tipo \(file.kind.rawValue), libro de Excel (.xlsx), hoja '\(sheet)'\n"
            } else {
                out += "  tipo \(file.kind.rawValue), delimitador '\(file.delimiter)', codificación \(file.encoding.rawValue)\n"
            }
            out += "  filas leídas \(file.rowsRead) = usadas \(file.rowsUsed) + rechazadas \(file.rowsRejected) + duplicadas \(file.duplicates)"
            out += file.reconciles ? "\n" : "  (¡no cuadra!)\n"
            if !file.years.isEmpty { out += "  años \(file.years.map(String.init).joined(separator: ", "))\n" }
            for note in file.notes { out += "  nota: \(note)\n" }
            for check in file.checks {
                let column = check.column.isEmpty ? "" : " en \(check.column)"
                out += "  aviso: \(check.check)\(column): \(check.cases) casos (\(check.example))\n"
            }
            for warning in file.warnings {
                out += "  aviso: \(warning.count) valores inválidos en \(warning.column) (p. ej. línea \(warning.exampleLine): '\(warning.exampleValue)')\n"
            }
        }
        for error in analysis.ingest.errors { out += "Error en \(error.description)\n" }
        return out
    }
}
