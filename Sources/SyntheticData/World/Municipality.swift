/// A municipality of the synthetic territory (real DANE codes of Antioquia).
struct Municipality {
    /// DANE code as a number (`5001` is written `05001`).
    let code: Int
    /// Upper-case name with accents, as ICFES writes it.
    let name: String
    /// The certified territorial entity that manages its schools (`ETC` column).
    let etc: String
    /// Relative share of the territory's students.
    let weight: Double
    /// Probability that one of its institutions is rural.
    let ruralShare: Double
    /// Probability that a student is ethnic (Urabá has many Afro-Colombian students).
    let ethnicShare: Double

    /// The candidates, most urban first; a world takes the first four to six, so Medellín and the
    /// rural Abejorral are always present.
    static let candidates: [Municipality] = [
        Municipality(code: 5001, name: "MEDELLÍN", etc: "MEDELLÍN", weight: 0.45, ruralShare: 0.10, ethnicShare: 0.04),
        Municipality(code: 5002, name: "ABEJORRAL", etc: "ANTIOQUIA", weight: 0.06, ruralShare: 0.75, ethnicShare: 0.02),
        Municipality(code: 5088, name: "BELLO", etc: "BELLO", weight: 0.18, ruralShare: 0.12, ethnicShare: 0.05),
        Municipality(code: 5045, name: "APARTADÓ", etc: "APARTADÓ", weight: 0.12, ruralShare: 0.40, ethnicShare: 0.35),
        Municipality(code: 5615, name: "RIONEGRO", etc: "RIONEGRO", weight: 0.12, ruralShare: 0.35, ethnicShare: 0.02),
        Municipality(code: 5030, name: "AMAGÁ", etc: "ANTIOQUIA", weight: 0.07, ruralShare: 0.55, ethnicShare: 0.03),
    ]
}
