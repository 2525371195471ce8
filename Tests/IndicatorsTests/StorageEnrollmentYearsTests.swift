import Testing
@testable import Indicators

/// `EnrollmentStore.years`: the distinct years of the records, ascending, whatever their order.
@Suite("Storage: the store's years")
struct StorageEnrollmentYearsTests {
    @Test("distinct years ascending, from records in any order")
    func distinctAscending() {
        var store = EnrollmentStore()
        store.columns.year = [2024, 2019, 2024, 2021, 2019, 2100, 2000]
        #expect(store.years == [2000, 2019, 2021, 2024, 2100])
    }

    @Test("no records, no years")
    func empty() {
        #expect(EnrollmentStore().years == [])
    }
}
