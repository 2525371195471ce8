/// One synthetic student: fixed identity and attributes, plus the state of their path through school.
///
/// A plain value kept in one contiguous array; records refer to it by index.
struct Student {
    /// `PER_ID`, unique.
    var personID: Int
    /// `NRO_DOCUMENTO` as a number.
    var documentNumber: Int
    /// Digits written for the document; more than the number has gives leading zeros.
    var documentWidth: UInt8
    /// `TIPO_DOCUMENTO`.
    var documentType: DocumentType
    /// Birth date.
    var birthYear: Int16
    /// Birth month, 1…12.
    var birthMonth: UInt8
    /// Birth day of the month.
    var birthDay: UInt8
    /// `GENERO` F when true, M otherwise.
    var female: Bool
    /// `ZON_ALU`: 1 urbana, 2 rural.
    var zone: UInt8
    /// `POB_VICT_CONF` (9: not a victim).
    var victim: UInt8
    /// `TIPO_DISCAPACIDAD` (99: none).
    var disability: UInt8
    /// `ETNIA` (0: none).
    var ethnicity: UInt8
    /// `PAIS_ORIGEN` (170: Colombia).
    var country: UInt16
    /// `ESTRATO` 0…6.
    var stratum: UInt8
    /// SISBÉN IV group: 0 none, 1 A, 2 B, 3 C, 4 D.
    var sisbenGroup: UInt8
    /// SISBÉN IV subgroup number within the group.
    var sisbenLevel: UInt8
    /// Latent academic ability (standard normal): lowers failure, raises Saber 11 scores.
    var ability: Float

    /// Current sede (index into `World.sedes`).
    var sede: Int32
    /// Grade of the coming or current year.
    var grade: Int8
    /// `JORNADA` 1…6.
    var jornada: UInt8
    /// `GRUPO` number.
    var group: UInt8
    /// `REPITENTE` of the coming record.
    var repeating: Bool
    /// `NUEVO` of the coming record.
    var isNew: Bool
    /// Whether the coming year is a return after a year away.
    var reentering: Bool
    /// `SIT_ACAD_ANO_ANT` of the coming record.
    var previousAcademic: UInt8
    /// `CON_ALUM_ANO_ANT` of the coming record.
    var previousCondition: UInt8

    /// Completed years of age on 31 March of `year` (SPEC §3's reference date).
    func age(in year: Int) -> Int {
        year - Int(birthYear) - (birthMonth > 3 ? 1 : 0)
    }

    /// Age minus the theoretical age of the current grade, or nil when the grade has none.
    func overAge(in year: Int) -> Int? {
        SimatCodes.theoreticalAge(grade: grade).map { age(in: year) - $0 }
    }
}

/// `TIPO_DOCUMENTO` values.
enum DocumentType: UInt8, CaseIterable {
    /// Registro civil.
    case rc
    /// Tarjeta de identidad.
    case ti
    /// Cédula de ciudadanía.
    case cc
    /// Número único de identificación personal.
    case nuip
    /// Permiso por protección temporal (migrants).
    case ppt
    /// Permiso especial de permanencia (migrants).
    case pep

    /// The text written in the file.
    var text: String {
        switch self {
        case .rc: "RC"
        case .ti: "TI"
        case .cc: "CC"
        case .nuip: "NUIP"
        case .ppt: "PPT"
        case .pep: "PEP"
        }
    }
}
