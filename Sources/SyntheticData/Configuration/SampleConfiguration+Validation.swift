extension SampleConfiguration {
    /// Largest accepted `students`: a whole country is about 10 million a year.
    public static let maximumStudents = 20_000_000
    /// Largest accepted `years`.
    public static let maximumYears = 30

    /// Throws when a value is out of range, so a caller can refuse it before any work starts.
    public func validate() throws(SampleError) {
        guard (1...Self.maximumStudents).contains(students) else {
            throw SampleError(code: .invalidStudents, subject: "students", found: String(students))
        }
        guard (1...Self.maximumYears).contains(years) else {
            throw SampleError(code: .invalidYears, subject: "years", found: String(years))
        }
        guard firstYear >= 2000, firstYear + years - 1 <= 2100 else {
            throw SampleError(code: .invalidFirstYear, subject: "firstYear", found: String(firstYear))
        }
    }
}
