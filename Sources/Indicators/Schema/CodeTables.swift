/// SIMAT code tables (SPEC §1.3): grades, levels, theoretical ages and the coded fields.
///
/// Every parser takes a value already normalised by `TextNormalizer` (upper-case ASCII, `_`
/// separators) unless it says otherwise.
public enum CodeTables {
    /// A grade code when `normalized` is a valid SIMAT grade (numbers −2…13, 20…26, 99, or the labels
    /// `PREJARDIN`, `JARDIN`, `TRANSICION`, `PRIMERO`…`ONCE`, `1°`…`11°`), else nil.
    ///
    /// `raw` is the trimmed value before normalisation (it keeps the minus sign).

    public static func grade(raw: UnsafeBufferPointer<UInt8>, normalized: UnsafeBufferPointer<UInt8>) -> Int8? {
        if let number = parseInteger(raw) ?? parseInteger(normalized) {
            return isValidGrade(number) ? Int8(number) : nil
        }
        for (index, label) in gradeLabels.enumerated() where normalized.equals(label) {
            return Int8(index - 2)
        }
        return nil
    }

    /// Labels of grades −2…11 in order.

    static let gradeLabels: [StaticString] = [
        "PREJARDIN", "JARDIN", "TRANSICION", "PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO",
        "SEXTO", "SEPTIMO", "OCTAVO", "NOVENO", "DECIMO", "ONCE",
    ]

    /// Whether `g` is in the SIMAT grade table.

    public static func isValidGrade(_ g: Int) -> Bool {
        (-2...13).contains(g) || (20...26).contains(g) || g == 99
    }

    /// An optional-sign decimal integer (at most 9 digits), or digits with thousands separators as
    /// `CodeRepair.groupedDigits` defines them (`2,021` → 2021); else nil.
    public static func parseInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let plain = parsePlainInteger(bytes) { return plain }
        guard let digits = CodeRepair.groupedDigits(bytes) else { return nil }
        return digits.withUnsafeBufferPointer { parsePlainInteger($0) }
    }

    /// String convenience of `parseInteger` (the text is trimmed first).
    public static func parseInteger(_ text: String) -> Int? {
        var copy = text.trimmedOfWhitespace
        return copy.withUTF8 { parseInteger($0) }
    }

    /// A plain optional-sign decimal integer (at most 9 digits), else nil.
    static func parsePlainInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        var negative = false
        if bytes.count > 0 && (bytes[0] == 0x2D || bytes[0] == 0x2B) { negative = bytes[0] == 0x2D; i = 1 }
        guard i < bytes.count, bytes.count - i <= 9 else { return nil }
        var value = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
            i += 1
        }
        return negative ? -value : value
    }

    /// Theoretical age of a grade: −2→3, −1→4, 0→5, g→g+5 for 1…11; nil for other grades.

    public static func theoreticalAge(grade: Int8) -> Int? {
        (-2...11).contains(grade) ? Int(grade) + 5 : nil
    }

    /// Whether the normalised status means withdrawn (`RETIRADO`, `TRASLADADO`, `DESERTOR`,
    /// `CANCELADO`, `RETIRO`).

    public static func isWithdrawnStatus(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        s.equals("RETIRADO") || s.equals("TRASLADADO") || s.equals("DESERTOR") || s.equals("CANCELADO")
            || s.equals("RETIRO")
    }

    /// Year-end result codes.
    public enum Result: UInt8, Sendable {
        /// No usable result.
        case none = 0, approved, failed, dropout
    }

    /// `APROBADO`, `APROBO`, `PROMOVIDO`, `GRADUADO` → approved; `REPROBADO`, `REPROBO`,
    /// `NO_PROMOVIDO` → failed; `DESERTOR` → dropout; others none.

    public static func result(_ s: UnsafeBufferPointer<UInt8>) -> Result {
        if s.equals("APROBADO") || s.equals("APROBO") || s.equals("PROMOVIDO") || s.equals("GRADUADO") {
            return .approved
        }
        if s.equals("REPROBADO") || s.equals("REPROBO") || s.equals("NO_PROMOVIDO") { return .failed }
        if s.equals("DESERTOR") { return .dropout }
        return .none
    }

    /// Zone: `1`, `U`, `URBANA`, `URBANO` → 1 (urbana); `2`, `R`, `RURAL` → 2 (rural); else nil.

    public static func zone(_ s: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if s.equals("1") || s.equals("U") || s.equals("URBANA") || s.equals("URBANO") { return 1 }
        if s.equals("2") || s.equals("R") || s.equals("RURAL") { return 2 }
        return nil
    }

    /// Jornada 1…6 (completa, mañana, tarde, nocturna, fin de semana, única), by code or label.

    public static func jornada(_ s: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if let n = parseInteger(s), (1...6).contains(n) { return UInt8(n) }
        if s.equals("COMPLETA") { return 1 }
        if s.equals("MANANA") { return 2 }
        if s.equals("TARDE") { return 3 }
        if s.equals("NOCTURNA") { return 4 }
        if s.equals("FIN_DE_SEMANA") || s.equals("SABATINA_DOMINICAL") { return 5 }
        if s.equals("UNICA") { return 6 }
        return nil
    }

    /// Yes/no flags: `S`, `SI`, `1`, `X`, `TRUE` → true; `N`, `NO`, `0`, `FALSE`, empty → false;
    /// anything else nil (a warning, read as no).

    public static func flag(_ s: UnsafeBufferPointer<UInt8>) -> Bool? {
        if s.equals("S") || s.equals("SI") || s.equals("1") || s.equals("X") || s.equals("TRUE") { return true }
        if s.isEmpty || s.equals("N") || s.equals("NO") || s.equals("0") || s.equals("FALSE") { return false }
        return nil
    }

    /// Gender: `M`, `MASCULINO`, `H`, `HOMBRE` → 1; `F`, `FEMENINO`, `MUJER` → 2; else nil.

    public static func gender(_ s: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if s.equals("M") || s.equals("MASCULINO") || s.equals("H") || s.equals("HOMBRE") { return 1 }
        if s.equals("F") || s.equals("FEMENINO") || s.equals("MUJER") { return 2 }
        return nil
    }

    /// Victim: present and not `9`, `0`, `NO APLICA`.

    public static func isVictim(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        !s.isEmpty && !s.equals("9") && !s.equals("0") && !s.equals("NO_APLICA")
    }

    /// Disability: present and not `99`, `0`, `NO APLICA`, `NINGUNA`.

    public static func hasDisability(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        !s.isEmpty && !s.equals("99") && !s.equals("0") && !s.equals("NO_APLICA") && !s.equals("NINGUNA")
    }

    /// Ethnic: present and not `0`, `NO APLICA`, `NINGUNO`.

    public static func isEthnic(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        !s.isEmpty && !s.equals("0") && !s.equals("NO_APLICA") && !s.equals("NINGUNO")
    }

    /// Migrant: origin country present and not `170`, `CO`, `COLOMBIA`.

    public static func isMigrant(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        !s.isEmpty && !s.equals("170") && !s.equals("CO") && !s.equals("COLOMBIA")
    }
}

/// Education levels (SPEC §1.3) in report order.
public enum Level: Int, CaseIterable, Sendable {
    /// Grades −2…0.
    case preescolar = 0
    /// Grades 1…5.
    case primaria
    /// Grades 6…9.
    case secundaria
    /// Grades 10…13.
    case media
    /// Adult cycles 20…26.
    case adultos
    /// Acceleration programme, 99.
    case aceleracion

    /// The level of a valid grade.

    public init(grade: Int8) {
        switch grade {
        case ...0: self = .preescolar
        case 1...5: self = .primaria
        case 6...9: self = .secundaria
        case 10...13: self = .media
        case 20...26: self = .adultos
        default: self = .aceleracion
        }
    }

    /// The name used in tables (`PREESCOLAR`, `PRIMARIA`, …).
    public var name: String {
        ["PREESCOLAR", "PRIMARIA", "SECUNDARIA", "MEDIA", "ADULTOS", "ACELERACION"][rawValue]
    }
}

import Foundation
