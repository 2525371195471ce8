/// A named option of a command: a flag, or an option that takes a value.
struct OptionSpec: Sendable {
    /// What an option accepts and what it holds when absent.
    enum Kind: Sendable, Equatable {
        /// A boolean switch, `--excel`: present or not, never a value.
        case flag
        /// A free-text value, `--out DIR`; `nil` default and not required reads back as `nil`.
        case text(default: String?, isRequired: Bool)
        /// A free-text value that may be given several times; reads back as every value in order.
        case repeating
        /// One of a closed list of values, `--format csv|md|json`.
        case choice(values: [String], default: String?)
        /// A whole number within `range`, `--students N`.
        case integer(default: Int?, range: ClosedRange<Int>)
    }

    /// The long name without dashes, also the key under which the value is read back.
    let name: String
    /// The placeholder shown after the option in help, without angle brackets.
    let valueName: String
    /// One-line Spanish description shown in the `OPTIONS:` section.
    let help: String
    /// What the option accepts.
    let kind: Kind

    /// The option as typed on the command line: `--out`.
    var flagName: String { "--\(name)" }

    /// Whether the command fails when the option is absent.
    var isRequired: Bool {
        if case .text(_, let isRequired) = kind { return isRequired }
        return false
    }

    /// Whether the option consumes a value.
    var takesValue: Bool { kind != .flag }
}

extension OptionSpec {
    /// Declares a boolean flag such as `--excel`.
    static func flag(_ name: String, help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: "", help: help, kind: .flag)
    }

    /// Declares a free-text option such as `--out DIR`, optional unless `isRequired`.
    static func text(
        _ name: String, valueName: String, default defaultValue: String? = nil,
        isRequired: Bool = false, help: String
    ) -> OptionSpec {
        precondition(!(isRequired && defaultValue != nil), "a required option cannot have a default")
        return OptionSpec(
            name: name, valueName: valueName, help: help,
            kind: .text(default: defaultValue, isRequired: isRequired))
    }

    /// Declares a free-text option that may be repeated, such as `--kind K --kind K`.
    static func repeating(_ name: String, valueName: String, help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, help: help, kind: .repeating)
    }

    /// Declares an option restricted to `values`, such as `--format csv|md|json`.
    static func choice(
        _ name: String, values: [String], default defaultValue: String? = nil, help: String
    ) -> OptionSpec {
        precondition(!values.isEmpty, "a choice needs at least one value")
        precondition(defaultValue.map(values.contains) ?? true, "the default must be one of the values")
        return OptionSpec(
            name: name, valueName: name, help: help,
            kind: .choice(values: values, default: defaultValue))
    }

    /// Declares a whole-number option such as `--students N`, validated against `range`.
    static func integer(
        _ name: String, valueName: String, default defaultValue: Int? = nil,
        range: ClosedRange<Int> = Int.min...Int.max, help: String
    ) -> OptionSpec {
        precondition(defaultValue.map(range.contains) ?? true, "the default must lie in the range")
        return OptionSpec(
            name: name, valueName: valueName, help: help,
            kind: .integer(default: defaultValue, range: range))
    }
}
