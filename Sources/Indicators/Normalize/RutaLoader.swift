import Foundation

/// One row of a filled Ruta plan (`ruta` input, SPEC §12.2), as the SE saved it.
///
/// Only `anio_base`, the institution and `modalidad` are required; every other column of
/// `ruta_plan.csv` is optional and kept as written (numbers accept a decimal comma).
public struct RutaInputRow: Sendable, Equatable {
    /// Index of the input file.
    public var file: Int
    /// 1-based line of the row.
    public var line: Int
    /// The row's fields joined by the file's delimiter (for the rejects file).
    public var content: String
    /// `anio_base` (b).
    public var baseYear: Int
    /// `institucion` (repaired code).
    public var institution: String
    /// `modalidad` as written, normalised (`IN_SITU`, `GRUPO`, …).
    public var modality: String
    /// `estado` normalised (`PLANEADO`, `EN_CURSO`, `CERRADO`, `SUSPENDIDO`), empty when blank.
    public var status: String
    /// `sesiones_planeadas`, `sesiones_realizadas`, `horas` (nil when blank or not a number).
    public var plannedSessions: Double?, deliveredSessions: Double?, hours: Double?
    /// `padrino_1..3` and `par_1..3`, non-empty codes only.
    public var padrinos: [String], peers: [String]
    /// `responsable`, `fecha_inicio`, `fecha_fin`, `motivo_cierre` as written.
    public var responsible: String, startDate: String, endDate: String, closingReason: String

    /// Accompanied (SPEC §12.2): `estado` `EN_CURSO` or `CERRADO`, or `sesiones_realizadas` > 0, or
    /// `estado`, `sesiones_realizadas` and `horas` all empty (the plan carried out as written).
    public var isAccompanied: Bool {
        if status == "EN_CURSO" || status == "CERRADO" { return true }
        if let sessions = deliveredSessions, sessions > 0 { return true }
        return status.isEmpty && deliveredSessions == nil && hours == nil
    }

    /// Creates a row (fixtures and tests).
    public init(file: Int = 0, line: Int = 2, content: String = "", baseYear: Int, institution: String,
                modality: String, status: String = "", plannedSessions: Double? = nil,
                deliveredSessions: Double? = nil, hours: Double? = nil, padrinos: [String] = [],
                peers: [String] = [], responsible: String = "", startDate: String = "", endDate: String = "",
                closingReason: String = "") {
        self.file = file
        self.line = line
        self.content = content
        self.baseYear = baseYear
        self.institution = institution
        self.modality = modality
        self.status = status
        self.plannedSessions = plannedSessions
        self.deliveredSessions = deliveredSessions
        self.hours = hours
        self.padrinos = padrinos
        self.peers = peers
        self.responsible = responsible
        self.startDate = startDate
        self.endDate = endDate
        self.closingReason = closingReason
    }
}

/// Loads `ruta` files (SPEC §1, §12.2): the plan that `run` wrote, filled in by the SE and saved back
/// (for instance by Excel in a Spanish locale: `;`, BOM, decimal comma, dates dd/mm/yyyy).
///
/// A row is rejected here only when its `anio_base` is not a year in 2000–2100 or its institution is
/// empty; whether the institution and the base year are loaded is decided after linking
/// (`RutaInputRow` rows with an unknown institution or an unloaded base year go to the rejects there).
public enum RutaLoader {
    /// Reads the rows of `file`, in file order.
    public static func load(_ file: DelimitedFile, fileIndex: Int, summary: inout FileSummary)
        throws(IngestError) -> (rows: [RutaInputRow], rejects: [RejectedRow])
    {
        let header = file.normalizedHeader
        let mapping = ColumnMapping(normalizedHeader: header)
        func index(_ name: String) -> Int? { header.firstIndex(of: name) }
        let baseYear = index("ANIO_BASE"), modality = index("MODALIDAD"), institution = mapping[.institution]
        let status = index("ESTADO"), planned = index("SESIONES_PLANEADAS")
        let delivered = index("SESIONES_REALIZADAS"), hours = index("HORAS")
        let padrinos = (1...3).compactMap { index("PADRINO_\($0)") }, peers = (1...3).compactMap { index("PAR_\($0)") }
        let responsible = index("RESPONSABLE"), start = index("FECHA_INICIO"), end = index("FECHA_FIN")
        let closing = index("MOTIVO_CIERRE")
        let delimiter = String(decoding: [file.dialect.delimiter], as: UTF8.self)
        var rows: [RutaInputRow] = []
        let (read, rejects) = try RowReader.forEachRow(file, fileIndex: fileIndex) { fields, line in
            func text(_ i: Int?) -> String { i.map { fields[$0].trimmedOfWhitespace } ?? "" }
            func number(_ i: Int?) -> Double? { DecimalParser.parse(text(i)) }
            guard let year = Int(text(baseYear)), (2000...2100).contains(year) else {
                return RejectReasonDetail(.invalidYear, "columna ANIO_BASE vacía o fuera de 2000–2100")
            }
            let code = CodeRepair.code(text(institution))
            if code.isEmpty { return RejectReasonDetail(.missingInstitution, "columna INSTITUCION vacía") }
            rows.append(RutaInputRow(
                file: fileIndex, line: line, content: fields.joined(separator: delimiter), baseYear: year,
                institution: code, modality: TextNormalizer.normalize(text(modality)),
                status: TextNormalizer.normalize(text(status)), plannedSessions: number(planned),
                deliveredSessions: number(delivered), hours: number(hours),
                padrinos: padrinos.map { CodeRepair.code(text($0)) }.filter { !$0.isEmpty },
                peers: peers.map { CodeRepair.code(text($0)) }.filter { !$0.isEmpty },
                responsible: text(responsible), startDate: text(start), endDate: text(end),
                closingReason: text(closing)))
            return nil
        }
        summary.rowsRead = read
        summary.rowsRejected = rejects.count
        summary.rowsUsed = rows.count
        summary.years = Array(Set(rows.map(\.baseYear))).sorted()
        return (rows, rejects)
    }
}
