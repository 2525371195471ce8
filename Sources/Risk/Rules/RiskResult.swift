import Indicators

/// Everything the risk stage produces: the four SPEC §8 tables and the typed rows behind them.
public struct RiskResult: Sendable {
    /// `saber11_institucion`.
    public var saberTable: ResultTable
    /// `alertas_institucion`.
    public var alertTable: ResultTable
    /// `funnel_parametros`.
    public var funnelTable: ResultTable
    /// `priorizacion`.
    public var priorityTable: ResultTable
    /// Every flag, in `alertas_institucion` order.
    public var flags: [InstitutionFlag]
    /// Every funnel, in `funnel_parametros` order.
    public var funnels: [FunnelParameters]
    /// The latest year's priorities, in rank order.
    public var priorities: [PriorityEntry]
    /// Each institution's flags (all years), in `alertas_institucion` order.
    public var flagsByInstitution: [String: [InstitutionFlag]]

    /// The four tables in SPEC §8 order.
    public var tables: [ResultTable] { [saberTable, alertTable, funnelTable, priorityTable] }

    /// The flags of one institution, oldest year first (empty when it has none).
    public func flags(of institution: String) -> [InstitutionFlag] { flagsByInstitution[institution] ?? [] }
}
