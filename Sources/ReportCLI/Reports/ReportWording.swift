/// Spanish wording shared by the reports: numbers, counts that respect `--publico`, and labels.
struct ReportWording: Sendable {
    /// Whether small counts are suppressed (they then read as `menos de 5`).
    let isPublic: Bool

    /// The note of every public report.
    static let publicNote = "Versión pública: no se muestran las cifras de estudiantes entre uno y cuatro ni las "
        + "tasas calculadas sobre menos de cinco estudiantes."

    /// A proportion as `6.7 %`, or `sin dato`.
    func percent(_ proportion: Double?) -> String {
        proportion.map { HumanNumberFormat.percent($0) } ?? "sin dato"
    }

    /// A number with one decimal, or `sin dato`.
    func decimal(_ value: Double?) -> String {
        value.map { HumanNumberFormat.fixed($0) } ?? "sin dato"
    }

    /// A count of students; an empty count reads `sin dato` (public reports: `sin dato o menos de 5`).
    func count(_ value: Int64?) -> String {
        guard let value else { return isPublic ? "sin dato o menos de 5" : "sin dato" }
        return String(value)
    }

    /// An expected number of students, rounded; in public reports 1 to 4 reads `menos de 5`.
    func expectedCount(_ value: Double) -> String {
        let rounded = Int64(value.rounded())
        if isPublic, rounded > 0, rounded < PublicSuppression.minimumPublishedCount { return "menos de 5" }
        return String(rounded)
    }

    /// A number of things that are not students (institutions, flags), written in words below ten as
    /// Spanish style asks: `ninguna alerta`, `una institución`, `tres instituciones`, `12 instituciones`.
    /// Counts of students are always digits (and suppressed when small in public reports).
    static func amount(_ number: Int, _ singular: String, _ plural: String, feminine: Bool = true) -> String {
        let words = ["", "", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
        switch number {
        case 0: return (feminine ? "ninguna " : "ningún ") + singular
        case 1: return (feminine ? "una " : "un ") + singular
        case 2...9: return "\(words[number]) \(plural)"
        default: return "\(number) \(plural)"
        }
    }

    /// `a`, `a y b`, `a, b y c`.
    static func joined(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " y " + items[items.count - 1]
        }
    }

    /// A level name as written in reports: `TOTAL` → `Total`, `PRIMARIA` → `Primaria`.
    static func level(_ name: String) -> String {
        switch name {
        case "TOTAL": "Total"
        case "PREESCOLAR": "Preescolar"
        case "PRIMARIA": "Primaria"
        case "SECUNDARIA": "Secundaria"
        case "MEDIA": "Media"
        case "ADULTOS": "Adultos"
        case "ACELERACION": "Aceleración"
        default: name
        }
    }

    /// A SIMAT grade code as a label: `0` → `Transición`, `6` → `6°`, `99` → `Aceleración`.
    static func grade(_ code: Int64) -> String {
        switch code {
        case -2: "Prejardín"
        case -1: "Jardín"
        case 0: "Transición"
        case 1...13: "\(code)°"
        case 20...26: "Ciclo \(code)"
        case 99: "Aceleración"
        default: String(code)
        }
    }

    /// A flag level in words: `ALTA` → `alta`.
    static func flagLevel(_ level: String?) -> String {
        switch level {
        case "ALTA": "alta"
        case "MEDIA": "media"
        default: level?.lowercased() ?? "sin nivel"
        }
    }

    /// A `modalidad` of `priorizacion` in words.
    static func modality(_ modality: String?) -> String {
        switch modality {
        case "IN_SITU": "acompañamiento en sitio (visitas a la institución)"
        case "GRUPO": "acompañamiento en grupo con otras instituciones"
        case "NINGUNA": "sin acompañamiento priorizado"
        default: modality ?? "sin dato"
        }
    }

    /// A zone or sector value in lower case (`URBANA` → `urbana`), or `sin dato`.
    static func attribute(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "sin dato" }
        return value.lowercased()
    }
}
