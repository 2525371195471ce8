/// One row of a `matricula` file, before formatting: which student, where, and what happened.
struct EnrollmentRecord {
    /// Index into the population's students (identity and fixed attributes come from there).
    var student: Int32
    /// Index into `World.sedes`.
    var sede: Int32
    /// `FECHA_NOVEDAD` as a day number, or `EnrollmentRecord.noDate`.
    var eventDay: Int32
    /// `GRADO`.
    var grade: Int8
    /// `JORNADA`.
    var jornada: UInt8
    /// `GRUPO` number.
    var group: UInt8
    /// `ESTADO`.
    var status: EnrollmentStatus
    /// `MOTIVO`.
    var reason: NoveltyReason
    /// `RESULTADO` (written only in years that have the column).
    var result: YearResult
    /// `REPITENTE`.
    var repeater: Bool
    /// `NUEVO`.
    var isNew: Bool
    /// `SIT_ACAD_ANO_ANT`.
    var previousAcademic: UInt8
    /// `CON_ALUM_ANO_ANT`.
    var previousCondition: UInt8

    /// The `eventDay` of an undated record.
    static let noDate = Int32.min
}

/// `ESTADO` values.
enum EnrollmentStatus: UInt8 {
    /// Enrolled.
    case matriculado
    /// Withdrawn during the year.
    case retirado
    /// Enrolled and graduated.
    case graduado

    /// The text written in the file.
    var text: String {
        switch self {
        case .matriculado: "MATRICULADO"
        case .retirado: "RETIRADO"
        case .graduado: "GRADUADO"
        }
    }
}

/// `MOTIVO` values; none of the dropout reasons contains `TRASLAD`.
enum NoveltyReason: UInt8, CaseIterable {
    /// Empty.
    case none
    /// `DESERCION`.
    case desercion
    /// `DESERCIÓN ESCOLAR`.
    case desercionEscolar
    /// `ABANDONO`.
    case abandono
    /// `RETIRO VOLUNTARIO`.
    case retiroVoluntario
    /// `CAMBIO DE DOMICILIO`.
    case cambioDomicilio
    /// `OTRO`.
    case otro
    /// `TRASLADO`.
    case traslado

    /// The text written in the file.
    var text: String {
        switch self {
        case .none: ""
        case .desercion: "DESERCION"
        case .desercionEscolar: "DESERCIÓN ESCOLAR"
        case .abandono: "ABANDONO"
        case .retiroVoluntario: "RETIRO VOLUNTARIO"
        case .cambioDomicilio: "CAMBIO DE DOMICILIO"
        case .otro: "OTRO"
        case .traslado: "TRASLADO"
        }
    }
}

/// `RESULTADO` values.
enum YearResult: UInt8, CaseIterable {
    /// Empty.
    case none
    /// `APROBADO`.
    case aprobado
    /// `PROMOVIDO`.
    case promovido
    /// `REPROBADO`.
    case reprobado
    /// `DESERTOR`.
    case desertor

    /// The text written in the file.
    var text: String {
        switch self {
        case .none: ""
        case .aprobado: "APROBADO"
        case .promovido: "PROMOVIDO"
        case .reprobado: "REPROBADO"
        case .desertor: "DESERTOR"
        }
    }
}

/// One Saber 11 examinee of a year, before formatting.
struct Examinee {
    /// Index into the population's students.
    var student: Int32
    /// Index into `World.institutions` (the school of the student's final record).
    var institution: Int32
    /// `PUNT_LECTURA_CRITICA`.
    var reading: UInt8
    /// `PUNT_MATEMATICAS`.
    var mathematics: UInt8
    /// `PUNT_C_NATURALES`.
    var science: UInt8
    /// `PUNT_SOCIALES_CIUDADANAS`.
    var social: UInt8
    /// `PUNT_INGLES`.
    var english: UInt8
    /// `PUNT_GLOBAL`.
    var global: UInt16
}
