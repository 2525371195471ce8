import Indicators
@testable import ReportCLI
@testable import Risk

/// A filled Ruta plan of base year 2022 followed in 2023, over `ReportFixtures`' territory.
///
/// A is accompanied (`CERRADO`, 6 sessions, 12.5 hours); B is accompanied with nothing filled in (the plan as
/// written); C was only planned (`PLANEADO`, no sessions): not accompanied. Three comparison schools.
///
/// Intra-year dropout, from the fixture's counts: A 6/187 in 2022 and 20/180 in 2023, B 1/28 and 1/29,
/// territory p̄_b = 10/355 and p̄_t = 24/499. τ² of the 2022 funnel is p̄_b(1 − p̄_b)/187, so A's
/// B = 1/2 and B's B = (1/187)/(1/187 + 1/28) = 28/215. Failure (A only): 16/187 and 18/180 against
/// 27/355 and 41/499, with τ² = 0 (B = 0).
extension ReportFixtures {
    static let balancePb = 10.0 / 355, balancePt = 24.0 / 499

    /// The unit row of one school: y_b, y_t, expected change p̄_t + B(y_b − p̄_b) − y_b.
    static func balanceRow(_ code: String, _ indicator: FlaggedIndicator, yb: Double, yt: Double,
                           pb: Double, pt: Double, shrinkage: Double) -> BalanceRow {
        let expected = pt + shrinkage * (yb - pb) - yb
        return BalanceRow(baseYear: 2022, year: 2023, institution: code, indicator: indicator, accompanied: 1,
                          comparison: nil, baseValue: yb, value: yt, observedChange: yt - yb, expectedChange: expected,
                          effect: yt - yb - expected, lower: nil, upper: nil, method: nil)
    }

    /// `balance_ruta`: A's and B's rows and the pooled dropout row (accompanied alone: 3 comparison schools).
    static var balance: ResultTable {
        let pb = balancePb, pt = balancePt
        let a = balanceRow(codeA, .intraYearDropout, yb: 6.0 / 187, yt: 20.0 / 180, pb: pb, pt: pt, shrinkage: 0.5)
        let failure = balanceRow(codeA, .failure, yb: 16.0 / 187, yt: 18.0 / 180, pb: 27.0 / 355, pt: 41.0 / 499,
                                 shrinkage: 0)
        let b = balanceRow(codeB, .intraYearDropout, yb: 1.0 / 28, yt: 1.0 / 29, pb: pb, pt: pt, shrinkage: 28.0 / 215)
        // Pooled: weights 187 and 28; V = 2·Σw²(e − ē)²/215², t(0.975, 1) = 12.706204736.
        let mean = (187 * a.effect! + 28 * b.effect!) / 215
        let variance = 2 * (187 * 187 * (a.effect! - mean) * (a.effect! - mean)
            + 28 * 28 * (b.effect! - mean) * (b.effect! - mean)) / (215 * 215)
        let half = 12.706204736 * variance.squareRoot()
        func weighted(_ pick: (BalanceRow) -> Double?) -> Double { (187 * pick(a)! + 28 * pick(b)!) / 215 }
        let pooled = BalanceRow(baseYear: 2022, year: 2023, institution: "TODAS", indicator: .intraYearDropout,
                                accompanied: 2, comparison: 3, baseValue: weighted(\.baseValue), value: weighted(\.value),
                                observedChange: weighted(\.observedChange), expectedChange: weighted(\.expectedChange),
                                effect: mean, lower: mean - half, upper: mean + half, method: BalanceEstimate.aloneMethod)
        return Balance.table([a, failure, b, pooled])
    }

    /// `ruta_entrada`: the dose of each school of the loaded plan.
    static var rutaInput: ResultTable {
        ResultTable(name: "ruta_entrada", columns: [
            ResultColumn("anio_base", .integers([2022, 2022, 2022])),
            ResultColumn("institucion", .texts([codeA, codeB, codeC])),
            ResultColumn("acompanada", .texts(["SI", "SI", "NO"])),
            ResultColumn("estado", .texts(["CERRADO", nil, "PLANEADO"])),
            ResultColumn("sesiones_realizadas", .decimals([6, nil, nil])),
            ResultColumn("horas", .decimals([12.5, nil, nil])),
            ResultColumn("dosis", .texts(["T1", "SIN_DATO", nil])),
        ])
    }

    /// Every table of `inputs(isPublic:)` plus the balance and the loaded plan.
    static func inputsWithBalance(isPublic: Bool = false) -> ReportInputs {
        var inputs = inputs(isPublic: isPublic)
        inputs.tables[ReportTableName.balance] = balance
        inputs.tables[ReportTableName.rutaInput] = rutaInput
        return inputs
    }
}
