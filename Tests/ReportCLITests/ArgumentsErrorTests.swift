import Testing
@testable import ReportCLI

@Suite("Usage errors")
struct ArgumentsErrorTests {
    /// Each bad command line for `demo report`, the error it raises and its Spanish message.
    static let cases: [([String], UsageError.Code, String)] = [
        (["a", "--out"], .missingValue(option: "--out"),
         "falta el valor de la opción '--out'"),
        (["a", "--out", "--excel"], .missingValue(option: "--out"),
         "falta el valor de la opción '--out'"),
        (["a", "--out", "d", "--foo"], .unknownOption("--foo"),
         "opción desconocida '--foo'"),
        (["a", "--out", "d", "--foo=1"], .unknownOption("--foo"),
         "opción desconocida '--foo'"),
        (["a", "--out", "d", "-x"], .unknownOption("-x"),
         "opción desconocida '-x'"),
        (["a", "--out", "d", "--students", "x"], .notAnInteger(value: "x", option: "--students"),
         "el valor 'x' de '--students' no es un número entero"),
        (["a", "--out", "d", "--students", "2.5"], .notAnInteger(value: "2.5", option: "--students"),
         "el valor '2.5' de '--students' no es un número entero"),
        (["a", "--out", "d", "--students", "0"],
         .outOfRange(value: 0, option: "--students", range: 1...Int.max),
         "el valor '0' de '--students' debe ser mayor o igual que 1"),
        (["a", "--out", "d", "--format", "xml"],
         .invalidChoice(value: "xml", option: "--format", allowed: ["csv", "md", "json"]),
         "valor 'xml' no válido para '--format' (valores: csv, md, json)"),
        (["--out", "d"], .missingArgument("<inputs>"),
         "falta el argumento obligatorio '<inputs>'"),
        (["a"], .missingOption("--out <dir>"),
         "falta la opción obligatoria '--out <dir>'"),
        (["a", "--out", "d", "--excel=si"], .unexpectedValue(option: "--excel", value: "si"),
         "la opción '--excel' no admite valor, pero se indicó 'si'"),
    ]

    @Test("each bad command line raises its error with its Spanish message", arguments: cases)
    func badCommandLine(tokens: [String], code: UsageError.Code, message: String) {
        #expect(throws: UsageError(code)) { try DemoTool.report.parse(tokens[...]) }
        #expect(UsageError(code).userMessage == message)
    }

    @Test("a positional value no argument accepts is unexpected")
    func unexpectedArgument() {
        let compare = DemoTool.bench.subcommands[0]
        #expect(throws: UsageError(.unexpectedArgument("x"))) { try compare.parse(["x", "y"]) }
        #expect(UsageError(.unexpectedArgument("x")).userMessage == "argumento inesperado 'x'")
    }

    @Test("range messages name the bounds that exist",
          arguments: [(1...5, "un número entre 1 y 5"), (Int.min...9, "menor o igual que 9")])
    func rangeMessages(range: ClosedRange<Int>, wording: String) {
        let error = UsageError(.outOfRange(value: 10, option: "--n", range: range))
        #expect(error.userMessage == "el valor '10' de '--n' debe ser \(wording)")
    }
}
