/// The values a leaf command was given, defaults applied, read back by name.
///
/// Reading a name the command does not declare, or with the wrong accessor, is a
/// programmer error and traps.
struct ParsedArguments: Sendable {
    /// One declared argument or option's value.
    enum Value: Sendable {
        /// A flag: whether it was given.
        case flag(Bool)
        /// A text, choice, repeating option or positional argument: its values in order.
        case texts([String])
        /// An integer option: its value, or `nil` when absent without a default.
        case integer(Int?)
    }

    /// Every declared name with its value.
    let values: [String: Value]

    /// The single value of a text or choice option or of a positional argument (the last if repeated).
    func string(_ name: String) -> String? {
        texts(name).last
    }

    /// Every value of a repeating option or variadic argument, in command-line order.
    func strings(_ name: String) -> [String] {
        texts(name)
    }

    /// The value of an integer option, or `nil` when absent without a default.
    func int(_ name: String) -> Int? {
        guard case .integer(let number)? = values[name] else {
            preconditionFailure("'\(name)' is not a declared integer option")
        }
        return number
    }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool {
        guard case .flag(let isSet)? = values[name] else {
            preconditionFailure("'\(name)' is not a declared flag")
        }
        return isSet
    }

    private func texts(_ name: String) -> [String] {
        guard case .texts(let texts)? = values[name] else {
            preconditionFailure("'\(name)' is not a declared text option or argument")
        }
        return texts
    }
}
