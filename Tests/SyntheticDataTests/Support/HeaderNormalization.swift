/// SPEC §1.2 header normalisation and accepted names, restated independently of the generator.
enum HeaderNormalization {
    /// Trim, drop accents, upper-case, turn every run of characters outside A–Z and 0–9 into one `_`,
    /// trim `_` at both ends.
    static func normalize(_ name: String) -> String {
        let accents: [Character: Character] = [
            "Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U", "Ü": "U", "Ñ": "N",
            "á": "A", "é": "E", "í": "I", "ó": "O", "ú": "U", "ü": "U", "ñ": "N",
        ]
        var result = ""
        var pendingSeparator = false
        for character in name {
            let plain = accents[character] ?? character
            let upper = Character(plain.uppercased())
            if upper.isASCII && (upper.isLetter || upper.isNumber) {
                if pendingSeparator && !result.isEmpty { result.append("_") }
                pendingSeparator = false
                result.append(upper)
            } else {
                pendingSeparator = true
            }
        }
        return result
    }

    /// Accepted normalised names of each canonical `matricula` column (SPEC §1.2), keyed by the
    /// clean header name that stands for it.
    static let matriculaAliases: [String: [String]] = [
        "ANO": ["ANO_INF", "ANNO_INF", "ANO", "ANIO", "VIGENCIA"],
        "CODIGO_DANE": ["CODIGO_DANE", "INSTITUCION", "CODIGO_DANE_ESTABLECIMIENTO", "COD_DANE", "DANE"],
        "NOMBRE_ESTABLECIMIENTO": ["NOMBRE_ESTABLECIMIENTO", "NOMBRE_INSTITUCION", "NOMBRE_ESTABLECIMIENTO_EDUCATIVO"],
        "CODIGO_DANE_SEDE": ["CODIGO_DANE_SEDE", "CONS_SEDE", "SEDE", "CODIGO_SEDE"],
        "MUN_CODIGO": ["MUN_CODIGO", "CODIGO_MUNICIPIO", "MUNICIPIO_CODIGO"],
        "ETC": ["ETC", "CODIGO_ETC", "SECRETARIA"],
        "PER_ID": ["PER_ID", "ID_PERSONA"],
        "TIPO_DOCUMENTO": ["TIPO_DOCUMENTO", "TIPO_DOC"],
        "NRO_DOCUMENTO": ["NRO_DOCUMENTO", "NUMERO_DOCUMENTO", "DOCUMENTO"],
        "FECHA_NACIMIENTO": ["FECHA_NACIMIENTO", "FEC_NACIMIENTO"],
        "GENERO": ["GENERO", "SEXO"],
        "GRADO": ["GRADO", "GRADO_COD", "COD_GRADO"],
        "GRUPO": ["GRUPO"],
        "JORNADA": ["TIPO_JORNADA", "JORNADA"],
        "ZON_ALU": ["ZON_ALU", "ZONA_ALUMNO", "ZONA"],
        "ESTADO": ["ESTADO", "ESTADO_MATRICULA"],
        "MOTIVO": ["MOTIVO", "MOTIVO_RETIRO", "MOTIVO_NOVEDAD"],
        "FECHA_NOVEDAD": ["FECHA_NOVEDAD", "FECHA_RETIRO"],
        "REPITENTE": ["REPITENTE"],
        "NUEVO": ["NUEVO"],
        "SIT_ACAD_ANO_ANT": ["SIT_ACAD_ANO_ANT"],
        "CON_ALUM_ANO_ANT": ["CON_ALUM_ANO_ANT"],
        "RESULTADO": ["RESULTADO", "RESULTADO_FINAL", "ESTADO_FINAL", "SITUACION_FINAL"],
        "POB_VICT_CONF": ["POB_VICT_CONF"],
        "TIPO_DISCAPACIDAD": ["TIPO_DISCAPACIDAD"],
        "ETNIA": ["ETNIA"],
        "SISBEN": ["SISBEN"],
        "ESTRATO": ["ESTRATO"],
        "PAIS_ORIGEN": ["PAIS_ORIGEN", "CODIGO_PAIS_ORIGEN", "NOMBRE_PAIS_ORIGEN"],
    ]

    /// Accepted normalised names of the directory's columns (SPEC §1.2).
    static let directoryAliases: [String: [String]] = [
        "CODIGO_DANE": ["CODIGO_DANE", "INSTITUCION", "CODIGO_DANE_ESTABLECIMIENTO", "COD_DANE", "DANE"],
        "NOMBRE_ESTABLECIMIENTO": ["NOMBRE_ESTABLECIMIENTO", "NOMBRE_INSTITUCION", "NOMBRE_ESTABLECIMIENTO_EDUCATIVO"],
        "CODIGO_MUNICIPIO": ["MUN_CODIGO", "CODIGO_MUNICIPIO", "MUNICIPIO_CODIGO"],
        "ZONA": ["ZONA", "ZONA_ESTABLECIMIENTO"],
        "SECTOR": ["SECTOR", "NATURALEZA"],
    ]

    /// The clean column a messy header name stands for: the canonical whose accepted names hold it.
    static func canonical(of name: String, in aliases: [String: [String]]) -> String? {
        let normalized = normalize(name)
        return aliases.first { $0.value.contains(normalized) }?.key
    }
}
