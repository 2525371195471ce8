extension CommandSpec {
    /// Parses a leaf command's tokens (everything after its name) into typed values.
    ///
    /// Options may come in any order around the positional values, as `--out DIR` or
    /// `--out=DIR`; `--` ends the options. Help flags must be handled before calling this.
    /// - Throws: the first ``UsageError`` found, before any work starts.
    func parse(_ tokens: ArraySlice<String>) throws(UsageError) -> ParsedArguments {
        var values: [String: ParsedArguments.Value] = [:]
        var positionals: [String] = []
        var remaining = tokens
        while let token = remaining.popFirst() {
            if token == "--" {
                positionals.append(contentsOf: remaining)
                break
            }
            guard Self.looksLikeOption(token) else {
                positionals.append(token)
                continue
            }
            let (flagName, inlineValue) = Self.splitInlineValue(token)
            guard let option = options.first(where: { $0.flagName == flagName }) else {
                throw UsageError(.unknownOption(flagName))
            }
            guard option.takesValue else {
                if let inlineValue { throw UsageError(.unexpectedValue(option: flagName, value: inlineValue)) }
                values[option.name] = .flag(true)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if let next = remaining.first, !Self.looksLikeOption(next) {
                value = next
                remaining.removeFirst()
            } else {
                throw UsageError(.missingValue(option: flagName))
            }
            values[option.name] = try option.accept(value, after: values[option.name])
        }
        try assign(positionals, to: &values)
        try applyDefaults(to: &values)
        return ParsedArguments(values: values)
    }

    /// Whether `token` is meant as an option: a dash followed by something that is not a number.
    static func looksLikeOption(_ token: String) -> Bool {
        token.hasPrefix("-") && token.count > 1 && Double(token) == nil
    }

    /// Whether `tokens` ask for help before any `--`.
    static func requestsHelp(_ tokens: ArraySlice<String>) -> Bool {
        tokens.prefix { $0 != "--" }.contains { $0 == "-h" || $0 == "--help" }
    }

    private static func splitInlineValue(_ token: String) -> (name: String, value: String?) {
        guard token.hasPrefix("--"), let equals = token.firstIndex(of: "=") else { return (token, nil) }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }

    private func assign(
        _ positionals: [String], to values: inout [String: ParsedArguments.Value]
    ) throws(UsageError) {
        var remaining = positionals[...]
        for argument in arguments {
            let taken = argument.isVariadic ? remaining : remaining.prefix(1)
            remaining = remaining.dropFirst(taken.count)
            if taken.isEmpty && argument.isRequired { throw UsageError(.missingArgument(argument.label)) }
            values[argument.name] = .texts(Array(taken))
        }
        if let extra = remaining.first { throw UsageError(.unexpectedArgument(extra)) }
    }

    private func applyDefaults(to values: inout [String: ParsedArguments.Value]) throws(UsageError) {
        for option in options where values[option.name] == nil {
            switch option.kind {
            case .flag:
                values[option.name] = .flag(false)
            case .text(_, isRequired: true):
                throw UsageError(.missingOption("\(option.flagName) <\(option.valueName)>"))
            case .text(let defaultValue, _), .choice(_, let defaultValue):
                values[option.name] = .texts(defaultValue.map { [$0] } ?? [])
            case .repeating:
                values[option.name] = .texts([])
            case .integer(let defaultValue, _):
                values[option.name] = .integer(defaultValue)
            }
        }
    }
}

extension OptionSpec {
    /// Validates `value` for this option and merges it with what an earlier occurrence left.
    ///
    /// A repeating option accumulates; any other option keeps its last value.
    fileprivate func accept(
        _ value: String, after previous: ParsedArguments.Value?
    ) throws(UsageError) -> ParsedArguments.Value {
        switch kind {
        case .flag:
            preconditionFailure("flags take no value")
        case .text:
            return .texts([value])
        case .repeating:
            guard case .texts(let earlier)? = previous else { return .texts([value]) }
            return .texts(earlier + [value])
        case .choice(let allowed, _):
            guard allowed.contains(value) else {
                throw UsageError(.invalidChoice(value: value, option: flagName, allowed: allowed))
            }
            return .texts([value])
        case .integer(_, let range):
            guard let number = Int(value) else {
                throw UsageError(.notAnInteger(value: value, option: flagName))
            }
            guard range.contains(number) else {
                throw UsageError(.outOfRange(value: number, option: flagName, range: range))
            }
            return .integer(number)
        }
    }
}
