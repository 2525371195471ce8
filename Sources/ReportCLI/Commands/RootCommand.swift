import Indicators

/// The `trayectorias` command tree.
enum RootCommand {
    static let spec = CommandSpec(
        name: "trayectorias",
        abstract: "Indicadores de trayectorias educativas a partir de exportaciones SIMAT e ICFES.",
        discussion: "Para empezar: trayectorias run sample-data --out salida",
        version: trayectoriasVersion,
        subcommands: [RunCommand.spec, ValidateCommand.spec, IndicatorsCommand.spec, StudentCommand.spec, SampleCommand.spec])
}
