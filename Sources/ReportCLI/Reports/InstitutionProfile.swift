import Indicators

/// What identifies an institution in the reports: its code and directory attributes.
struct InstitutionProfile: Sendable {
    /// DANE code.
    var code: String
    /// Name (empty when unknown).
    var name: String
    /// Municipality code.
    var municipality: String
    /// `URBANA` or `RURAL`.
    var zone: String
    /// `OFICIAL` or `NO OFICIAL`.
    var sector: String
    /// The municipality's name, `Medellín (Antioquia)` (the tables' `nombre_municipio`; empty when unknown).
    var municipalityName = ""

    /// `05001 Medellín (Antioquia)`, the code alone when its name is unknown, `sin dato` without a code.
    var municipalityLabel: String {
        if municipality.isEmpty { return "sin dato" }
        return municipalityName.isEmpty ? municipality : "\(municipality) \(municipalityName)"
    }

    /// `NOMBRE (código)`, or the code alone when the name is unknown.
    var displayName: String {
        name.isEmpty ? code : "\(name) (\(code))"
    }

    /// Path of the institution's reports without extension, relative to the output folder.
    var reportPath: String {
        "instituciones/\(Self.fileStem(code))"
    }

    /// `code` as a safe, bounded, one-to-one file name (`SafeFileName`).
    static func fileStem(_ code: String) -> String {
        SafeFileName.stem(for: code)
    }
}
