import Testing
@testable import ReportCLI

@Suite("Parsing a leaf command's arguments")
struct ArgumentsParsingTests {
    private func parse(
        _ tokens: [String], _ command: CommandSpec = DemoTool.report
    ) throws -> ParsedArguments {
        try command.parse(tokens[...])
    }

    @Test("variadic inputs, an option with a separate value and a flag")
    func variadicOptionAndFlag() throws {
        let parsed = try parse(["a.csv", "b.csv", "--out", "salida", "--excel"])
        #expect(parsed.strings("inputs") == ["a.csv", "b.csv"])
        #expect(parsed.string("out") == "salida")
        #expect(parsed.flag("excel"))
    }

    @Test("an option's value may follow an equals sign, and may itself contain one")
    func inlineValue() throws {
        let parsed = try parse(["a.csv", "--out=salida", "--label=x=y"])
        #expect(parsed.string("out") == "salida")
        #expect(parsed.string("label") == "x=y")
    }

    @Test("options may come before, between and after positional values")
    func interleaved() throws {
        let parsed = try parse(["--out", "d", "a.csv", "--excel", "b.csv"])
        #expect(parsed.strings("inputs") == ["a.csv", "b.csv"])
        #expect(parsed.flag("excel"))
    }

    @Test("absent options read back as their defaults")
    func defaults() throws {
        let parsed = try parse(["a.csv", "--out", "d"])
        #expect(!parsed.flag("excel"))
        #expect(parsed.strings("kind") == [])
        #expect(parsed.string("format") == "csv")
        #expect(parsed.int("students") == 1000)
        #expect(parsed.int("desplazamiento-anio") == nil)
        #expect(parsed.string("fecha-corte") == "03-31")
        #expect(parsed.string("label") == nil)
    }

    @Test("a repeatable option keeps every value in order")
    func repeating() throws {
        let parsed = try parse(["a.csv", "--kind", "matricula", "--out", "d", "--kind=saber11"])
        #expect(parsed.strings("kind") == ["matricula", "saber11"])
    }

    @Test("a non-repeatable option given twice keeps the last value")
    func lastWins() throws {
        let parsed = try parse(["a.csv", "--out", "uno", "--out", "dos"])
        #expect(parsed.string("out") == "dos")
    }

    @Test("enum and integer values are accepted and typed", arguments: ["csv", "md", "json"])
    func choiceAndInteger(format: String) throws {
        let parsed = try parse(["a.csv", "--out", "d", "--format", format, "--students", "25"])
        #expect(parsed.string("format") == format)
        #expect(parsed.int("students") == 25)
    }

    @Test("a negative number is a value, not an option")
    func negativeValue() throws {
        let parsed = try parse(["a.csv", "--out", "d", "--desplazamiento-anio", "-3"])
        #expect(parsed.int("desplazamiento-anio") == -3)
    }

    @Test("'--' ends the options: what follows is positional even if it starts with dashes")
    func doubleDash() throws {
        let parsed = try parse(["--out", "d", "--", "--excel", "-h", "c.csv"])
        #expect(parsed.strings("inputs") == ["--excel", "-h", "c.csv"])
        #expect(!parsed.flag("excel"))
    }

    @Test("a lone dash is a positional value (conventionally stdin)")
    func loneDash() throws {
        let parsed = try parse(["-", "--out", "d"])
        #expect(parsed.strings("inputs") == ["-"])
    }

    static let listCases: [([String], String?, [String])] = [
        ([], nil, []), (["r"], "r", []), (["r", "p", "q"], "r", ["p", "q"]),
    ]

    @Test("optional and zero-or-more arguments may be absent", arguments: listCases)
    func optionalArity(tokens: [String], root: String?, patterns: [String]) throws {
        let parsed = try parse(tokens, DemoTool.list)
        #expect(parsed.string("root") == root)
        #expect(parsed.strings("patterns") == patterns)
    }

    @Test("help is requested by -h or --help anywhere before '--'")
    func helpRequests() {
        #expect(CommandSpec.requestsHelp(["a", "--help"]))
        #expect(CommandSpec.requestsHelp(["-h"]))
        #expect(!CommandSpec.requestsHelp(["--", "--help"]))
        #expect(!CommandSpec.requestsHelp(["a", "b"]))
    }
}
