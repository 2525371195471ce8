import Testing
@testable import SyntheticData

@Suite("Civil dates")
struct CivilDateTests {
    // Day numbers from Python: (datetime.date(y, m, d) - datetime.date(1970, 1, 1)).days
    @Test("day numbers of known dates", arguments: [
        (1970, 1, 1, 0), (2000, 3, 1, 11017), (2019, 3, 31, 17986), (1899, 12, 31, -25568), (2024, 2, 29, 19782),
    ])
    func known(year: Int, month: Int, day: Int, number: Int) {
        #expect(CivilDate.dayNumber(year: year, month: month, day: day) == number)
        #expect(CivilDate.components(of: number) == (year, month, day))
    }

    @Test("components and day numbers round-trip over two centuries")
    func roundTrip() {
        let first = CivilDate.dayNumber(year: 1900, month: 1, day: 1)
        let last = CivilDate.dayNumber(year: 2100, month: 12, day: 31)
        var previous = CivilDate.components(of: first - 1)
        var mismatches = 0
        for number in first...last {
            let date = CivilDate.components(of: number)
            if CivilDate.dayNumber(year: date.year, month: date.month, day: date.day) != number { mismatches += 1 }
            if date.day != previous.day + 1 && date.day != 1 { mismatches += 1 }
            previous = date
        }
        #expect(mismatches == 0)
    }

    @Test("ages are completed years on 31 March")
    func ages() {
        var random = SampleRandom(seed: 1, stream: .population)
        var student = Student.draw(
            personID: 1, grade: 5, sede: 0, year: 2019, world: World(configuration: SampleConfiguration(students: 10)),
            random: &random)
        student.birthYear = 2009
        student.birthMonth = 3
        student.birthDay = 31
        #expect(student.age(in: 2019) == 10)
        student.birthMonth = 4
        student.birthDay = 1
        #expect(student.age(in: 2019) == 9)
        #expect(student.overAge(in: 2019) == -1)
        student.grade = 20
        #expect(student.overAge(in: 2019) == nil)
    }
}
