/// Grade labels a messy file writes instead of numbers (SPEC §1.3 accepts them).
enum GradeLabels {
    /// `PREJARDIN` … `ONCE` for grades −2…11.
    static let words = [
        "PREJARDIN", "JARDIN", "TRANSICION", "PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO",
        "SEPTIMO", "OCTAVO", "NOVENO", "DECIMO", "ONCE",
    ]

    /// Whether a row writes its grade in the `5°` form rather than as a word: every third row of grades 1…11.
    static func usesDegreeForm(grade: Int8, row: Int) -> Bool {
        grade >= 1 && grade <= 11 && row % 3 == 0
    }
}
