import Indicators

/// Options shared by the commands that read inputs (SPEC §9).
enum CommonOptions {
    /// `--kind`, `--encoding`, `--hoja`, `--fecha-corte`, `--umbral-extraedad`, `--verbose`.
    static let specs: [OptionSpec] = [
        .choice("kind", values: FileKind.allCases.map(\.rawValue),
                help: "Tipo de todos los archivos de entrada; por omisión se detecta por el encabezado."),
        .choice("encoding", values: ["utf8", "latin1"],
                help: "Codificación de todos los archivos; por omisión UTF-8 y, si no es válido, Windows-1252."),
        .text("hoja", valueName: "NOMBRE",
              help: "Hoja que se lee de cada libro .xlsx; por omisión, la primera hoja del libro."),
        .text("fecha-corte", valueName: "MM-DD", default: "03-31",
              help: "Fecha de referencia para calcular la edad en cada año."),
        .integer("umbral-extraedad", valueName: "N", default: 2, range: 0...20,
                 help: "Años por encima de la edad teórica que cuentan como extraedad."),
        .flag("verbose", help: "Muestra en stderr el avance y el tiempo de cada etapa."),
    ]

    /// The analysis options from parsed arguments; validates `--fecha-corte`.
    static func analysisOptions(_ arguments: ParsedArguments) throws -> AnalysisOptions {
        var options = AnalysisOptions()
        options.ingest.kind = arguments.string("kind").flatMap(FileKind.init(rawValue:))
        switch arguments.string("encoding") {
        case "utf8": options.ingest.encoding = .utf8
        case "latin1": options.ingest.encoding = .windows1252
        default: break
        }
        options.ingest.sheet = arguments.string("hoja")
        let cutoff = arguments.string("fecha-corte") ?? "03-31"
        let parts = cutoff.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, DayNumber.isValid(year: 2000, month: parts[0], day: parts[1]) else {
            throw UsageError(.invalidValue(value: cutoff, option: "--fecha-corte", expected: "una fecha MM-DD, por ejemplo 03-31"))
        }
        options.linkage = LinkageParameters(cutoffMonth: parts[0], cutoffDay: parts[1],
                                            overAgeThreshold: arguments.int("umbral-extraedad") ?? 2)
        return options
    }

    /// The `parametros` of `resumen.json`.
    static func summaryParameters(_ options: AnalysisOptions, isPublic: Bool) -> [(String, String)] {
        let p = options.linkage
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return [("fecha_corte", "\"\(two(p.cutoffMonth))-\(two(p.cutoffDay))\""),
                ("umbral_extraedad", "\(p.overAgeThreshold)"), ("publico", isPublic ? "true" : "false")]
    }
}
