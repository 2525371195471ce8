/// One matricula record as a chunk parses it, before it joins the chunk's columns.
///
/// A chunk gathers records in a small batch and appends the batch column by column
/// (`EnrollmentColumns.append(contentsOf:)`): one `Array` append per record instead of one per
/// column and record (each checks the array's uniqueness and capacity).
struct ParsedRecord {
    var year: Int16 = 0
    var grade: Int8 = 0
    var institution: UInt32 = 0, institutionName: UInt32 = 0, sede: UInt32 = 0
    var municipality: UInt32 = 0, student: UInt32 = 0, status: UInt32 = 0
    var documentHash: UInt64 = 0
    var birthDate: Int32 = 0, eventDate: Int32 = 0
    var gender: UInt8 = 0, jornada: UInt8 = 0, zone: UInt8 = 0, result: UInt8 = 0
    var prevAcademic: Int8 = 0, prevCondition: Int8 = 0
    var flags: UInt16 = 0
    var file: UInt16 = 0
    var line: UInt32 = 0
}

extension EnrollmentColumns {
    /// Appends `records` (ids local to the chunk, as parsed) column by column.
    mutating func append(contentsOf records: [ParsedRecord]) {
        year.append(contentsOf: records.lazy.map(\.year))
        grade.append(contentsOf: records.lazy.map(\.grade))
        institution.append(contentsOf: records.lazy.map(\.institution))
        institutionName.append(contentsOf: records.lazy.map(\.institutionName))
        sede.append(contentsOf: records.lazy.map(\.sede))
        municipality.append(contentsOf: records.lazy.map(\.municipality))
        student.append(contentsOf: records.lazy.map(\.student))
        status.append(contentsOf: records.lazy.map(\.status))
        documentHash.append(contentsOf: records.lazy.map(\.documentHash))
        birthDate.append(contentsOf: records.lazy.map(\.birthDate))
        eventDate.append(contentsOf: records.lazy.map(\.eventDate))
        gender.append(contentsOf: records.lazy.map(\.gender))
        jornada.append(contentsOf: records.lazy.map(\.jornada))
        zone.append(contentsOf: records.lazy.map(\.zone))
        result.append(contentsOf: records.lazy.map(\.result))
        prevAcademic.append(contentsOf: records.lazy.map(\.prevAcademic))
        prevCondition.append(contentsOf: records.lazy.map(\.prevCondition))
        flags.append(contentsOf: records.lazy.map(\.flags))
        file.append(contentsOf: records.lazy.map(\.file))
        line.append(contentsOf: records.lazy.map(\.line))
    }
}
