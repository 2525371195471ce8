/// One row of `balance_ruta.csv` (SPEC §12.2).
public struct BalanceRow: Sendable, Equatable {
    /// `anio_base` (b) and `anio` (t > b).
    public var baseYear: Int, year: Int
    /// `institucion`: a code, or `TODAS` for the pooled row.
    public var institution: String
    /// `indicador`.
    public var indicator: FlaggedIndicator
    /// `acompanadas`: 1 on an institution row; on `TODAS`, the accompanied institutions pooled.
    public var accompanied: Int
    /// `comparacion`: on `TODAS`, the size of the comparison group (nil on institution rows).
    public var comparison: Int?
    /// `valor_base` y_b and `valor` y_t (on `TODAS`: the accompanied means weighted by n in b).
    public var baseValue: Double?, value: Double?
    /// `cambio_observado` y_t − y_b and `cambio_esperado` p̄_t + B·(y_b − p̄_b) − y_b (on `TODAS`: weighted
    /// accompanied means).
    public var observedChange: Double?, expectedChange: Double?
    /// `efecto`: observed − expected; on `TODAS` the pooled contrast.
    public var effect: Double?
    /// `ic_inferior`, `ic_superior`: the 95 % interval of the pooled effect (nil on institution rows).
    public var lower: Double?, upper: Double?
    /// `metodo` (on `TODAS`).
    public var method: String?

    /// The pooled rows' `institucion`.
    public static let pooled = "TODAS"
}
