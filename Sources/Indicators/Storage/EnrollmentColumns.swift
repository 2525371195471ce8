/// Bit flags of one enrollment record (`EnrollmentColumns.flags`).
public struct RecordFlags: OptionSet, Sendable {
    /// The raw bits.
    public var rawValue: UInt16
    /// Creates flags from bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Status means withdrawn, or an event date with no status (SPEC §1.3).
    public static let withdrawn = RecordFlags(rawValue: 1 << 0)
    /// Status `GRADUADO`.
    public static let graduated = RecordFlags(rawValue: 1 << 1)
    /// A transfer reason (`TRASLAD` in the reason, or status `TRASLADADO`).
    public static let transferReason = RecordFlags(rawValue: 1 << 2)
    /// A dropout reason (`DESERC`, `DESERT`, `ABANDON`, or status `DESERTOR`).
    public static let dropoutReason = RecordFlags(rawValue: 1 << 3)
    /// `REPITENTE` = yes.
    public static let repeater = RecordFlags(rawValue: 1 << 4)
    /// `NUEVO` = yes.
    public static let new = RecordFlags(rawValue: 1 << 5)
    /// Victim of the armed conflict.
    public static let victim = RecordFlags(rawValue: 1 << 6)
    /// Has a disability.
    public static let disability = RecordFlags(rawValue: 1 << 7)
    /// Belongs to an ethnic group.
    public static let ethnic = RecordFlags(rawValue: 1 << 8)
    /// Migrant (origin country not Colombia).
    public static let migrant = RecordFlags(rawValue: 1 << 9)
}

/// Enrollment records as contiguous typed columns, one element per record, in input order.
///
/// Text columns hold ids into the interners of `EnrollmentStore` (0 = null). Small codes are bytes
/// (0 = null unless noted). No per-row objects.
public struct EnrollmentColumns: Sendable {
    /// School year.
    public var year: [Int16] = []
    /// Institution code id.
    public var institution: [UInt32] = []
    /// Institution name id. With `municipality`, it serves only to resolve each institution's name and
    /// municipality (`InstitutionAttributes`); a run frees both after that. (The optional `ETC` column
    /// is accepted but not read: nothing is computed from it.)
    public var institutionName: [UInt32] = []
    /// Sede code id.
    public var sede: [UInt32] = []
    /// Municipality code id (5 digits).
    public var municipality: [UInt32] = []
    /// Student key id (`P…` person id or `D…` document); after `DocumentLinker.link`, the linked key
    /// of SPEC §2 version 2.
    public var student: [UInt32] = []
    /// For a record with a person id: `ByteInterner.hash` of its document key (`D` + normalised
    /// document), 0 when it has no document or no person id. Serves `DocumentLinker` only.
    public var documentHash: [UInt64] = []
    /// Normalised status text id (used for exact duplicates).
    public var status: [UInt32] = []
    /// Birth date as a day number (`DayNumber.null` when missing).
    public var birthDate: [Int32] = []
    /// Event (novelty/withdrawal) date as a day number.
    public var eventDate: [Int32] = []
    /// Grade code (SPEC §1.3).
    public var grade: [Int8] = []
    /// 1 M, 2 F, 0 unknown.
    public var gender: [UInt8] = []
    /// Jornada 1…6, 0 unknown.
    public var jornada: [UInt8] = []
    /// Student zone 1 urbana, 2 rural, 0 unknown.
    public var zone: [UInt8] = []
    /// `SIT_ACAD_ANO_ANT` code, −1 when missing.
    public var prevAcademic: [Int8] = []
    /// `CON_ALUM_ANO_ANT` code, −1 when missing.
    public var prevCondition: [Int8] = []
    /// Year-end result (`CodeTables.Result` raw value).
    public var result: [UInt8] = []
    /// Record flags (`RecordFlags` bits).
    public var flags: [UInt16] = []
    /// Index of the input file.
    public var file: [UInt16] = []
    /// 1-based line in that file.
    public var line: [UInt32] = []

    /// Creates empty columns.
    public init() {}

    /// Number of records.
    public var count: Int { year.count }

    /// Reserves room for `n` more records in every column; when the columns must grow, they grow
    /// to at least `expectedTotal` records (the run's estimate of all its records), else at least
    /// double.
    ///
    /// Growing to the estimate at once means no column is copied again file after file; capacity
    /// beyond the records appended is address space only (pages are touched when rows arrive).
    public mutating func reserve(_ n: Int, expectedTotal: Int = 0) {
        // At least doubling: adding file after file then copies each row about once in all.
        let total = count + n <= year.capacity ? count + n : max(count + n, 2 * year.capacity, expectedTotal)
        year.reserveCapacity(total); institution.reserveCapacity(total)
        institutionName.reserveCapacity(total); sede.reserveCapacity(total)
        municipality.reserveCapacity(total)
        student.reserveCapacity(total); status.reserveCapacity(total)
        documentHash.reserveCapacity(total)
        birthDate.reserveCapacity(total); eventDate.reserveCapacity(total)
        grade.reserveCapacity(total); gender.reserveCapacity(total)
        jornada.reserveCapacity(total); zone.reserveCapacity(total)
        prevAcademic.reserveCapacity(total); prevCondition.reserveCapacity(total)
        result.reserveCapacity(total); flags.reserveCapacity(total)
        file.reserveCapacity(total); line.reserveCapacity(total)
    }

    /// Appends `other`, translating its text ids through `maps` and its student-key ids through
    /// `student` (each indexed by `other`'s ids).
    public mutating func append(_ other: EnrollmentColumns, maps: InternerMaps, student: [UInt32]) {
        year += other.year
        institution.append(contentsOf: other.institution.lazy.map { maps.institution[Int($0)] })
        institutionName.append(contentsOf: other.institutionName.lazy.map { maps.institutionName[Int($0)] })
        sede.append(contentsOf: other.sede.lazy.map { maps.sede[Int($0)] })
        municipality.append(contentsOf: other.municipality.lazy.map { maps.municipality[Int($0)] })
        self.student.append(contentsOf: other.student.lazy.map { student[Int($0)] })
        status.append(contentsOf: other.status.lazy.map { maps.status[Int($0)] })
        documentHash += other.documentHash
        birthDate += other.birthDate
        eventDate += other.eventDate
        grade += other.grade
        gender += other.gender
        jornada += other.jornada
        zone += other.zone
        prevAcademic += other.prevAcademic
        prevCondition += other.prevCondition
        result += other.result
        flags += other.flags
        file += other.file
        line += other.line
    }
}

/// The dictionaries of the enrollment text columns.
public struct EnrollmentInterners: Sendable {
    /// Institution codes.
    public var institution = ByteInterner(capacity: 1024)
    /// Institution names.
    public var institutionName = ByteInterner(capacity: 1024)
    /// Sede codes.
    public var sede = ByteInterner(capacity: 1024)
    /// Municipality codes.
    public var municipality = ByteInterner(capacity: 64)
    /// Student keys.
    public var student = ByteInterner(capacity: 4096)
    /// Normalised status texts.
    public var status = ByteInterner(capacity: 16)

    /// Creates empty dictionaries.
    public init() {}

}

/// Id translation tables: per text column, the run id of each chunk-dictionary id (index 0, the null
/// id, maps to 0).
public struct InternerMaps: Sendable {
    /// Per text column: new id of each old id.
    public var institution: [UInt32] = [0], institutionName: [UInt32] = [0], sede: [UInt32] = [0]
    /// Per text column: new id of each old id.
    public var municipality: [UInt32] = [0], status: [UInt32] = [0]

    /// Maps that know only the null id.
    public init() {}

    /// Adds to each map the entries of `local` not mapped yet and below `end`, interning them into `run`.
    mutating func extend(from local: EnrollmentInterners, to end: DictionarySizes, into run: inout EnrollmentInterners) {
        run.institution.merge(local.institution, ids: institution.count..<end.institution, into: &institution)
        run.institutionName.merge(local.institutionName, ids: institutionName.count..<end.institutionName,
                                  into: &institutionName)
        run.sede.merge(local.sede, ids: sede.count..<end.sede, into: &sede)
        run.municipality.merge(local.municipality, ids: municipality.count..<end.municipality, into: &municipality)
        run.status.merge(local.status, ids: status.count..<end.status, into: &status)
    }
}

/// The number of ids (the null id included) of each dictionary of an `EnrollmentInterners` but the
/// student keys'.
public struct DictionarySizes: Sendable {
    /// Ids per text column.
    public var institution = 1, institutionName = 1, sede = 1, municipality = 1, status = 1

    /// Sizes of empty dictionaries.
    public init() {}

    /// The sizes of `interners`' dictionaries now.
    public init(_ interners: EnrollmentInterners) {
        institution = interners.institution.count
        institutionName = interners.institutionName.count
        sede = interners.sede.count
        municipality = interners.municipality.count
        status = interners.status.count
    }
}
