import Foundation

extension RiskRules {
    /// Reads a rules file: see `parse(_:file:)`.
    public static func load(path: String) throws(RiskRulesError) -> RiskRules {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RiskRulesError(.unreadableFile, file: path, line: 0,
                                 expected: "un archivo de texto legible con líneas clave = valor")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// Parses `clave = valor` lines over the SPEC defaults.
    ///
    /// Blank lines are skipped and `#` starts a comment anywhere on a line. Keys are those of
    /// `RiskRuleKey` (case-insensitive); values are decimal numbers with `.` or `,` as decimal mark.
    /// A key left out keeps its default. Every value is checked on its line: unknown or repeated key,
    /// bad number, out of range; then `p_alta` ≤ `p_media` and `z_saber_alta` ≤ `z_saber_media`.
    /// `file` names the source in error messages.
    public static func parse(_ text: String, file: String = "reglas") throws(RiskRulesError) -> RiskRules {
        var rules = RiskRules()
        var lineOf: [RiskRuleKey: Int] = [:]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            var content = Substring(rawLine)
            if let hash = content.firstIndex(of: "#") { content = content[..<hash] }
            if index == 0, content.first == "\u{FEFF}" { content = content.dropFirst() }
            let line = content.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw RiskRulesError(.missingSeparator, file: file, line: number, found: line,
                                     expected: "clave = valor, por ejemplo p_alta = 0.001")
            }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces)
            let valueText = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let key = RiskRuleKey(rawValue: name.lowercased()) else {
                throw RiskRulesError(.unknownKey, file: file, line: number, key: name, found: valueText,
                                     expected: "una de: " + RiskRuleKey.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if let first = lineOf[key] {
                throw RiskRulesError(.duplicateKey, file: file, line: number, key: name, found: valueText,
                                     expected: "una sola vez cada clave (ya aparece en la línea \(first))")
            }
            let value = try value(valueText, for: key, file: file, line: number, name: name)
            key.apply(value, to: &rules)
            lineOf[key] = number
        }
        try rules.checkConsistency(file: file, lineOf: lineOf)
        return rules
    }

    /// The checked number of one line.
    private static func value(_ text: String, for key: RiskRuleKey, file: String, line: Int, name: String)
        throws(RiskRulesError) -> Double
    {
        guard let value = number(text), !key.isInteger || value == value.rounded() else {
            throw RiskRulesError(.invalidNumber, file: file, line: line, key: name, found: text,
                                 expected: key.isInteger ? "un número entero, por ejemplo 10"
                                     : "un número decimal con punto o coma, por ejemplo 0.025")
        }
        guard key.range.contains(value) else {
            throw RiskRulesError(.outOfRange, file: file, line: line, key: name, found: text,
                                 expected: "un valor \(key.range.spanishDescription)")
        }
        return value
    }

    /// A finite decimal number written with digits, an optional sign, one `.` or `,`, and an exponent.
    private static func number(_ text: String) -> Double? {
        let allowed = Set("0123456789+-.,eE")
        guard !text.isEmpty, text.allSatisfy(allowed.contains),
              let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite
        else { return nil }
        return value
    }

    /// The `ALTA` thresholds must be at least as strict as the `MEDIA` ones.
    private func checkConsistency(file: String, lineOf: [RiskRuleKey: Int]) throws(RiskRulesError) {
        let pairs: [(high: RiskRuleKey, medium: RiskRuleKey, values: (Double, Double), what: String)] = [
            (.highPValue, .mediumPValue, (highPValue, mediumPValue), "p_alta menor o igual que p_media"),
            (.saberHighZ, .saberMediumZ, (saberHighZ, saberMediumZ), "z_saber_alta menor o igual que z_saber_media"),
        ]
        for pair in pairs where pair.values.0 > pair.values.1 {
            let high = lineOf[pair.high] ?? 0, medium = lineOf[pair.medium] ?? 0
            let blamed = high >= medium ? (pair.high, pair.values.0) : (pair.medium, pair.values.1)
            throw RiskRulesError(.inconsistent, file: file, line: max(high, medium), key: blamed.0.rawValue,
                                 found: RuleValueRange.format(blamed.1), expected: pair.what)
        }
    }
}
