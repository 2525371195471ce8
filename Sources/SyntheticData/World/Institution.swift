/// An educational institution (establecimiento) of the synthetic world.
struct Institution {
    /// The 12-digit DANE code: sector-zone digit, municipality (5 digits), serial (6 digits).
    let code: Int
    /// Upper-case name with accents; some hold a comma or double quotes.
    let name: String
    /// Index into `World.municipalities`.
    let municipality: Int
    /// Whether it is rural (code digit 2 or 4).
    let rural: Bool
    /// Whether it is official (public; code digit 1 or 2).
    let official: Bool
    /// Its sedes, as a range of indices into `World.sedes`.
    let sedes: Range<Int>
    /// The institution's random effect on the log-odds of dropping out.
    var dropoutEffect: Double
    /// Points added to every Saber 11 subject score of its examinees.
    var scoreEffect: Double
    /// Whether it follows calendar B (Saber 11 period `YYYY2` instead of `YYYY4`).
    let calendarB: Bool

    /// The first digit of a DANE institution code for a zone and sector.
    static func typeDigit(rural: Bool, official: Bool) -> Int {
        switch (official, rural) {
        case (true, false): 1
        case (true, true): 2
        case (false, false): 3
        case (false, true): 4
        }
    }
}

/// A sede (campus) of an institution.
struct Sede {
    /// The 14-digit sede code: institution code followed by two digits.
    let code: Int
    /// Index into `World.institutions`.
    let institution: Int
    /// Whether the sede is rural.
    let rural: Bool
    /// Students it should hold in the first year (its share of new entrants too).
    let size: Int
}
