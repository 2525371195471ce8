import Testing
@testable import ReportCLI

@Suite("Running the tool: streams and exit codes")
struct ArgumentsRunnerTests {
    /// The usage block `demo report` prints on stderr after its error line.
    static let reportUsage = """
        Uso: demo report <inputs> ... --out <dir> [--excel] [--kind <k> ...] [--format <format>] \
        [--students <n>] [--desplazamiento-anio <n>] [--fecha-corte <mm-dd>] [--label <text>]
          Consulte 'demo report --help' para más información.

        """

    @Test("a valid command line runs its handler and exits 0")
    func success() async {
        let run = await runDemo(["report", "a.csv", "--out", "salida"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "informe en salida\n")
        #expect(run.standardError.isEmpty)
    }

    /// Command lines asking for help, with the command whose page they show.
    static let helpRequests: [([String], String)] = [
        ([], "demo"), (["--help"], "demo"), (["-h"], "demo"), (["help"], "demo"),
        (["report", "--help"], "demo report"), (["report", "a.csv", "--format", "xml", "-h"], "demo report"),
        (["help", "report"], "demo report"), (["bench"], "demo bench"), (["help", "bench"], "demo bench"),
    ]

    @Test("help in every form goes to stdout with exit 0", arguments: helpRequests)
    func help(arguments: [String], page: String) async {
        let pages = [
            "demo": ArgumentsHelpTests.rootHelp, "demo report": ArgumentsHelpTests.reportHelp,
            "demo bench": ArgumentsHelpTests.benchHelp,
        ]
        let run = await runDemo(arguments)
        #expect(run.status == 0)
        #expect(run.standardOutput == pages[page])
        #expect(run.standardError.isEmpty)
    }

    @Test("below a group, 'help' is an ordinary value: a file may be called help")
    func helpAsValue() async {
        let run = await runDemo(["report", "help", "--out", "d"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "informe en d\n")
    }

    @Test("--version on the root prints the version with exit 0")
    func version() async {
        let run = await runDemo(["--version"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "9.8.7\n")
    }

    @Test("a bad command line prints the error and the usage line on stderr and exits 64")
    func usageError() async {
        let run = await runDemo(["report", "a.csv", "--out"])
        #expect(run.status == 64)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError == "Error: falta el valor de la opción '--out'\n" + Self.reportUsage)
    }

    @Test("--version is only an option of the root")
    func versionOnLeaf() async {
        let run = await runDemo(["report", "a.csv", "--out", "d", "--version"])
        #expect(run.status == 64)
        #expect(run.standardError == "Error: opción desconocida '--version'\n" + Self.reportUsage)
    }

    @Test("unknown subcommands and root options fail with the root's usage",
          arguments: [
              (["nada"], "subcomando desconocido 'nada'"), (["help", "nada"], "subcomando desconocido 'nada'"),
              (["--foo"], "opción desconocida '--foo'"),
          ])
    func rootErrors(arguments: [String], message: String) async {
        let run = await runDemo(arguments)
        #expect(run.status == 64)
        #expect(run.standardError == """
            Error: \(message)
            Uso: demo <subcommand>
              Consulte 'demo --help' para más información.

            """)
    }

    @Test("a nested leaf's errors name its full path")
    func nestedError() async {
        let run = await runDemo(["bench", "compare", "--x"])
        #expect(run.status == 64)
        #expect(run.standardError == """
            Error: opción desconocida '--x'
            Uso: demo bench compare
              Consulte 'demo bench compare --help' para más información.

            """)
    }

    @Test("a handler's failure prints its Spanish message and exits 1")
    func failure() async {
        let run = await runDemo(["fail"])
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError == "Error: no se pudo leer 'datos.csv'\n")
    }

    @Test("a usage error thrown by a handler's own validation exits 64 with the usage line")
    func handlerUsageError() async {
        let run = await runDemo(["fail", "--usage"])
        #expect(run.status == 64)
        #expect(run.standardError == """
            Error: valor '13-45' no válido para '--fecha-corte': se esperaba MM-DD
            Uso: demo fail [--usage]
              Consulte 'demo fail --help' para más información.

            """)
    }
}
