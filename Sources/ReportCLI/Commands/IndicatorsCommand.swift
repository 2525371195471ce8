import Indicators
import Risk

/// `trayectorias indicators`: an ad-hoc indicator table on stdout.
enum IndicatorsCommand {
    static let spec = CommandSpec(
        name: "indicators",
        abstract: "Muestra una tabla de indicadores agrupada por las dimensiones que se pidan.",
        discussion: "Dimensiones para --by (separadas por comas): \(AdHocTable.dimensionNames.joined(separator: ", ")). Sin --by se agrupa solo por año (todo el territorio).",
        arguments: [ArgumentSpec("inputs", arity: .oneOrMore, help: "Archivos o carpetas de entrada.")],
        options: [
            .text("by", valueName: "DIMENSIONS", default: "", help: "Dimensiones de agrupación, p. ej. municipio,nivel."),
            .integer("year", valueName: "Y", range: 2000...2100, help: "Solo este año."),
            .choice("format", values: ["csv", "md", "json"], default: "csv", help: "Formato de salida."),
            .text("institution", valueName: "CODIGO", help: "Solo esta institución (código DANE), seguida de sus alertas."),
        ] + CommonOptions.specs
    ) { arguments, output in
        var by = (arguments.string("by") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let institution = arguments.string("institution")
        if institution != nil && !by.contains("institucion") { by.insert("institucion", at: 0) }
        for dimension in by where AdHocTable.dimensions[dimension] == nil {
            throw UsageError(.invalidChoice(value: dimension, option: "--by", allowed: AdHocTable.dimensionNames))
        }
        let options = try CommonOptions.analysisOptions(arguments)
        let progress = Progress(sink: output.standardError, verbose: arguments.flag("verbose"))
        let analysis = Analysis.load(arguments.strings("inputs"), options: options, progress: progress)
        guard analysis.ingest.enrollment.count > 0 else {
            throw CommandFailure("no hay registros de matrícula utilizables en las entradas")
        }
        var table = AdHocTable.make(analysis.context, by: by, year: arguments.int("year"))
        var tables = [table]
        if let institution {
            table = table.filtered { $0("institucion") == institution }
            guard table.rowCount > 0 else {
                throw CommandFailure("la institución '\(institution)' no tiene episodios en las entradas")
            }
            let risk = RiskAnalysis.run(context: analysis.context, saber: analysis.ingest.saber)
            tables = [table, risk.alertTable.filtered { $0("institucion") == institution }]
        }
        for (k, table) in tables.enumerated() {
            if k > 0 { output.standardOutput.write("\n") }
            switch arguments.string("format") {
            case "md": output.standardOutput.write(MarkdownTable.render(table))
            case "json": output.standardOutput.write(JSONTable.render(table))
            default: output.standardOutput.write(String(decoding: CSVTableWriter().bytes(for: table), as: UTF8.self))
            }
        }
    }
}

import Foundation
