/// A tiny territory, 2018–2020, where each student carries one feature worth checking by hand.
///
/// A = 111001000001, B = 111001000002 (urban, official), C = 211001000003 (only in 2019).
///
/// | student | 2018 | 2019 | 2020 | what it shows in 2019 (2020 for P4) |
/// |---|---|---|---|---|
/// | P1 | A g4 APROBADO | A g5, born 01/06/2005 | A g6 | 3 years over age (13 vs 10) |
/// | P2 | A g6 REPROBADO | A g6, born 15/01/2007 | A g7 | failed in t−1, observed repeater, 1 year over |
/// | P3 | A g5 TRASLADO, then B g5 | B g6, withdrawn DESERCION | — | transfer in t−1; outcome: dropout |
/// | P9 | A g7 DESERCION | — | — | A's 2018 rate: 1 desertor / base 5 = 0.2 |
/// | P4 | A g3 | — | A g3 | re-entry in 2020 (absent in 2019) |
/// | P10, P11 | A g2, B g7 | — | — | interannual dropouts of 2018 |
/// | P5 | — | C g8, CON_ALUM_ANO_ANT 3, NUEVO, 2 years over | — | re-entry, new; C has no 2018 base: territory rate 1/7; interannual dropout |
/// | P6 | — | A g10, victim, disability, ethnic, migrant, rural, nocturna, F | A g11 | every flag |
/// | P7 | — | B g1, no birth date, fin de semana | B g2 | unknown age |
/// | P8 | — | A g0 (transición) | A g1 | the base level: no level column set |
/// | P12 | — | B g3 withdrawn, reason TRASLADO | — | final episode TRASLADO: no row |
/// | D99 | — | A g4, REPITENTE S (document 0099) | A g5 | reported repeater |
/// | P14 | — | A g9 withdrawn DESERCION | — | A's 2019 rate: 1 / 6 |
///
/// Territory 2018: base 7 (P3's A episode is a transfer), 1 desertor: 1/7.
enum WarningFixture {
    static let a = "111001000001", b = "111001000002", c = "211001000003"

    /// The rows; `outcomesChanged` rewrites the outcomes of 2019 (P3 stays enrolled, P1 fails,
    /// P5 comes back in 2020) without touching anything known at the start of 2019.
    static func rows(outcomesChanged: Bool = false) -> [String] {
        typealias W = WarningCheck
        var rows = [
            W.row(2018, a, person: "1", grade: 4, result: "APROBADO", born: "01/06/2005"),
            W.row(2018, a, person: "2", grade: 6, result: "REPROBADO", born: "15/01/2007"),
            W.row(2018, a, person: "3", grade: 5, status: "RETIRADO", reason: "TRASLADO", eventDate: "01/04/2018",
                  born: "01/01/2008"),
            W.row(2018, b, person: "3", grade: 5, result: "APROBADO", born: "01/01/2008"),
            W.row(2018, a, person: "9", grade: 7, status: "RETIRADO", reason: "DESERCION", eventDate: "01/08/2018",
                  born: "01/01/2006"),
            W.row(2018, a, person: "4", grade: 3, result: "APROBADO", born: "01/01/2012"),
            W.row(2018, a, person: "10", grade: 2, result: "APROBADO", born: "01/01/2011"),
            W.row(2018, b, person: "11", grade: 7, result: "APROBADO", born: "01/01/2006"),

            W.row(2019, c, person: "5", grade: 8, previousCondition: "3", new: "S", born: "01/01/2004"),
            W.row(2019, a, person: "1", grade: 5, result: outcomesChanged ? "REPROBADO" : "", born: "01/06/2005"),
            W.row(2019, a, person: "2", grade: 6, born: "15/01/2007"),
            outcomesChanged
                ? W.row(2019, b, person: "3", grade: 6, born: "01/01/2008")
                : W.row(2019, b, person: "3", grade: 6, status: "RETIRADO", reason: "DESERCION",
                        eventDate: "01/09/2019", born: "01/01/2008"),
            W.row(2019, a, person: "6", grade: 10, born: "01/02/2003", gender: "F", zone: "2", jornada: "4",
                  victim: "1", disability: "5", ethnicity: "2", origin: "VENEZUELA"),
            W.row(2019, b, person: "7", grade: 1, jornada: "5"),
            W.row(2019, a, person: "8", grade: 0, born: "01/05/2013"),
            W.row(2019, b, person: "12", grade: 3, status: "RETIRADO", reason: "TRASLADO", eventDate: "01/06/2019",
                  born: "01/01/2010"),
            W.row(2019, a, document: "0099", grade: 4, repeater: "S", born: "01/01/2010"),
            W.row(2019, a, person: "14", grade: 9, status: "RETIRADO", reason: "DESERCION", eventDate: "01/07/2019",
                  born: "01/01/2005"),

            W.row(2020, a, person: "1", grade: 6, born: "01/06/2005"),
            W.row(2020, a, person: "2", grade: 7, born: "15/01/2007"),
            W.row(2020, a, person: "4", grade: 3, born: "01/01/2012"),
            W.row(2020, a, person: "6", grade: 11, born: "01/02/2003", gender: "F", zone: "2", jornada: "4",
                  victim: "1", disability: "5", ethnicity: "2", origin: "VENEZUELA"),
            W.row(2020, b, person: "7", grade: 2, jornada: "5"),
            W.row(2020, a, person: "8", grade: 1, born: "01/05/2013"),
            W.row(2020, a, document: "0099", grade: 5, born: "01/01/2010"),
        ]
        if outcomesChanged { rows.append(W.row(2020, c, person: "5", grade: 9, born: "01/01/2004")) }
        return rows
    }
}
