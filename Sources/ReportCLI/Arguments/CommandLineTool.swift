/// The runner: parses a command line against a ``CommandSpec`` tree and runs the chosen handler.
///
/// `main.swift` calls `exit(await tool.main(arguments: Array(CommandLine.arguments.dropFirst())))`;
/// tests call ``main(arguments:)`` directly with capturing sinks.
struct CommandLineTool: Sendable {
    /// Exit status after a successful run, help or version.
    static let successStatus: Int32 = 0
    /// Exit status when a handler fails.
    static let failureStatus: Int32 = 1
    /// Exit status for a command line that cannot be run (BSD `EX_USAGE`).
    static let usageStatus: Int32 = 64

    /// What a command line asks for once its subcommands are followed.
    private enum Request {
        case help
        case version(String)
        case run(ParsedArguments, CommandSpec.Handler)
    }

    /// The tool's root command; its name is the executable's.
    let root: CommandSpec
    /// Where help, results and errors are written.
    let output: CommandOutput

    /// A runner for `root` that writes to `output`.
    init(root: CommandSpec, output: CommandOutput = .process) {
        self.root = root
        self.output = output
    }

    /// Runs the command line `arguments` (without the executable's name) and returns the exit status.
    ///
    /// Help and `--version` go to stdout with 0. A bad command line prints `Error: …`, the usage
    /// line and a pointer to `--help` on stderr and returns 64; so does a ``UsageError`` thrown by a
    /// handler. Any other handler error prints `Error: …` on stderr and returns 1.
    func main(arguments: [String]) async -> Int32 {
        var chain = [root]
        do {
            switch try resolve(arguments[...], chain: &chain) {
            case .help:
                output.standardOutput.write(chain[chain.count - 1].helpText(path: chain.map(\.name)))
            case .version(let version):
                output.standardOutput.write(version + "\n")
            case .run(let parsed, let handler):
                try await handler(parsed, output)
            }
            return Self.successStatus
        } catch let error as UsageError {
            reportUsage(error, chain: chain)
            return Self.usageStatus
        } catch let error as UserFacingError {
            output.standardError.write("Error: \(error.userMessage)\n")
            return Self.failureStatus
        } catch {
            output.standardError.write("Error: \(error)\n")
            return Self.failureStatus
        }
    }

    /// Follows subcommand names from the root, appending each to `chain`, then parses the leaf.
    private func resolve(
        _ tokens: ArraySlice<String>, chain: inout [CommandSpec]
    ) throws(UsageError) -> Request {
        var remaining = tokens
        while case .group(let subcommands, let version) = chain[chain.count - 1].body {
            guard let token = remaining.popFirst(), token != "-h", token != "--help" else { return .help }
            if token == "--version", let version { return .version(version) }
            if token == "help" { return try resolveHelp(remaining, chain: &chain) }
            if CommandSpec.looksLikeOption(token) { throw UsageError(.unknownOption(token)) }
            guard let subcommand = subcommands.first(where: { $0.name == token }) else {
                throw UsageError(.unknownSubcommand(token))
            }
            chain.append(subcommand)
        }
        guard case .leaf(_, _, let handler) = chain[chain.count - 1].body else {
            preconditionFailure("the loop above only stops at a leaf")
        }
        if CommandSpec.requestsHelp(remaining) { return .help }
        return .run(try chain[chain.count - 1].parse(remaining), handler)
    }

    /// Resolves `help NAME…` to the help of the named subcommand.
    private func resolveHelp(
        _ names: ArraySlice<String>, chain: inout [CommandSpec]
    ) throws(UsageError) -> Request {
        for name in names {
            guard let subcommand = chain[chain.count - 1].subcommand(named: name) else {
                throw UsageError(.unknownSubcommand(name))
            }
            chain.append(subcommand)
        }
        return .help
    }

    private func reportUsage(_ error: UsageError, chain: [CommandSpec]) {
        let path = chain.map(\.name)
        let command = path.joined(separator: " ")
        output.standardError.write("""
            Error: \(error.userMessage)
            Uso: \(chain[chain.count - 1].usage(path: path))
              Consulte '\(command) --help' para más información.

            """)
    }
}
