import Testing
@testable import Indicators

/// `DayNumber.age`: completed years on a cutoff date, from a day number or an already converted date.
@Suite("Schema: age on a cutoff date")
struct SchemaAgeTests {
    /// Born 15/03/2010. Cutoff 31/03: 2016 − 2010 = 6 (birthday passed). Cutoff 01/03: 5 (not yet).
    /// Cutoff 15/03: 6 (the birthday itself counts).
    @Test("before, on and after the birthday, from a day number and from its civil date")
    func ages() {
        let birth = DayNumber.from(year: 2010, month: 3, day: 15)
        let civil = DayNumber.civil(birth)
        #expect(civil == (2010, 3, 15))
        for (month, day, expected) in [(3, 31, 6), (3, 1, 5), (3, 15, 6), (12, 31, 6), (1, 1, 5)] {
            #expect(DayNumber.age(born: birth, onYear: 2016, month: month, day: day) == expected)
            #expect(DayNumber.age(born: civil, onYear: 2016, month: month, day: day) == expected)
        }
    }

    /// Born 29/02/2012: on 28/02/2013 not yet 1 year old (0), on 01/03/2013 one year old.
    @Test("a 29 February birthday")
    func leapDay() {
        let civil = DayNumber.civil(DayNumber.from(year: 2012, month: 2, day: 29))
        #expect(DayNumber.age(born: civil, onYear: 2013, month: 2, day: 28) == 0)
        #expect(DayNumber.age(born: civil, onYear: 2013, month: 3, day: 1) == 1)
    }
}
