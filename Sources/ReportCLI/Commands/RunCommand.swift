import Foundation
import Indicators

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
        ] + CommonOptions.specs
    ) { arguments, output in
        let options = try CommonOptions.analysisOptions(arguments)
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
        let tables = indicatorTables(analysis.context, reference: analysis.ingest.menReference)
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
    /// With a MEN reference, territory and municipality rows gain the official rates (`men_*`).
    static func indicatorTables(_ context: IndicatorContext, reference: [MENReferenceRow]) -> [ResultTable] {
        let territoryPlace = MENComparison.territoryPlace(context.institutions)
        let territory = MENComparison.adding(to: IndicatorTables.territory(context), reference: reference) { _ in
            territoryPlace
        }
        let municipalityTable = IndicatorTables.municipality(context)
        var municipalities: [String?] = []
        if case .texts(let values)? = municipalityTable.column(named: "municipio")?.values { municipalities = values }
        let municipality = MENComparison.adding(to: municipalityTable, reference: reference) { row in
            municipalities[row].map { ($0, "") }
        }
        return [territory, municipality, IndicatorTables.institution(context), IndicatorTables.sede(context),
                IndicatorTables.grade(context), IndicatorTables.groups(context), CohortTable.make(context)]
    }
}
