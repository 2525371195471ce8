import Foundation

/// Writes one year's `matricula` file from its records, with the style's quirks and injected rows.
struct MatriculaWriter {
    /// The territory.
    let world: World
    /// Every student, indexed by `EnrollmentRecord.student`.
    let students: [Student]
    /// The file's dialect and quirks.
    let style: FileStyle
    /// The columns written, in order.
    let columns: [MatriculaColumn]
    /// The school year.
    let year: Int
    /// The file's own stream: header variants, defects, damaged codes.
    var random: SampleRandom
    /// Rows formatted and not yet written.
    var buffer: RowBuffer
    /// The texts and codes, encoded for the style.
    let texts: EncodedTexts
    /// Rows whose `PersonIDGap.draw` falls below this leave `PER_ID` empty.
    let personIDGapThreshold: UInt64
    /// The seed, for `PersonIDGap`.
    let seed: UInt64

    /// Rate of each injected reason among a file's rows (eight reasons: about 0.5 % in all).
    static let injectionRate = 0.0006

    /// Writes `matricula_YYYY.csv` for `records` and describes it.
    static func write(
        _ records: [EnrollmentRecord], students: [Student], world: World, yearIndex: Int,
        configuration: SampleConfiguration, directory: URL
    ) throws(SampleError) -> SampleFile {
        let year = configuration.firstYear + yearIndex
        let style = FileStyle.matricula(yearIndex: yearIndex, years: configuration.years, messy: configuration.messy)
        let columns = MatriculaColumn.columns(publishesResults: Population.publishesResults(yearIndex: yearIndex), style: style)
        var writer = MatriculaWriter(
            world: world, students: students, style: style, columns: columns, year: year,
            random: SampleRandom(seed: configuration.seed, stream: .matriculaFile(yearIndex: yearIndex)),
            personIDGapThreshold: PersonIDGap.threshold(share: configuration.effectiveMissingPersonIDShare),
            seed: configuration.seed)
        let header = MatriculaColumn.header(columns, style: style, &writer.random)
        let path = "matricula_\(year).csv"
        let sink = try FileSink(directory: directory, relativePath: path)
        writer.buffer.appendHeader(header, style: style)
        let injected = try writer.writeRows(records, to: sink)
        try sink.finish(&writer.buffer)
        return SampleFile(
            path: path, kind: .matricula, year: year, rows: records.count + injected.extraRows,
            delimiter: style.delimiter.text, encoding: style.encoding, lineEnding: style.lineEnding, columns: header,
            injected: injected.counts)
    }

    private init(
        world: World, students: [Student], style: FileStyle, columns: [MatriculaColumn], year: Int, random: SampleRandom,
        personIDGapThreshold: UInt64, seed: UInt64
    ) {
        self.personIDGapThreshold = personIDGapThreshold
        self.seed = seed
        self.world = world
        self.students = students
        self.style = style
        self.columns = columns
        self.year = year
        self.random = random
        buffer = RowBuffer(style: style)
        texts = EncodedTexts(world: world, style: style)
    }

    /// Writes every record, with the planned defects, and returns what was injected.
    private mutating func writeRows(_ records: [EnrollmentRecord], to sink: FileSink) throws(SampleError) -> (counts: [String: Int], extraRows: Int) {
        let reasons = InjectedReason.allCases
        let plan: InjectionPlan? =
            style.injectsBadRows
            ? InjectionPlan(rowCount: records.count, reasons: reasons.count, rate: Self.injectionRate, &random) {
                [world] reason, row in
                reasons[reason] != .dobleMatricula
                    || (world.institutions.count > 1 && records[row].status != .retirado && records[row].result != .desertor)
            } : nil
        var counts: [String: Int] = [:]
        var extraRows = 0
        for (row, record) in records.enumerated() {
            let reason = plan?.reason(at: row).map { reasons[$0] }
            let start = buffer.count
            writeRow(record, row: row, damage: reason == .fechaImposible ? .impossibleBirthDate : .none)
            if let reason {
                counts[reason.rawValue, default: 0] += 1
                if reason != .fechaImposible {
                    writeExtraRow(for: reason, copying: record, row: row, rowStart: start)
                    extraRows += 1
                }
            }
            try sink.drain(&buffer)
        }
        return (counts, extraRows)
    }

    /// The defective row injected after a genuine one.
    private mutating func writeExtraRow(for reason: InjectedReason, copying record: EnrollmentRecord, row: Int, rowStart: Int) {
        switch reason {
        case .duplicadoExacto:
            buffer.repeatBytes(from: rowStart)
        case .campos:
            writeRow(record, row: row, damage: random.chance(0.5) ? .extraField : .missingField)
        case .sinClave:
            writeRow(record, row: row, damage: .noKey)
        case .gradoInvalido:
            writeRow(record, row: row, damage: .invalidGrade)
        case .anioInvalido:
            writeRow(record, row: row, damage: .invalidYear)
        case .institucionVacia:
            writeRow(record, row: row, damage: .emptyInstitution)
        case .dobleMatricula:
            var second = record
            second.sede = Int32(world.transferTarget(from: Int(record.sede), &random) ?? Int(record.sede))
            second.status = .matriculado
            second.reason = .none
            second.eventDay = EnrollmentRecord.noDate
            writeRow(second, row: row, damage: .none)
        case .fechaImposible:
            preconditionFailure("an impossible birth date damages the genuine row")
        }
    }
}

/// How a written row departs from its record.
enum RowDamage {
    /// Written as it is.
    case none
    /// No `PER_ID` and no document.
    case noKey
    /// Grade `15` or `X`.
    case invalidGrade
    /// Year `1899` or empty.
    case invalidYear
    /// Empty institution code.
    case emptyInstitution
    /// Birth date on the 31st of February.
    case impossibleBirthDate
    /// One field too many.
    case extraField
    /// The last field left out.
    case missingField
}
