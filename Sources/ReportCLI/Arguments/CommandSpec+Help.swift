extension CommandSpec {
    /// Column where descriptions start in help sections, as in swift-argument-parser.
    static let helpLabelColumn = 26
    /// Width help text is wrapped to.
    static let helpScreenWidth = 80

    /// The one-line synopsis after `USAGE:`, e.g. `trayectorias run <inputs> ... --out <dir> [--excel]`.
    ///
    /// - Parameter path: the command names from the tool down, `["trayectorias", "run"]`.
    func usage(path: [String]) -> String {
        let synopses = arguments.map(\.synopsis) + options.map(\.synopsis)
            + (subcommands.isEmpty ? [] : ["<subcommand>"])
        return (path + synopses).joined(separator: " ")
    }

    /// The full help page: `OVERVIEW:`, `USAGE:`, `ARGUMENTS:`, `OPTIONS:`, `SUBCOMMANDS:`.
    ///
    /// - Parameter path: the command names from the tool down, `["trayectorias", "run"]`.
    func helpText(path: [String]) -> String {
        var overview = "OVERVIEW: \(abstract)"
        if !discussion.isEmpty { overview += "\n\n\(discussion)" }
        var blocks = [overview.wrapped(to: Self.helpScreenWidth), "USAGE: \(usage(path: path))"]
        let argumentRows = arguments.map { ($0.label, $0.help) }
        var optionRows = options.map { ($0.helpLabel, $0.helpDescription) }
        if version != nil { optionRows.append(("--version", "Muestra la versión.")) }
        optionRows.append(("-h, --help", "Muestra esta ayuda."))
        let subcommandRows = subcommands.map { ($0.name, $0.abstract) }
        let sections = [("ARGUMENTS", argumentRows), ("OPTIONS", optionRows), ("SUBCOMMANDS", subcommandRows)]
        for (header, rows) in sections where !rows.isEmpty {
            blocks.append("\(header):\n" + rows.map(Self.helpRow).joined(separator: "\n"))
        }
        if !subcommands.isEmpty {
            var helpCommand = path
            helpCommand.insert("help", at: 1)
            let command = helpCommand.joined(separator: " ")
            blocks.append("  Consulte '\(command) <subcommand>' para ver la ayuda detallada.")
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// One label and its description, the description wrapped at the label column.
    private static func helpRow(label: String, description: String) -> String {
        let paddedLabel = "  " + label
        let wrapped = description.wrapped(to: helpScreenWidth, indent: helpLabelColumn)
        guard !description.isEmpty else { return paddedLabel }
        if paddedLabel.count < helpLabelColumn {
            return paddedLabel + wrapped.dropFirst(paddedLabel.count)
        }
        return paddedLabel + "\n" + wrapped
    }
}

extension ArgumentSpec {
    /// How the argument appears in a usage line: `<inputs> ...`, `[<file>]`.
    var synopsis: String {
        switch arity {
        case .required: label
        case .optional: "[\(label)]"
        case .oneOrMore: "\(label) ..."
        case .zeroOrMore: "[\(label) ...]"
        }
    }
}

extension OptionSpec {
    /// How the option is labelled in the `OPTIONS:` section: `--out <dir>`, `--excel`.
    var helpLabel: String {
        takesValue ? "\(flagName) <\(valueName)>" : flagName
    }

    /// How the option appears in a usage line: `--out <dir>`, `[--excel]`, `[--kind <k> ...]`.
    var synopsis: String {
        switch kind {
        case .repeating: "[\(helpLabel) ...]"
        case .text(_, isRequired: true): helpLabel
        default: "[\(helpLabel)]"
        }
    }

    /// The help text followed by allowed values and default: `(values: csv, md; default: csv)`.
    var helpDescription: String {
        var notes: [String] = []
        switch kind {
        case .flag, .repeating:
            break
        case .text(let defaultValue, _):
            notes += defaultValue.map { ["default: \($0)"] } ?? []
        case .choice(let values, let defaultValue):
            notes.append("values: " + values.joined(separator: ", "))
            notes += defaultValue.map { ["default: \($0)"] } ?? []
        case .integer(let defaultValue, _):
            notes += defaultValue.map { ["default: \($0)"] } ?? []
        }
        return notes.isEmpty ? help : "\(help) (\(notes.joined(separator: "; ")))"
    }
}
