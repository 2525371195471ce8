import Testing
@testable import ReportCLI

/// Help pages compared with snapshots whose line breaks were checked by hand against the
/// 80-column width and the description column at 26.
@Suite("Help text")
struct ArgumentsHelpTests {
    static let rootHelp = """
        OVERVIEW: Herramienta de demostración.

        USAGE: demo <subcommand>

        OPTIONS:
          --version               Muestra la versión.
          -h, --help              Muestra esta ayuda.

        SUBCOMMANDS:
          report                  Escribe el informe de prueba.
          list                    Lista archivos.
          bench                   Mide tiempos.
          fail                    Siempre falla.

          Consulte 'demo help <subcommand>' para ver la ayuda detallada.

        """

    static let reportHelp = """
        OVERVIEW: Escribe el informe de prueba.

        Lee uno o más archivos y escribe las tablas en la carpeta indicada, con los
        mismos nombres en cada ejecución.

        USAGE: demo report <inputs> ... --out <dir> [--excel] [--kind <k> ...] [--format <format>] \
        [--students <n>] [--desplazamiento-anio <n>] [--fecha-corte <mm-dd>] [--label <text>]

        ARGUMENTS:
          <inputs>                Archivos o carpetas de entrada.

        OPTIONS:
          --out <dir>             Carpeta de salida.
          --excel                 También escribe copias para una hoja de cálculo en
                                  español.
          --kind <k>              Tipo de cada archivo, en orden.
          --format <format>       Formato de la tabla que se escribe en la salida
                                  estándar. (values: csv, md, json; default: csv)
          --students <n>          Número de estudiantes. (default: 1000)
          --desplazamiento-anio <n>
                                  Años que se suman a cada fecha, con signo.
          --fecha-corte <mm-dd>   Fecha de corte. (default: 03-31)
          --label <text>          Etiqueta opcional.
          -h, --help              Muestra esta ayuda.

        """

    static let benchHelp = """
        OVERVIEW: Mide tiempos.

        USAGE: demo bench <subcommand>

        OPTIONS:
          -h, --help              Muestra esta ayuda.

        SUBCOMMANDS:
          compare                 Compara dos ejecuciones.

          Consulte 'demo help bench <subcommand>' para ver la ayuda detallada.

        """

    static let listHelp = """
        OVERVIEW: Lista archivos.

        USAGE: demo list [<root>] [<patterns> ...]

        ARGUMENTS:
          <root>                  Carpeta raíz.
          <patterns>              Patrones.

        OPTIONS:
          -h, --help              Muestra esta ayuda.

        """

    @Test("the root lists its options and subcommands and points to 'help'")
    func root() {
        #expect(DemoTool.root.helpText(path: ["demo"]) == Self.rootHelp)
    }

    @Test("a leaf shows every kind of argument, defaults, allowed values and wrapped descriptions")
    func leaf() {
        #expect(DemoTool.report.helpText(path: ["demo", "report"]) == Self.reportHelp)
    }

    @Test("a nested group's help points to 'demo help bench <subcommand>'")
    func nestedGroup() {
        #expect(DemoTool.bench.helpText(path: ["demo", "bench"]) == Self.benchHelp)
    }

    @Test("optional and zero-or-more arguments are bracketed in the usage line")
    func optionalArguments() {
        #expect(DemoTool.list.helpText(path: ["demo", "list"]) == Self.listHelp)
    }

    @Test("wrapping breaks between words, indents every line and keeps paragraphs")
    func wrapping() {
        #expect("uno dos tres cuatro".wrapped(to: 10, indent: 2) == "  uno dos\n  tres\n  cuatro")
        #expect("a\n\nb".wrapped(to: 10) == "a\n\nb")
        #expect("extraordinariamente largo".wrapped(to: 8) == "extraordinariamente\nlargo")
    }
}
