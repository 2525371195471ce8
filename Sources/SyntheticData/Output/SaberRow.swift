/// One Saber 11 row before formatting.
struct SaberRow {
    /// `PERIODO`, e.g. `20194`.
    let period: Int
    /// Serial within the period file (the last seven digits of `ESTU_CONSECUTIVO`).
    let serial: Int
    /// The examinee and their scores.
    var examinee: Examinee
    /// Whether `COLE_COD_DANE_ESTABLECIMIENTO` and the school name are filled in.
    let withSchool: Bool
    /// `ESTU_ESTADOINVESTIGACION`: 0 `PUBLICAR`, 1 `VALIDEZ OFICIAL`, 2 `ANULADO`.
    let status: Int

    /// The same examinee with every subject score moved by `points` (clamped) and the global recomputed.
    func rescored(by points: Int) -> SaberRow {
        func move(_ score: UInt8) -> UInt8 { UInt8(min(max(Int(score) + points, 0), 100)) }
        var copy = self
        copy.examinee.reading = move(examinee.reading)
        copy.examinee.mathematics = move(examinee.mathematics)
        copy.examinee.science = move(examinee.science)
        copy.examinee.social = move(examinee.social)
        copy.examinee.english = move(examinee.english)
        let weighted = 3 * (Int(copy.examinee.reading) + Int(copy.examinee.mathematics) + Int(copy.examinee.science)
            + Int(copy.examinee.social)) + Int(copy.examinee.english)
        copy.examinee.global = UInt16((Double(5 * weighted) / 13).rounded())
        return copy
    }

    /// ICFES performance level 1…4 of a critical-reading score.
    static func readingLevel(_ score: UInt8) -> Int {
        score <= 35 ? 1 : score <= 50 ? 2 : score <= 65 ? 3 : 4
    }

    /// ICFES performance level 1…4 of a mathematics score.
    static func mathematicsLevel(_ score: UInt8) -> Int {
        score <= 35 ? 1 : score <= 50 ? 2 : score <= 70 ? 3 : 4
    }

    /// Index into `A-`, `A1`, `A2`, `B1`, `B+` of an English score.
    static func englishLevel(_ score: UInt8) -> Int {
        score <= 36 ? 0 : score <= 57 ? 1 : score <= 70 ? 2 : score <= 85 ? 3 : 4
    }

    /// Formats the row; `texts` holds the file's encoded names and levels.
    func write(into buffer: inout RowBuffer, texts: SaberTexts, institution: Int, municipality: Int, institutionCode: Int) {
        buffer.append(period)
        buffer.appendDelimiter()
        texts.fixed.append(SaberTexts.consecutivePrefix, to: &buffer)
        buffer.append(period)
        buffer.append(serial, width: 7)
        buffer.appendDelimiter()
        if withSchool { buffer.append(institutionCode) }
        buffer.appendDelimiter()
        if withSchool { texts.names.append(institution, to: &buffer) }
        buffer.appendDelimiter()
        texts.places.append(municipality, to: &buffer)
        appendScore(examinee.reading, to: &buffer)
        appendScore(examinee.mathematics, to: &buffer)
        appendScore(examinee.science, to: &buffer)
        appendScore(examinee.social, to: &buffer)
        appendScore(examinee.english, to: &buffer)
        buffer.appendDelimiter()
        buffer.append(Int(examinee.global))
        if texts.withLevels {
            buffer.appendDelimiter()
            buffer.append(Self.readingLevel(examinee.reading))
            buffer.appendDelimiter()
            buffer.append(Self.mathematicsLevel(examinee.mathematics))
        }
        buffer.appendDelimiter()
        texts.fixed.append(SaberTexts.englishLevelOffset + Self.englishLevel(examinee.english), to: &buffer)
        buffer.appendDelimiter()
        texts.fixed.append(SaberTexts.statusOffset + status, to: &buffer)
        buffer.appendLineEnd()
    }

    private func appendScore(_ score: UInt8, to buffer: inout RowBuffer) {
        buffer.appendDelimiter()
        buffer.append(Int(score))
    }
}

/// The texts of a Saber 11 file, encoded once for its style.
struct SaberTexts {
    /// `SB11`, the English levels `A-`…`B+`, then `PUBLICAR`, `VALIDEZ OFICIAL`, `ANULADO`.
    let fixed: TextTable
    /// Institution names by institution index.
    let names: TextTable
    /// Municipality names by municipality index.
    let places: TextTable
    /// Whether the file has `DESEMP_LECTURA_CRITICA` and `DESEMP_MATEMATICAS`.
    let withLevels: Bool

    /// Index of `SB11` in `fixed`.
    static let consecutivePrefix = 0
    /// Index of `A-` in `fixed`.
    static let englishLevelOffset = 1
    /// Index of `PUBLICAR` in `fixed`.
    static let statusOffset = 6

    /// Encodes the texts of `world` for `style`.
    init(world: World, style: FileStyle, withLevels: Bool) {
        fixed = TextTable(["SB11", "A-", "A1", "A2", "B1", "B+", "PUBLICAR", "VALIDEZ OFICIAL", "ANULADO"], style: style)
        names = TextTable(world.institutions.map(\.name), style: style)
        places = TextTable(world.municipalities.map(\.name), style: style)
        self.withLevels = withLevels
    }
}
