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
            .flag("sin-modelo", help: "No calcula la alerta temprana por estudiante (ni modelo_validacion ni listas)."),
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
        let folder = try OutputFolder(path: arguments.string("out")!, isPublic: isPublic,
                                      waiting: { output.standardError.write($0) })
        do {
            try write(into: folder, analysis: &analysis, rules: rules, arguments: arguments, progress: progress,
                      warnings: output.standardError)
            try folder.commit()
        } catch {
            folder.abandon()
            throw error
        }
        output.standardOutput.write(ConsoleSummary.text(analysis))
        output.standardOutput.write("Tablas escritas en \(folder.destination)\n")
    }

    /// Computes and writes every output of the run into the folder's staging area (SPEC §8).
    static func write(into folder: OutputFolder, analysis: inout Analysis, rules: RiskRules,
                      arguments: ParsedArguments, progress: Progress, warnings output: TextSink) throws {
        let isPublic = folder.isPublic
        let options = try CommonOptions.analysisOptions(arguments)
        progress.stage("Indicadores y alertas")
        // The early-warning model runs beside the other tables and their writing.
        let context = analysis.context
        let ruta = analysis.ingest.ruta
        let model = arguments.flag("sin-modelo") ? nil : BackgroundTask { () -> (EarlyWarningResult, Double) in
            var clock = Stopwatch()
            let warning = EarlyWarning.run(context: context, ruta: ruta)
            return (warning, clock.lap())
        }
        // The workbook and the reports read the detail tables again; without them, each leaves memory
        // once written.
        let keepsDetail = arguments.flag("excel") || !arguments.flag("sin-reportes")
        var computed = try RunTables(analysis, rules: rules, isPublic: isPublic, keepsDetail: keepsDetail) {
            try folder.write([$0])
        }
        analysis.timings += computed.timings
        var clock = Stopwatch()
        progress.stage("Escritura de tablas")
        let quality = DataQuality.table(analysis.qualityFindings)
        let rejects = DataQuality.rejectsTable(analysis.ingest)
        // The rejects hold raw rows (personal data): never written in public mode. Without the model,
        // the tables it would complete are written in the same parallel batch.
        try folder.write(computed.independentOfModel + [quality] + (isPublic ? [] : [rejects])
                         + (model == nil ? computed.dependentOnModel : []))
        let writingBeforeModel = clock.lap()
        if let (warning, seconds) = model?.value {
            computed.join(warning, year: analysis.linked.years.last ?? 0)
            analysis.timings.append(StageTiming(key: "modelo_s", seconds: seconds))
        }
        _ = clock.lap()   // waiting for the model: part of modelo_s
        if model != nil { try folder.write(computed.dependentOnModel) }
        let tables = computed.all
        if arguments.flag("excel") { try folder.writeExcel(tables + [quality]) }
        if arguments.flag("estudiantes") {
            if isPublic {
                output.write("Aviso: con --publico no se escriben listas de estudiantes.\n")
            } else if let warning = computed.warning {
                try folder.writeStudentLists(warning.studentTables(context: analysis.context))
            }
        }
        analysis.timings.append(StageTiming(key: "escritura_s", seconds: writingBeforeModel + clock.lap()))
        if !arguments.flag("sin-reportes") {
            progress.stage("Reportes")
            try writeReports(tables + [quality], analysis: analysis, warning: computed.warning, folder: folder,
                             isPublic: isPublic)
            analysis.timings.append(StageTiming(key: "reportes_s", seconds: clock.lap()))
        }
        let summary = RunSummary(analysis: analysis, parameters: CommonOptions.summaryParameters(options, isPublic: isPublic),
                                 timings: analysis.timings)
        try folder.writeBytes(Array(summary.json().utf8), to: "resumen.json")
        if progress.enabled {
            for timing in analysis.timings { output.write("  \(timing.key): \(timing.formattedSeconds) s\n") }
        }
    }

    /// The per-institution diagnostics, the territorial report and the index (tables unsuppressed:
    /// the reports apply `--publico` themselves).
    static func writeReports(_ tables: [ResultTable], analysis: Analysis, warning: EarlyWarningResult?,
                             folder: OutputFolder, isPublic: Bool) throws {
        var byName: [String: ResultTable] = [:]
        for table in tables { byName[table.name] = table }
        if !analysis.ingest.ruta.isEmpty {
            byName[BalanceDose.inputTableName] = BalanceDose.inputTable(analysis.ingest.ruta)
        }
        let cohorts = CohortTable.makeByInstitution(analysis.context)
        let inputs = ReportInputs(tables: byName, cohortByInstitution: { cohorts[$0] }, modelNote: warning?.note,
                                  isPublic: isPublic)
        do {
            try DiagnosticReports.write(inputs, to: folder.path)
        } catch {
            throw CommandFailure(folder.userMessage(error.description))
        }
    }

    /// The rules file, or the SPEC's defaults.
    static func loadRules(_ path: String?) throws -> RiskRules {
        guard let path else { return RiskRules() }
        do {
            return try RiskRules.load(path: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
