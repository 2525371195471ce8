import Foundation
import Risk

/// A simulated territory whose dropout mechanism is known, written as matrícula rows.
///
/// Mechanism, each year t for each enrolled student (all draws from one seeded generator):
/// - log-odds of dropping out η = −3.4 + 0.5·min(over-age, 5) + 0.9·rural + 1.0·victim + 1.0·night
///   jornada, where over-age = t − birth year − grade − 5 (births on 1 January, so this is the
///   engine's age on 31 March minus the theoretical age), clamped at 0;
/// - a dropout leaves for good: half withdraw during the year (`RETIRADO`, `DESERCION`, dated), half
///   finish the year and do not come back (always the former in grade 11, where finishing graduates);
/// - the others fail with probability 0.1 (`REPROBADO`, same grade next year, `REPITENTE` = S) or pass;
///   grade 11 passed graduates;
/// - 5 % transfer during the year (a withdrawn `TRASLADO` record at another institution first);
/// - gender, ethnicity, migration, disability, transfers, failing and the institution have no effect.
/// The initial students are in grades 1–11 with over-age 0 (60 %), 1 (15 %), 2 (12 %), 3 (8 %) or
/// 4 (5 %); each later year a tenth as many enter grade 1 (`NUEVO` = S). Rural 35 %, victim 12 %,
/// night jornada 10 %.
enum SimulatedTerritory {
    /// The features that raise the risk in the mechanism.
    static let trueFactors: Set<WarningFeature> = [.extraedadAnios, .zonaRural, .victima, .jornadaNocturnaFinDeSemana]

    private struct Student {
        let id: Int
        let birthYear: Int
        var grade: Int
        var institution: Int
        let rural, victim, night, female, ethnic, migrant, disability: Bool
        var repeater = false
        var isNew: Bool
    }

    /// The rows of `years` school years from `firstYear`, starting with `students` students.
    static func rows(students: Int, firstYear: Int, years: Int, seed: UInt64) -> [String] {
        var generator = ModelCheck.Generator(seed: seed)
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &generator) < p }
        var nextId = 1
        func newStudent(year: Int, grade: Int, isNew: Bool) -> Student {
            let u = Double.random(in: 0..<1, using: &generator)
            let overAge = u < 0.60 ? 0 : u < 0.75 ? 1 : u < 0.87 ? 2 : u < 0.95 ? 3 : 4
            defer { nextId += 1 }
            return Student(
                id: nextId, birthYear: year - grade - 5 - overAge, grade: grade,
                institution: Int.random(in: 10..<40, using: &generator),
                rural: chance(0.35), victim: chance(0.12), night: chance(0.10), female: chance(0.5),
                ethnic: chance(0.06), migrant: chance(0.04), disability: chance(0.03), isNew: isNew)
        }
        var active = (0..<students).map { _ in
            newStudent(year: firstYear, grade: Int.random(in: 1...11, using: &generator), isNew: false)
        }
        var rows: [String] = []
        for year in firstYear..<(firstYear + years) {
            if year > firstYear { active += (0..<(students / 10)).map { _ in newStudent(year: year, grade: 1, isNew: true) } }
            var next: [Student] = []
            for var student in active {
                func row(status: String = "MATRICULADO", reason: String = "", date: String = "", result: String = "")
                    -> String
                {
                    WarningCheck.row(
                        year, "1110010000\(student.institution)", person: String(student.id), grade: student.grade,
                        status: status, reason: reason, eventDate: date, result: result,
                        repeater: student.repeater ? "S" : "N", new: student.isNew ? "S" : "N",
                        born: "01/01/\(student.birthYear)", gender: student.female ? "F" : "M",
                        zone: student.rural ? "2" : "1", jornada: student.night ? "4" : "2",
                        victim: student.victim ? "1" : "9", disability: student.disability ? "4" : "99",
                        ethnicity: student.ethnic ? "2" : "0", origin: student.migrant ? "VENEZUELA" : "170")
                }
                if chance(0.05) {
                    rows.append(row(status: "RETIRADO", reason: "TRASLADO", date: "01/04/\(year)"))
                    student.institution = 10 + (student.institution - 10 + 7) % 30
                }
                let overAge = min(5, max(0, year - student.birthYear - student.grade - 5))
                var eta = -3.4 + 0.5 * Double(overAge)
                if student.rural { eta += 0.9 }
                if student.victim { eta += 1.0 }
                if student.night { eta += 1.0 }
                if chance(1 / (1 + exp(-eta))) {
                    let withdraws = student.grade == 11 || chance(0.5)
                    rows.append(withdraws ? row(status: "RETIRADO", reason: "DESERCION", date: "01/08/\(year)")
                                          : row(result: "APROBADO"))
                    continue
                }
                let failed = chance(0.1)
                rows.append(row(result: failed ? "REPROBADO" : "APROBADO"))
                if !failed && student.grade == 11 { continue }
                if !failed { student.grade += 1 }
                student.repeater = failed
                student.isNew = false
                next.append(student)
            }
            active = next
        }
        return rows
    }
}
