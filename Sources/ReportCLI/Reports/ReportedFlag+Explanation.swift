/// Plain-Spanish explanations of flags, with their evidence, for a rector to read in a minute.
extension ReportedFlag {
    /// A heading such as `Alerta alta: Deserción intraanual (2023)`.
    var title: String {
        "Alerta \(ReportWording.flagLevel(level)): \(indicatorName) (\(year))"
    }

    /// What the flag says and the figures behind it. `history` gives the institution's rate of the
    /// same indicator in an earlier year (for trends).
    func explanation(wording: ReportWording, history: (Int) -> Double?) -> String {
        switch rule {
        case "EXCESO": excessExplanation(wording: wording)
        case "TENDENCIA": trendExplanation(wording: wording, history: history)
        case "SABER11_BAJO": saberExplanation(wording: wording)
        default:
            "Regla \(rule): valor \(formatted(value, wording: wording)) frente a \(formatted(reference, wording: wording)) del territorio."
        }
    }

    /// `EXCESO`: the counts, what the territory's rate would predict, and the chance of it.
    private func excessExplanation(wording: ReportWording) -> String {
        let flow = FlowIndicator.named(indicator)
        var text = "En \(year) hubo \(wording.count(numerator)) \(flow?.numeratorNoun ?? "casos") de "
            + "\(wording.count(denominator)) \(flow?.denominatorNoun ?? "estudiantes") "
            + "(\(wording.percent(value))), frente a \(wording.percent(reference)) en el territorio."
        if let reference, let denominator {
            text += " Con la tasa del territorio, lo esperado serían "
                + "\(wording.expectedCount(reference * Double(denominator)))."
        }
        if let statistic {
            text += " Una cifra así de alta aparecería solo por azar y por la variación habitual entre "
                + "instituciones con una probabilidad de \(Self.probability(statistic))."
        }
        return text
    }

    /// `TENDENCIA`: the three rising rates and the territory's.
    private func trendExplanation(wording: ReportWording, history: (Int) -> Double?) -> String {
        let rates = [(year - 2, history(year - 2)), (year - 1, history(year - 1)), (year, value ?? history(year))]
        let steps = ReportWording.joined(rates.map { "\(wording.percent($0.1)) en \($0.0)" })
        return "La tasa subió tres años seguidos (\(steps)) y en \(year) está por encima de la del territorio "
            + "(\(wording.percent(reference))). Ese año hubo \(wording.count(numerator)) "
            + "\(FlowIndicator.named(indicator)?.numeratorNoun ?? "casos") de \(wording.count(denominator)) estudiantes."
    }

    /// `SABER11_BAJO`: the mean score, the territory's, and how far below it is.
    private func saberExplanation(wording: ReportWording) -> String {
        var text = "En \(year) el puntaje global promedio fue \(wording.decimal(value)) con "
            + "\(wording.count(denominator)) evaluados, frente a \(wording.decimal(reference)) en el territorio."
        if let statistic {
            text += " La distancia (z = \(HumanNumberFormat.fixed(statistic, decimals: 2))) es mayor que la que "
                + "explican el azar y la variación habitual entre colegios."
        }
        return text
    }

    /// A p-value in words: `menos de una en mil`, or a percentage.
    static func probability(_ p: Double) -> String {
        p < 0.001 ? "menos de una en mil" : HumanNumberFormat.percent(p)
    }
}
