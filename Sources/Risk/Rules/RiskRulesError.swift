/// Why a rules file was refused: what, where (file and 1-based line), the key and value found,
/// and what was expected. `description` is the Spanish message for the user.
public struct RiskRulesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of problem.
    public enum Code: Sendable, Equatable {
        /// The file could not be read.
        case unreadableFile
        /// A line that is neither blank, a comment nor `clave = valor`.
        case missingSeparator
        /// A key that is not one of `RiskRuleKey`.
        case unknownKey
        /// A key given twice.
        case duplicateKey
        /// A value that is not a number, or not a whole number where one is needed.
        case invalidNumber
        /// A number outside the key's range.
        case outOfRange
        /// Two settings that contradict each other (an `ALTA` threshold laxer than the `MEDIA` one).
        case inconsistent
    }

    /// The kind of problem.
    public var code: Code
    /// The file (or the name given to the parsed text).
    public var file: String
    /// 1-based line; 0 when the problem is the whole file.
    public var line: Int
    /// The key involved, as written.
    public var key: String?
    /// The value found, as written.
    public var found: String?
    /// What was expected, in Spanish.
    public var expected: String

    /// Creates an error.
    public init(_ code: Code, file: String, line: Int, key: String? = nil, found: String? = nil, expected: String) {
        self.code = code
        self.file = file
        self.line = line
        self.key = key
        self.found = found
        self.expected = expected
    }

    /// The Spanish message: place, problem, then what was expected.
    public var description: String {
        let place = line > 0 ? "\(file), línea \(line)" : file
        let problem: String
        switch code {
        case .unreadableFile: problem = "no se pudo leer el archivo de reglas"
        case .missingSeparator: problem = "la línea '\(found ?? "")' no tiene la forma clave = valor"
        case .unknownKey: problem = "clave desconocida '\(key ?? "")'"
        case .duplicateKey: problem = "la clave '\(key ?? "")' aparece más de una vez"
        case .invalidNumber: problem = "el valor '\(found ?? "")' de '\(key ?? "")' no es un número válido"
        case .outOfRange: problem = "el valor \(found ?? "") de '\(key ?? "")' está fuera de rango"
        case .inconsistent: problem = "el valor \(found ?? "") de '\(key ?? "")' contradice otra regla"
        }
        return "\(place): \(problem). Se esperaba \(expected)."
    }
}
