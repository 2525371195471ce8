/// A command of the tool: either a leaf that runs a handler, or a group of subcommands.
///
/// The tree is declared once and drives parsing, help and usage lines alike, as in
/// swift-argument-parser. `-h`/`--help` are implicit on every command and `--version`
/// on any group given a version.
struct CommandSpec: Sendable {
    /// The work a leaf command performs with its parsed arguments; throwing fails the run.
    typealias Handler = @Sendable (ParsedArguments, CommandOutput) async throws -> Void

    /// What a command does when invoked.
    enum Body: Sendable {
        /// Parses `arguments` and `options`, then runs `handler`.
        case leaf(arguments: [ArgumentSpec], options: [OptionSpec], handler: Handler)
        /// Dispatches to one of `subcommands`; answers `--version` when `version` is set.
        case group(subcommands: [CommandSpec], version: String?)
    }

    /// The name typed on the command line, in English.
    let name: String
    /// One-line Spanish summary, shown after `OVERVIEW:` and in the parent's `SUBCOMMANDS:`.
    let abstract: String
    /// Longer Spanish explanation shown below the overview; may hold several paragraphs.
    let discussion: String
    /// What the command does.
    let body: Body

    /// Declares a leaf command that parses `arguments` and `options` and runs `handler`.
    init(
        name: String, abstract: String, discussion: String = "",
        arguments: [ArgumentSpec] = [], options: [OptionSpec] = [],
        handler: @escaping Handler
    ) {
        precondition(
            arguments.dropLast().allSatisfy { !$0.isVariadic }, "only the last argument may be variadic")
        let names = arguments.map(\.name) + options.map(\.name)
        precondition(Set(names).count == names.count, "argument and option names must be unique")
        precondition(!options.contains { $0.name == "help" }, "'--help' is implicit")
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.body = .leaf(arguments: arguments, options: options, handler: handler)
    }

    /// Declares a group that dispatches to `subcommands`, printing `version` for `--version`.
    init(
        name: String, abstract: String, discussion: String = "",
        version: String? = nil, subcommands: [CommandSpec]
    ) {
        precondition(!subcommands.isEmpty, "a group needs subcommands")
        let names = subcommands.map(\.name)
        precondition(Set(names).count == names.count && !names.contains("help"), "bad subcommand names")
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.body = .group(subcommands: subcommands, version: version)
    }

    /// The positional arguments of a leaf; empty for a group.
    var arguments: [ArgumentSpec] {
        if case .leaf(let arguments, _, _) = body { return arguments }
        return []
    }

    /// The declared options of a leaf, without the implicit help and version; empty for a group.
    var options: [OptionSpec] {
        if case .leaf(_, let options, _) = body { return options }
        return []
    }

    /// The subcommands of a group; empty for a leaf.
    var subcommands: [CommandSpec] {
        if case .group(let subcommands, _) = body { return subcommands }
        return []
    }

    /// The version a group prints for `--version`, if any.
    var version: String? {
        if case .group(_, let version) = body { return version }
        return nil
    }

    /// The subcommand called `name`, if this is a group that has one.
    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }
}
