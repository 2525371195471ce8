/// SIMAT code values the generator writes (SPEC §1.3).
enum SimatCodes {
    /// `SIT_ACAD_ANO_ANT`: approved last year.
    static let approved: UInt8 = 1
    /// `SIT_ACAD_ANO_ANT`: failed last year.
    static let failed: UInt8 = 2
    /// `SIT_ACAD_ANO_ANT`: did not study last year.
    static let didNotStudy: UInt8 = 0
    /// `SIT_ACAD_ANO_ANT`: pending achievements.
    static let pending: UInt8 = 4
    /// `SIT_ACAD_ANO_ANT`: comes from another institution.
    static let fromOtherInstitution: UInt8 = 6
    /// `SIT_ACAD_ANO_ANT`: enrolls for the first time.
    static let firstTime: UInt8 = 7
    /// `SIT_ACAD_ANO_ANT`: did not finish last year.
    static let didNotFinish: UInt8 = 8
    /// `CON_ALUM_ANO_ANT`: dropped out last year.
    static let droppedOut: UInt8 = 3
    /// `CON_ALUM_ANO_ANT`: transferred last year.
    static let transferred: UInt8 = 5
    /// `CON_ALUM_ANO_ANT`: not applicable.
    static let notApplicable: UInt8 = 9
    /// `POB_VICT_CONF` of a student who is not a victim.
    static let noVictim: UInt8 = 9
    /// `TIPO_DISCAPACIDAD` of a student without disability.
    static let noDisability: UInt8 = 99
    /// `PAIS_ORIGEN` of Colombia.
    static let colombia: UInt16 = 170
    /// `PAIS_ORIGEN` of Venezuela.
    static let venezuela: UInt16 = 862

    /// Theoretical age of a grade: −2→3, −1→4, 0→5, g→g+5 for 1…11; nil for other grades.
    static func theoreticalAge(grade: Int8) -> Int? {
        (-2...11).contains(grade) ? Int(grade) + 5 : nil
    }

    /// Whether finishing the grade graduates (11, ciclo complementario 13, adult cycle 26).
    static func isFinal(grade: Int8) -> Bool {
        grade == 11 || grade == 13 || grade == 26
    }

    /// The grade after promotion from a grade that is not final (aceleración 99 leads to 6).
    static func promoted(from grade: Int8) -> Int8 {
        grade == 99 ? 6 : grade + 1
    }
}
