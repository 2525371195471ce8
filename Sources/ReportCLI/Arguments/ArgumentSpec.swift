/// A positional argument of a command, such as the `INPUT…` files of `run`.
struct ArgumentSpec: Sendable {
    /// How many values a positional argument takes.
    enum Arity: Sendable, Equatable {
        /// Exactly one value.
        case required
        /// Zero or one value.
        case optional
        /// One value or more; only the last argument may be variadic.
        case oneOrMore
        /// Any number of values; only the last argument may be variadic.
        case zeroOrMore
    }

    /// The key under which the values are read back, shown in help as `<name>`.
    let name: String
    /// One-line Spanish description shown in the `ARGUMENTS:` section.
    let help: String
    /// How many values the argument takes.
    let arity: Arity

    /// Declares a positional argument.
    init(_ name: String, arity: Arity = .required, help: String) {
        self.name = name
        self.help = help
        self.arity = arity
    }

    /// Whether the argument swallows every remaining positional value.
    var isVariadic: Bool { arity == .oneOrMore || arity == .zeroOrMore }

    /// Whether the command fails when the argument is absent.
    var isRequired: Bool { arity == .required || arity == .oneOrMore }

    /// The label used in help and error messages: `<inputs>`.
    var label: String { "<\(name)>" }
}
