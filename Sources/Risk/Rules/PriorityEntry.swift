/// How a prioritised institution is accompanied (`modalidad`).
public enum AccompanimentModality: String, Sendable, CaseIterable {
    /// Score at least `RiskRules.inSituScore`: a visit to the institution itself.
    case inSitu = "IN_SITU"
    /// Score from 1 up to below `inSituScore`: accompaniment in a group of nearby institutions.
    case group = "GRUPO"
    /// Score 0: no accompaniment.
    case none = "NINGUNA"
}

/// One institution's priority in the latest matrícula year: a row of `priorizacion` (SPEC §6, §8).
public struct PriorityEntry: Sendable, Equatable {
    /// `anio`.
    public var year: Int
    /// `rango`: 1 = highest priority.
    public var rank: Int
    /// `institucion`, `nombre`, `municipio`, `zona`.
    public var institution: String, name: String, municipality: String, zone: String
    /// `puntaje` = `peso_alta` × `alertas_altas` + `peso_media` × `alertas_medias`.
    public var score: Int
    /// `alertas_altas`: the institution's `ALTA` flags of that year, all rules.
    public var highFlags: Int
    /// `alertas_medias`: its `MEDIA` flags of that year, all rules.
    public var mediumFlags: Int
    /// `modalidad`.
    public var modality: AccompanimentModality
    /// `padrino_1…`: sponsor institution codes, best first (empty when the score is 0).
    public var padrinos: [String]
    /// `grupo_acompanamiento`: `G-<municipio>-<zona>` for `GRUPO` institutions, else nil.
    public var group: String?

    /// Creates an entry.
    public init(year: Int, rank: Int, institution: String, name: String, municipality: String, zone: String,
                score: Int, highFlags: Int, mediumFlags: Int, modality: AccompanimentModality,
                padrinos: [String], group: String?) {
        self.year = year
        self.rank = rank
        self.institution = institution
        self.name = name
        self.municipality = municipality
        self.zone = zone
        self.score = score
        self.highFlags = highFlags
        self.mediumFlags = mediumFlags
        self.modality = modality
        self.padrinos = padrinos
        self.group = group
    }
}
