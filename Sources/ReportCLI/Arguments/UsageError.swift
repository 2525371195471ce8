/// A command line that cannot be run as written; the tool exits with 64 before doing any work.
struct UsageError: UserFacingError, Equatable {
    /// What is wrong with the command line, with the offending text.
    enum Code: Sendable, Equatable {
        /// An option the command does not declare, as typed.
        case unknownOption(String)
        /// An option that needs a value was last on the line or followed by another option.
        case missingValue(option: String)
        /// A flag was given a value with `--flag=value`.
        case unexpectedValue(option: String, value: String)
        /// A required positional argument is absent; holds its label, `<inputs>`.
        case missingArgument(String)
        /// A required option is absent; holds its synopsis, `--out <dir>`.
        case missingOption(String)
        /// A positional value no argument accepts.
        case unexpectedArgument(String)
        /// A word in subcommand position that names no subcommand.
        case unknownSubcommand(String)
        /// An integer option's value that is not a whole number.
        case notAnInteger(value: String, option: String)
        /// An integer option's value outside its allowed range.
        case outOfRange(value: Int, option: String, range: ClosedRange<Int>)
        /// A choice option's value outside its allowed list.
        case invalidChoice(value: String, option: String, allowed: [String])
        /// A value a handler rejected while validating, with what it expected (Spanish), `MM-DD`.
        case invalidValue(value: String, option: String, expected: String)
    }

    /// What is wrong.
    let code: Code

    /// Wraps `code`.
    init(_ code: Code) {
        self.code = code
    }

    /// The Spanish explanation, without the leading `Error: `.
    var userMessage: String {
        switch code {
        case .unknownOption(let option):
            "opción desconocida '\(option)'"
        case .missingValue(let option):
            "falta el valor de la opción '\(option)'"
        case .unexpectedValue(let option, let value):
            "la opción '\(option)' no admite valor, pero se indicó '\(value)'"
        case .missingArgument(let label):
            "falta el argumento obligatorio '\(label)'"
        case .missingOption(let synopsis):
            "falta la opción obligatoria '\(synopsis)'"
        case .unexpectedArgument(let value):
            "argumento inesperado '\(value)'"
        case .unknownSubcommand(let name):
            "subcomando desconocido '\(name)'"
        case .notAnInteger(let value, let option):
            "el valor '\(value)' de '\(option)' no es un número entero"
        case .outOfRange(let value, let option, let range):
            "el valor '\(value)' de '\(option)' debe ser \(Self.describe(range))"
        case .invalidChoice(let value, let option, let allowed):
            "valor '\(value)' no válido para '\(option)' (valores: \(allowed.joined(separator: ", ")))"
        case .invalidValue(let value, let option, let expected):
            "valor '\(value)' no válido para '\(option)': se esperaba \(expected)"
        }
    }

    private static func describe(_ range: ClosedRange<Int>) -> String {
        switch (range.lowerBound, range.upperBound) {
        case (Int.min, let upper): "menor o igual que \(upper)"
        case (let lower, Int.max): "mayor o igual que \(lower)"
        case (let lower, let upper): "un número entre \(lower) y \(upper)"
        }
    }
}
