/// One raised flag: a row of `alertas_institucion` (SPEC §6, §8).
public struct InstitutionFlag: Sendable, Equatable {
    /// `anio`.
    public var year: Int
    /// `institucion` (code).
    public var institution: String
    /// `indicador`.
    public var indicator: FlaggedIndicator
    /// `valor`: the institution's rate (or Saber mean) that year.
    public var value: Double
    /// `referencia`: the territory's rate (or Saber mean) that year.
    public var reference: Double
    /// `numerador`: the rate's numerator; nil for `SABER11_BAJO`.
    public var numerator: Int64?
    /// `denominador`: the rate's denominator, or `evaluados`.
    public var denominator: Int64
    /// `estadistico`: the p-value (`EXCESO`), z (`SABER11_BAJO`), nil for `TENDENCIA`.
    public var statistic: Double?
    /// `nivel`.
    public var level: FlagLevel
    /// `regla`.
    public var rule: FlagRule

    /// Creates a flag.
    public init(year: Int, institution: String, indicator: FlaggedIndicator, value: Double, reference: Double,
                numerator: Int64?, denominator: Int64, statistic: Double?, level: FlagLevel, rule: FlagRule) {
        self.year = year
        self.institution = institution
        self.indicator = indicator
        self.value = value
        self.reference = reference
        self.numerator = numerator
        self.denominator = denominator
        self.statistic = statistic
        self.level = level
        self.rule = rule
    }

    /// `alertas_institucion` order: year, institution code, indicator, rule.
    public static func listedBefore(_ a: InstitutionFlag, _ b: InstitutionFlag) -> Bool {
        if a.year != b.year { return a.year < b.year }
        if a.institution != b.institution { return a.institution < b.institution }
        if a.indicator != b.indicator { return a.indicator < b.indicator }
        return a.rule < b.rule
    }
}
