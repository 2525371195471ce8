/// One prioritised institution of the Ruta plan: a row of `ruta_plan.csv` (SPEC §12.1).
public struct RutaPlanEntry: Sendable, Equatable {
    /// The institution's priority (§6): year, rank, code, name, municipality, zone, score, modality,
    /// padrinos and group.
    public var priority: PriorityEntry
    /// `subregion`: from the `subregiones` input; nil without one or when its municipality is not listed.
    public var subregion: String?
    /// `indicador_principal` and its base values: the flag chosen by `PrincipalIndicator`.
    public var principal: InstitutionFlag
    /// `par_1..3`: IE pares, nearest first.
    public var peers: [String]
    /// `foro`: the subregion, else the municipality (`SIN_DATO` when unknown).
    public var forum: String

    /// Creates an entry.
    public init(priority: PriorityEntry, subregion: String?, principal: InstitutionFlag, peers: [String],
                forum: String) {
        self.priority = priority
        self.subregion = subregion
        self.principal = principal
        self.peers = peers
        self.forum = forum
    }
}

/// One row of `foros.csv` (SPEC §12.1): a foro and an indicator with the prioritised institutions
/// flagged on it that year and their padrinos.
public struct ForumRow: Sendable, Equatable {
    /// `anio`.
    public var year: Int
    /// `foro`.
    public var forum: String
    /// `indicador`.
    public var indicator: FlaggedIndicator
    /// `instituciones` (sorted codes); `instituciones_con_alerta` is their count.
    public var institutions: [String]
    /// `padrinos`: the padrinos of those institutions (sorted codes, each once).
    public var padrinos: [String]
}
