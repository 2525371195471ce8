extension Population {
    /// Grades of first-year students and their relative weights.
    private static let firstYearGrades: [(grade: Int8, weight: Double)] =
        [(-2, 2), (-1, 3), (0, 7.5)] + (1...5).map { (Int8($0), 8) } + (6...9).map { (Int8($0), 7.5) }
        + [(10, 6.5), (11, 6), (12, 0.3), (13, 0.3)] + (20...26).map { (Int8($0), 0.6) } + [(99, 0.5)]

    /// Grades of new entrants in later years: mostly the first grades, some migrants and adults.
    private static let entrantGrades: [(grade: Int8, weight: Double)] =
        [(-2, 8), (-1, 15), (0, 55)] + (1...11).map { (Int8($0), 1.1) } + [(12, 1), (20, 6), (21, 2), (99, 1)]

    /// Draws the first year's students, sede by sede, with plausible prior-year codes.
    mutating func drawFirstYear() {
        let grades = Self.cumulative(Self.firstYearGrades)
        for sede in world.sedes.indices {
            for _ in 0..<world.sedes[sede].size {
                let grade = Self.firstYearGrades[random.index(cumulative: grades)].grade
                var student = drawStudent(grade: grade, sede: sede, year: configuration.firstYear)
                let firstGrade = grade == -2 || ((grade == -1 || grade == 0) && random.chance(0.6))
                if firstGrade || random.chance(0.03) {
                    markNew(&student)
                } else if (1...11).contains(grade) && random.chance(0.06) {
                    student.repeating = true
                    student.previousAcademic = SimatCodes.failed
                } else if random.chance(0.02) {
                    student.reentering = true
                    student.previousAcademic = random.chance(0.5) ? SimatCodes.didNotStudy : SimatCodes.didNotFinish
                    student.previousCondition = SimatCodes.droppedOut
                } else if random.chance(0.02) {
                    student.previousCondition = SimatCodes.transferred
                }
                enrolled.append(add(student))
            }
        }
    }

    /// Adds the year's new entrants (`NUEVO` = S) at sedes drawn by size.
    mutating func drawEntrants(year: Int) {
        let grades = Self.cumulative(Self.entrantGrades)
        let count = Int((Double(world.sedes.reduce(0) { $0 + $1.size }) * Self.entrantShare).rounded())
        for _ in 0..<count {
            let grade = Self.entrantGrades[random.index(cumulative: grades)].grade
            var student = drawStudent(grade: grade, sede: world.randomSede(&random), year: year)
            markNew(&student)
            enrolled.append(add(student))
        }
    }

    private mutating func drawStudent(grade: Int8, sede: Int, year: Int) -> Student {
        let personID = nextPersonID
        nextPersonID += 1 + random.int(below: 7)
        return Student.draw(personID: personID, grade: grade, sede: sede, year: year, world: world, random: &random)
    }

    /// A first enrollment: first time in school for the first grades, else from another institution or
    /// first time, half and half.
    private mutating func markNew(_ student: inout Student) {
        student.isNew = true
        let fromElsewhere = student.grade >= 1 && random.chance(0.5)
        student.previousAcademic = fromElsewhere ? SimatCodes.fromOtherInstitution : SimatCodes.firstTime
    }

    private static func cumulative(_ table: [(grade: Int8, weight: Double)]) -> [Double] {
        var total = 0.0
        return table.map { total += $0.weight; return total }
    }
}
