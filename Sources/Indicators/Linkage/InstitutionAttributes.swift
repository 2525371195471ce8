/// Name, municipality, zone and sector of one institution (SPEC §1.3 "Institution attributes").
public struct InstitutionInfo: Sendable, Equatable {
    /// Institution code.
    public var code: String
    /// Name (empty when unknown).
    public var name: String
    /// Municipality code, 5 digits (empty when unknown).
    public var municipality: String
    /// `URBANA`, `RURAL` or empty.
    public var zone: String
    /// `OFICIAL`, `NO OFICIAL` or empty.
    public var sector: String
}

/// Resolves institution attributes: from the `directorio` when it lists the institution; otherwise
/// name and municipality from the last record (input order) that carries one, the municipality else
/// characters 2–6 of a 12-digit code, and zone and sector from the code's first digit (1 urbana
/// oficial, 2 rural oficial, 3 urbana no oficial, 4 rural no oficial). A directory attribute left
/// empty falls back to the same derivation.
public enum InstitutionAttributes {
    /// Attributes of every institution id of `store` (index 0, the null id, is empty). Records
    /// dropped as exact duplicates (`duplicates`, ascending) are not considered.
    public static func resolve(_ store: EnrollmentStore, directory: [DirectoryEntry],
                               duplicates: [Int32] = []) -> [InstitutionInfo] {
        let c = store.columns
        let count = store.interners.institution.count
        var nameId = [UInt32](repeating: 0, count: count)
        var municipalityId = [UInt32](repeating: 0, count: count)
        var nextDuplicate = 0
        for r in 0..<c.count {
            if nextDuplicate < duplicates.count && Int(duplicates[nextDuplicate]) == r {
                nextDuplicate += 1
                continue
            }
            let i = Int(c.institution[r])
            if c.institutionName[r] != 0 { nameId[i] = c.institutionName[r] }
            if c.municipality[r] != 0 { municipalityId[i] = c.municipality[r] }
        }
        var listed: [String: DirectoryEntry] = [:]
        for entry in directory { listed[entry.code] = entry }
        return (0..<count).map { i in
            let code = store.interners.institution.string(UInt32(i))
            let derived = derive(code: code, name: store.interners.institutionName.string(nameId[i]),
                                 municipality: store.interners.municipality.string(municipalityId[i]))
            guard let entry = listed[code] else { return derived }
            return InstitutionInfo(code: code,
                                   name: entry.name.isEmpty ? derived.name : entry.name,
                                   municipality: entry.municipality.isEmpty ? derived.municipality : entry.municipality,
                                   zone: entry.zone.isEmpty ? derived.zone : entry.zone,
                                   sector: entry.sector.isEmpty ? derived.sector : entry.sector)
        }
    }

    /// The attributes derived from records and the code alone.
    public static func derive(code: String, name: String, municipality: String) -> InstitutionInfo {
        let digits = Array(code.utf8)
        let twelveDigits = digits.count == 12 && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        var info = InstitutionInfo(code: code, name: name, municipality: municipality, zone: "", sector: "")
        if info.municipality.isEmpty && twelveDigits {
            info.municipality = String(decoding: digits[1..<6], as: UTF8.self)
        }
        if twelveDigits {
            switch digits[0] {
            case 0x31: (info.zone, info.sector) = ("URBANA", "OFICIAL")
            case 0x32: (info.zone, info.sector) = ("RURAL", "OFICIAL")
            case 0x33: (info.zone, info.sector) = ("URBANA", "NO OFICIAL")
            case 0x34: (info.zone, info.sector) = ("RURAL", "NO OFICIAL")
            default: break
            }
        }
        return info
    }
}
