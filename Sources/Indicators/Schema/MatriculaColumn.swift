/// Canonical columns of a `matricula` file and their accepted normalised header names (SPEC §1.2).
public enum MatriculaColumn: Int, CaseIterable, Sendable {
    case year, institution, institutionName, sede, municipality, etc, personId, docType, docNumber
    case birthDate, gender, grade, group, jornada, zone, status, reason, eventDate, repeater, new
    case prevAcademic, prevCondition, result, victim, disability, ethnicity, sisben, stratum, originCountry
    /// Student name parts: never stored, only hashed together for the changing-key check (SPEC §10).
    case firstName, secondName, firstSurname, secondSurname

    /// Accepted normalised names, first match wins.
    public var aliases: [String] {
        switch self {
        case .year: ["ANO_INF", "ANNO_INF", "ANO", "ANIO", "VIGENCIA"]
        case .institution: ["CODIGO_DANE", "INSTITUCION", "CODIGO_DANE_ESTABLECIMIENTO", "COD_DANE", "DANE"]
        case .institutionName: ["NOMBRE_ESTABLECIMIENTO", "NOMBRE_INSTITUCION", "NOMBRE_ESTABLECIMIENTO_EDUCATIVO"]
        case .sede: ["CODIGO_DANE_SEDE", "CONS_SEDE", "SEDE", "CODIGO_SEDE"]
        case .municipality: ["MUN_CODIGO", "CODIGO_MUNICIPIO", "MUNICIPIO_CODIGO"]
        case .etc: ["ETC", "CODIGO_ETC", "SECRETARIA"]
        case .personId: ["PER_ID", "ID_PERSONA"]
        case .docType: ["TIPO_DOCUMENTO", "TIPO_DOC"]
        case .docNumber: ["NRO_DOCUMENTO", "NUMERO_DOCUMENTO", "DOCUMENTO"]
        case .birthDate: ["FECHA_NACIMIENTO", "FEC_NACIMIENTO"]
        case .gender: ["GENERO", "SEXO"]
        case .grade: ["GRADO", "GRADO_COD", "COD_GRADO"]
        case .group: ["GRUPO"]
        case .jornada: ["TIPO_JORNADA", "JORNADA"]
        case .zone: ["ZON_ALU", "ZONA_ALUMNO", "ZONA"]
        case .status: ["ESTADO", "ESTADO_MATRICULA"]
        case .reason: ["MOTIVO", "MOTIVO_RETIRO", "MOTIVO_NOVEDAD"]
        case .eventDate: ["FECHA_NOVEDAD", "FECHA_RETIRO"]
        case .repeater: ["REPITENTE"]
        case .new: ["NUEVO"]
        case .prevAcademic: ["SIT_ACAD_ANO_ANT"]
        case .prevCondition: ["CON_ALUM_ANO_ANT"]
        case .result: ["RESULTADO", "RESULTADO_FINAL", "ESTADO_FINAL", "SITUACION_FINAL"]
        case .victim: ["POB_VICT_CONF"]
        case .disability: ["TIPO_DISCAPACIDAD"]
        case .ethnicity: ["ETNIA"]
        case .sisben: ["SISBEN"]
        case .stratum: ["ESTRATO"]
        case .originCountry: ["PAIS_ORIGEN", "CODIGO_PAIS_ORIGEN", "NOMBRE_PAIS_ORIGEN"]
        case .firstName: ["NOMBRE1", "PRIMER_NOMBRE", "NOMBRES"]
        case .secondName: ["NOMBRE2", "SEGUNDO_NOMBRE"]
        case .firstSurname: ["APELLIDO1", "PRIMER_APELLIDO", "APELLIDOS"]
        case .secondSurname: ["APELLIDO2", "SEGUNDO_APELLIDO"]
        }
    }

    /// The name shown in messages and quality checks (the first alias).
    public var displayName: String { aliases[0] }

    /// Whether the column must be present (year, institution, grade; a student key is checked apart).
    public var isRequired: Bool { self == .year || self == .institution || self == .grade }
}

/// Where each canonical column sits in one file's header.
public struct ColumnMapping: Sendable {
    /// Field index of each canonical column (indexed by `MatriculaColumn.rawValue`), -1 when absent.
    public var index: [Int]

    /// Resolves the canonical columns against normalised header names: for each column the first
    /// accepted name present wins, and if that name occurs twice, the leftmost column.
    public init(normalizedHeader: [String]) {
        index = MatriculaColumn.allCases.map { column in
            for alias in column.aliases {
                if let position = normalizedHeader.firstIndex(of: alias) { return position }
            }
            return -1
        }
    }

    /// Field index of `column`, or nil.
    public subscript(column: MatriculaColumn) -> Int? {
        let i = index[column.rawValue]
        return i >= 0 ? i : nil
    }

    /// Required columns that are missing (a student key counts as `PER_ID`/`NRO_DOCUMENTO`).
    public var missingRequired: [String] {
        var missing: [String] = []
        for column in MatriculaColumn.allCases where column.isRequired && self[column] == nil {
            missing.append("\(column.displayName) (se acepta: \(column.aliases.joined(separator: ", ")))")
        }
        if self[.personId] == nil && self[.docNumber] == nil {
            let accepted = MatriculaColumn.personId.aliases + MatriculaColumn.docNumber.aliases
            missing.append("clave del estudiante (se acepta: \(accepted.joined(separator: ", ")))")
        }
        return missing
    }
}
