/// One column of the early-warning feature matrix (SPEC §7), in column order: the SPEC's list,
/// then the version-2 additions (pooled histories, grade, exact age), whose validation gains
/// `modelo_validacion` reports (`FeatureGroup`).
///
/// Every feature is known at the start of year t: it comes from the student's final episode of t
/// (grade, birth date, flags and codes reported at enrollment) or from year t−1, never from the
/// outcome of year t. Missing inputs are 0 plus an indicator column (`edadDesconocida`,
/// `anioAnteriorDesconocido`), never NaN. Levels are one-hot with `PREESCOLAR` as the base.
public enum WarningFeature: UInt8, CaseIterable, Sendable {
    /// Years over the theoretical age for the grade, clamped to 0…5; 0 when the age is unknown.
    case extraedadAnios = 0
    /// 1 when the birth date or the grade's theoretical age is missing.
    case edadDesconocida
    /// 1 when `REPITENTE` = yes or the grade equals that of the student's final episode of t−1.
    case repitente
    /// 1 when the student's final episode of t−1 is `REPROBADO`.
    case reproboAnioAnterior
    /// 1 when the student was absent in t−1 but present earlier, or `CON_ALUM_ANO_ANT` = 3.
    case reingreso
    /// 1 when the student had a `TRASLADO` episode in t−1.
    case trasladoAnioAnterior
    /// 1 when `NUEVO` = yes.
    case nuevo
    /// 1 for a victim of the armed conflict.
    case victima
    /// 1 for a student with a disability.
    case discapacidad
    /// 1 for a student of an ethnic group.
    case etnia
    /// 1 for a migrant student.
    case migrante
    /// 1 when the student's zone (`ZON_ALU`) is rural.
    case zonaRural
    /// 1 for jornada 4 (nocturna) or 5 (fin de semana).
    case jornadaNocturnaFinDeSemana
    /// 1 for grades 1…5.
    case nivelPrimaria
    /// 1 for grades 6…9.
    case nivelSecundaria
    /// 1 for grades 10…13.
    case nivelMedia
    /// 1 for adult cycles 20…26.
    case nivelAdultos
    /// 1 for the acceleration programme (99).
    case nivelAceleracion
    /// 1 when the gender is F.
    case generoF
    /// The institution's intra-year dropout rate in t−1 (`desertores / base` over its t−1 episodes);
    /// the territory's rate of t−1 when the institution has no base in t−1; 0 when t−1 is not loaded.
    case tasaDesercionInstitucionAnterior
    /// 1 when year t−1 is not loaded: the t−1 features above are then 0 because they are unknown.
    case anioAnteriorDesconocido
    /// The institution's intra-year dropout rate at the student's level over every loaded year
    /// before t, shrunk toward the territory's (`PooledDropoutHistory`); 0 with no earlier year.
    case tasaDesercionInstitucionHistorica
    /// The municipality's intra-year dropout rate at the student's level over every loaded year
    /// before t, shrunk toward the territory's (`PooledDropoutHistory`); 0 with no earlier year.
    case tasaDesercionMunicipioHistorica
    /// The grade as a number: −2…13 as they are; adult cycles 21…26 as the grade they end
    /// (3, 5, 7, 9, 10, 11); cycle 20 and aceleración (99) as 0 (their level column sets them apart).
    case grado
    /// 1 for a final grade (11, 13, 26): its students graduate instead of dropping out between years.
    case gradoFinal
    /// Age in completed years on the reference date of year t (SPEC §3), 0…40; 0 when the birth date
    /// is missing.
    case edad
    /// 1 when the birth date is missing (then `edad` is 0).
    case fechaNacimientoDesconocida

    /// The column name, Spanish snake_case (`extraedad_anios`, `repitente`, …).
    public var name: String {
        switch self {
        case .extraedadAnios: "extraedad_anios"
        case .edadDesconocida: "edad_desconocida"
        case .repitente: "repitente"
        case .reproboAnioAnterior: "reprobo_anio_anterior"
        case .reingreso: "reingreso"
        case .trasladoAnioAnterior: "traslado_anio_anterior"
        case .nuevo: "nuevo"
        case .victima: "victima"
        case .discapacidad: "discapacidad"
        case .etnia: "etnia"
        case .migrante: "migrante"
        case .zonaRural: "zona_rural"
        case .jornadaNocturnaFinDeSemana: "jornada_nocturna_fin_semana"
        case .nivelPrimaria: "nivel_primaria"
        case .nivelSecundaria: "nivel_secundaria"
        case .nivelMedia: "nivel_media"
        case .nivelAdultos: "nivel_adultos"
        case .nivelAceleracion: "nivel_aceleracion"
        case .generoF: "genero_f"
        case .tasaDesercionInstitucionAnterior: "tasa_desercion_institucion_anterior"
        case .anioAnteriorDesconocido: "anio_anterior_desconocido"
        case .tasaDesercionInstitucionHistorica: "tasa_desercion_institucion_historica"
        case .tasaDesercionMunicipioHistorica: "tasa_desercion_municipio_historica"
        case .grado: "grado"
        case .gradoFinal: "grado_final"
        case .edad: "edad"
        case .fechaNacimientoDesconocida: "fecha_nacimiento_desconocida"
        }
    }

    /// Every column name, in column order (the `FeatureMatrix` columns).
    public static let columnNames: [String] = allCases.map(\.name)

    /// The feature whose column name is `name`, if any.
    public init?(name: String) {
        guard let feature = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = feature
    }

    /// The column of this feature in the matrix.
    public var column: Int { Int(rawValue) }

    /// A Spanish phrase for a student who has this feature with value `value`
    /// ("3 años por encima de la edad teórica", "repitente", …).
    public func phrase(value: Float) -> String {
        switch self {
        case .extraedadAnios:
            let years = Int(value.rounded())
            return years == 1 ? "1 año por encima de la edad teórica" : "\(years) años por encima de la edad teórica"
        case .edadDesconocida: return "edad desconocida (sin fecha de nacimiento o grado sin edad teórica)"
        case .repitente: return "repitente"
        case .reproboAnioAnterior: return "reprobó el año anterior"
        case .reingreso: return "reingresa después de haber salido del sistema"
        case .trasladoAnioAnterior: return "tuvo un traslado el año anterior"
        case .nuevo: return "estudiante nuevo"
        case .victima: return "víctima del conflicto armado"
        case .discapacidad: return "estudiante con discapacidad"
        case .etnia: return "pertenece a un grupo étnico"
        case .migrante: return "estudiante migrante"
        case .zonaRural: return "vive en zona rural"
        case .jornadaNocturnaFinDeSemana: return "jornada nocturna o de fin de semana"
        case .nivelPrimaria: return "cursa primaria"
        case .nivelSecundaria: return "cursa secundaria"
        case .nivelMedia: return "cursa media"
        case .nivelAdultos: return "ciclo de adultos"
        case .nivelAceleracion: return "aceleración del aprendizaje"
        case .generoF: return "mujer"
        case .tasaDesercionInstitucionAnterior:
            return "su institución tuvo \(Self.spanishPercent(value)) de deserción el año anterior"
        case .anioAnteriorDesconocido: return "sin datos del año anterior"
        case .tasaDesercionInstitucionHistorica:
            return "su institución ha tenido \(Self.spanishPercent(value)) de deserción en su nivel en años anteriores"
        case .tasaDesercionMunicipioHistorica:
            return "su municipio ha tenido \(Self.spanishPercent(value)) de deserción en su nivel en años anteriores"
        case .grado: return "cursa grado \(Int(value.rounded()))"
        case .gradoFinal: return "cursa el último grado"
        case .edad: return "tiene \(Int(value.rounded())) años"
        case .fechaNacimientoDesconocida: return "sin fecha de nacimiento"
        }
    }

    /// `value` (a proportion) as a Spanish percentage with one decimal: 0.0812 → "8,1 %".
    static func spanishPercent(_ value: Float) -> String {
        let tenths = Int((Double(value) * 1000).rounded())
        return "\(tenths / 10),\(tenths % 10) %"
    }
}

/// The version-2 features whose validation gain is measured (AUC with all features minus AUC with the
/// group left out), each named as in `ganancia_auc_<name>`.
public enum FeatureGroup: String, CaseIterable, Sendable {
    /// `tasa_desercion_institucion_historica`.
    case institucionHistorica = "tasa_desercion_institucion_historica"
    /// `tasa_desercion_municipio_historica`.
    case municipioHistorica = "tasa_desercion_municipio_historica"
    /// `grado` and `grado_final`.
    case grado = "grado"
    /// `edad` and `fecha_nacimiento_desconocida`.
    case edad = "edad"

    /// The columns of the group.
    public var features: [WarningFeature] {
        switch self {
        case .institucionHistorica: [.tasaDesercionInstitucionHistorica]
        case .municipioHistorica: [.tasaDesercionMunicipioHistorica]
        case .grado: [.grado, .gradoFinal]
        case .edad: [.edad, .fechaNacimientoDesconocida]
        }
    }

    /// Every version-2 column (all groups): leaving them all out gives the version-1 model.
    public static let version2Features: [WarningFeature] = allCases.flatMap(\.features)
}
