import Indicators
import Testing
@testable import Risk

@Suite("AgeTable")
struct EarlyWarningAgeTableTests {
    @Test("ages on the reference date, clamped, from the table and beyond it")
    func agesByYear() {
        // Reference date 31 March. Born 1 April 2010: 11 on 31/03/2022 (birthday not reached), 12 in 2023.
        // Born 31 March 2010: 12 in 2022 (birthday that day). Born 2 January 2024: 0 in 2023 (−1 clamped).
        let april = DayNumber.from(year: 2010, month: 4, day: 1)
        let march = DayNumber.from(year: 2010, month: 3, day: 31)
        let baby = DayNumber.from(year: 2024, month: 1, day: 2)
        let table = AgeTable(birthDates: [april, DayNumber.null, march, baby], years: [2022, 2023], month: 3, day: 31)
        #expect(table.age(born: april, yearIndex: 0) == 11)
        #expect(table.age(born: april, yearIndex: 1) == 12)
        #expect(table.age(born: march, yearIndex: 0) == 12)
        #expect(table.age(born: baby, yearIndex: 1) == 0)
        // Outside the tabulated span (the loaded birth dates): born 1 January 1950, 72 in 2022 → 40.
        #expect(table.age(born: DayNumber.from(year: 1950, month: 1, day: 1), yearIndex: 0) == FeatureWriter.maximumAge)
        // Born 1 January 2015, after every loaded date: 7 in 2022.
        #expect(table.age(born: DayNumber.from(year: 2015, month: 1, day: 1), yearIndex: 0) == 7)
    }

    @Test("without known birth dates there is no table, and ages are still computed")
    func noTable() {
        let table = AgeTable(birthDates: [DayNumber.null], years: [2020], month: 3, day: 31)
        #expect(table.age(born: DayNumber.from(year: 2005, month: 3, day: 31), yearIndex: 0) == 15)
        #expect(table.age(born: DayNumber.from(year: 2005, month: 4, day: 1), yearIndex: 0) == 14)
    }
}
