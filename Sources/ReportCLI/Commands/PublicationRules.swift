import Indicators

/// `--publico` suppression for each output table (SPEC §10): which integer columns are not counts of
/// people, and the denominator of each rate and of each mean.
enum PublicationRules {
    /// The suppression rule of the table named `table`.
    static func suppression(for table: String) -> PublicSuppression {
        let base = PublicSuppression.defaultExemptColumns
        switch table {
        case "trayectorias_cohorte":
            let rates = ["tasa_a_tiempo", "tasa_rezagados", "tasa_graduados", "tasa_sin_registro",
                         "supervivencia_grado_5", "supervivencia_grado_9", "supervivencia_grado_11"]
            return PublicSuppression(rateDenominators: Dictionary(uniqueKeysWithValues: rates.map { ($0, "cohorte") }),
                                     exemptColumns: base.union(["anio_cohorte", "grado_cohorte"]))
        case "saber11_institucion":
            let means = ["promedio_global", "desviacion_global", "promedio_lectura_critica", "promedio_matematicas",
                         "promedio_c_naturales", "promedio_sociales_ciudadanas", "promedio_ingles"]
            return PublicSuppression(
                rateDenominators: ["tasa_insuficiente_matematicas": "evaluados", "tasa_insuficiente_lectura_critica": "evaluados"],
                decimalDenominators: Dictionary(uniqueKeysWithValues: means.map { ($0, "evaluados") }))
        case "alertas_institucion":
            return PublicSuppression(rateDenominators: [:], decimalDenominators: ["valor": "denominador"])
        case "funnel_parametros":
            return PublicSuppression(rateDenominators: [:], exemptColumns: base.union(["instituciones"]))
        case "priorizacion":
            return PublicSuppression(rateDenominators: [:], exemptColumns: base.union(["alertas_altas", "alertas_medias"]))
        default:
            return PublicSuppression(
                rateDenominators: PublicSuppression.indicatorRateDenominators,
                decimalDenominators: ["saber11_promedio_global": "saber11_evaluados"],
                exemptRates: ["men_desercion", "men_aprobacion", "men_reprobacion", "men_repitencia"])
        }
    }
}
