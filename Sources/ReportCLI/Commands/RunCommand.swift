import Foundation
import Indicators
import Risk

/// `trayectorias run`: the whole batch (SPEC §9).
enum RunCommand {
    static let spec = CommandSpec(
        name: "run",
        abstract: "Calcula indicadores, alertas y reportes a partir de las exportaciones.",
        discussion: "Lee matrícula SIMAT, Saber 11, directorio y referencia MEN; vincula a cada estudiante entre años; escribe las tablas de indicadores, la calidad de los datos, los rechazos y resumen.json en la carpeta de salida.",
        arguments: [ArgumentSpec("inputs", arity: .oneOrMore, help: "Archivos o carpetas de entrada (.csv, .txt, .tsv).")],
        options: [
            .text("out", valueName: "DIR", isRequired: true, help: "Carpeta de salida."),
            .flag("excel", help: "Escribe también diagnostico.xlsx y copias CSV con ';' y coma decimal."),
            .flag("estudiantes", help: "Escribe listas de estudiantes en riesgo por institución (datos personales)."),
            .flag("publico", help: "Suprime celdas pequeñas (1 a 4) y no escribe datos por estudiante."),
            .flag("sin-reportes", help: "Solo tablas: no escribe los reportes HTML y Markdown."),
            .text("reglas", valueName: "ARCHIVO", help: "Archivo de reglas de alertas y priorización (clave = valor); por omisión los valores de la SPEC."),
        ] + CommonOptions.specs
    ) { arguments, output in
        let options = try CommonOptions.analysisOptions(arguments)
        let rules = try loadRules(arguments.string("reglas"))
        let isPublic = arguments.flag("publico")
        let progress = Progress(sink: output.standardError, verbose: arguments.flag("verbose"))
        var analysis = Analysis.load(arguments.strings("inputs"), options: options, progress: progress)
        guard analysis.ingest.enrollment.count > 0 else {
            for error in analysis.ingest.errors { output.standardError.write("Error: \(error.description)\n") }
            throw CommandFailure("no hay registros de matrícula utilizables en las entradas")
        }
        let folder = try OutputFolder(path: arguments.string("out")!, isPublic: isPublic)
        var clock = Stopwatch()
        progress.stage("Indicadores")
        let computed = RunTables(analysis, rules: rules)
        let tables = computed.all
        analysis.timings.append(StageTiming(key: "indicadores_s", seconds: clock.lap()))
        progress.stage("Escritura de tablas")
        let quality = DataQuality.table(analysis.qualityFindings)
        let rejects = DataQuality.rejectsTable(analysis.ingest)
        for table in tables + [quality, rejects] { try folder.write(table) }
        if arguments.flag("excel") { try folder.writeExcel(tables + [quality]) }
        analysis.timings.append(StageTiming(key: "escritura_s", seconds: clock.lap()))
        let summary = RunSummary(analysis: analysis, parameters: CommonOptions.summaryParameters(options, isPublic: isPublic),
                                 timings: analysis.timings)
        try folder.writeBytes(Array(summary.json().utf8), to: "resumen.json")
        if progress.enabled {
            for timing in analysis.timings { output.standardError.write("  \(timing.key): \(timing.seconds) s\n") }
        }
        output.standardOutput.write(ConsoleSummary.text(analysis))
        output.standardOutput.write("Tablas escritas en \(folder.path)\n")
    }

    /// The indicator tables of SPEC §8, in output order.
    /// The rules file, or the SPEC's defaults.
    static func loadRules(_ path: String?) throws -> RiskRules {
        guard let path else { return RiskRules() }
        do {
            return try RiskRules.load(path: path)
        } catch let error as RiskRulesError {
            throw CommandFailure(error.description)
        }
    }
}
