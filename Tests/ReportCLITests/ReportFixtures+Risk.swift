import Indicators
@testable import ReportCLI

extension ReportFixtures {
    /// `saber11_institucion`: A in 2022 and 2023, C in 2023 with three examinees, and the territory.
    static var saber: ResultTable {
        ResultTable(name: "saber11_institucion", columns: [
            ResultColumn("anio", .integers([2022, 2022, 2023, 2023, 2023])),
            ResultColumn("institucion", .texts([codeA, "TOTAL", codeA, codeC, "TOTAL"])),
            ResultColumn("evaluados", .integers([40, 120, 45, 3, 130])),
            ResultColumn("promedio_global", .decimals([238.4, 250.3, 231.5, 262.0, 252.3])),
            ResultColumn("desviacion_global", .decimals([35.2, 40.1, 36.0, 20.0, 41.0])),
            ResultColumn("promedio_lectura_critica", .decimals([50.1, 52.0, 48.3, 55.0, 52.4])),
            ResultColumn("promedio_matematicas", .decimals([47.2, 50.5, 45.1, 54.0, 50.9])),
            ResultColumn("tasa_insuficiente_matematicas", .rates([0.3, 0.22, 0.355556, 0, 0.2])),
            ResultColumn("tasa_insuficiente_lectura_critica", .rates([0.15, 0.1, 0.177778, 0, 0.1])),
        ])
    }

    /// `alertas_institucion`: A's three 2023 flags (20 dropouts of 180) and B's 2022 excess failure (3 of 28).
    static var alerts: ResultTable {
        let p0 = 24.0 / 499.0
        return ResultTable(name: "alertas_institucion", columns: [
            ResultColumn("anio", .integers([2022, 2023, 2023, 2023])),
            ResultColumn("institucion", .texts([codeB, codeA, codeA, codeA])),
            ResultColumn("indicador", .texts(["tasa_reprobacion", "tasa_desercion_intraanual", "tasa_desercion_intraanual",
                                              "promedio_global"])),
            ResultColumn("valor", .decimals([3.0 / 28.0, 20.0 / 180.0, 20.0 / 180.0, 231.5])),
            ResultColumn("referencia", .decimals([27.0 / 355.0, p0, p0, 252.3])),
            ResultColumn("numerador", .integers([3, 20, 20, nil])),
            ResultColumn("denominador", .integers([28, 180, 180, 45])),
            // p of A's excess: max(P(X ≥ 20) for X ~ Binomial(180, 24/499), 1 − Φ(z) with τ² = 0.0001), by
            // scipy.stats binom.sf and norm.sf: max(0.000461, 0.000408).
            ResultColumn("estadistico", .decimals([0.02, 0.000461, nil, -2.41])),
            ResultColumn("nivel", .texts(["MEDIA", "ALTA", "MEDIA", "MEDIA"])),
            ResultColumn("regla", .texts(["EXCESO", "EXCESO", "TENDENCIA", "SABER11_BAJO"])),
        ])
    }

    /// `funnel_parametros` of 2023 for dropout (τ² = 0.0001) and failure.
    static var funnel: ResultTable {
        ResultTable(name: "funnel_parametros", columns: [
            ResultColumn("anio", .integers([2023, 2023])),
            ResultColumn("indicador", .texts(["tasa_desercion_intraanual", "tasa_reprobacion"])),
            ResultColumn("referencia", .decimals([24.0 / 499.0, 41.0 / 499.0])),
            ResultColumn("instituciones", .integers([3, 3])),
            ResultColumn("phi", .decimals([nil, nil])),
            ResultColumn("tau2", .decimals([0.0001, 0])),
        ])
    }

    /// `priorizacion` of 2023: A (score 5, group, padrino C), then C and B (score 0).
    static var priority: ResultTable {
        ResultTable(name: "priorizacion", columns: [
            ResultColumn("anio", .integers([2023, 2023, 2023])),
            ResultColumn("rango", .integers([1, 2, 3])),
            ResultColumn("institucion", .texts([codeA, codeC, codeB])),
            ResultColumn("nombre", .texts(["Colegio La Esperanza", "Escuela Nueva Sol", "IE Rural El Roble"])),
            ResultColumn("municipio", .texts(["11001", "25001", "11001"])),
            ResultColumn("zona", .texts(["URBANA", "URBANA", "RURAL"])),
            ResultColumn("puntaje", .integers([5, 0, 0])),
            ResultColumn("alertas_altas", .integers([1, 0, 0])),
            ResultColumn("alertas_medias", .integers([2, 0, 0])),
            ResultColumn("modalidad", .texts(["GRUPO", "NINGUNA", "NINGUNA"])),
            ResultColumn("padrino_1", .texts([codeC, nil, nil])),
            ResultColumn("padrino_2", .texts([nil, nil, nil])),
            ResultColumn("padrino_3", .texts([nil, nil, nil])),
            ResultColumn("grupo_acompanamiento", .texts(["11001-URBANA", nil, nil])),
        ])
    }

    /// `modelo_validacion`: both scorers on everyone, urban students and three rural students.
    static var validation: ResultTable {
        let metrics: [(String, String, [(String, Double)])] = [
            ("modelo", "TODOS", [("n", 350), ("positivos", 20), ("auc", 0.781), ("precision_10", 0.228571),
                                 ("recall_10", 0.4), ("brier", 0.0481), ("calibracion_decil_1", 0),
                                 ("calibracion_decil_10", 0.228571)]),
            ("modelo", "zona=URBANA", [("n", 347), ("positivos", 19), ("auc", 0.79), ("precision_10", 0.2),
                                       ("recall_10", 0.368421)]),
            ("modelo", "zona=RURAL", [("n", 3), ("positivos", 1), ("auc", 0.5)]),
            ("regla", "TODOS", [("n", 350), ("positivos", 20), ("auc", 0.702)]),
            ("regla", "zona=URBANA", [("n", 347), ("positivos", 19), ("auc", 0.71)]),
            ("regla", "zona=RURAL", [("n", 3), ("positivos", 1), ("auc", 1)]),
        ]
        let rows = metrics.flatMap { scorer, group, values in values.map { (scorer, group, $0.0, $0.1) } }
        return ResultTable(name: "modelo_validacion", columns: [
            ResultColumn("scorer", .texts(rows.map(\.0))), ResultColumn("subgrupo", .texts(rows.map(\.1))),
            ResultColumn("metrica", .texts(rows.map(\.2))), ResultColumn("valor", .decimals(rows.map(\.3))),
        ])
    }

    /// `calidad_datos`: three rejected rows and twelve double enrollments.
    static var quality: ResultTable {
        ResultTable(name: "calidad_datos", columns: [
            ResultColumn("chequeo", .texts(["rechazo_grado_invalido", "doble_matricula"])),
            ResultColumn("archivo", .texts(["matricula_2023.csv", ""])),
            ResultColumn("columna", .texts(["GRADO", ""])),
            ResultColumn("casos", .integers([3, 12])),
            ResultColumn("ejemplo", .texts(["línea 17: 'XX'", "año 2023, institución 111001000001, línea 40"])),
        ])
    }

    /// Every table, A's cohorts, and the given privacy mode.
    static func inputs(isPublic: Bool = false, modelNote: String? = nil) -> ReportInputs {
        let tables = [territory, institution, grade, saber, alerts, funnel, priority, validation, quality]
        return ReportInputs(
            tables: Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) }),
            cohortByInstitution: { $0 == codeA ? cohortA : nil },
            modelNote: modelNote, isPublic: isPublic)
    }

    /// Only the indicator tables: every optional input missing.
    static var indicatorsOnly: ReportInputs {
        ReportInputs(tables: [territory.name: territory, institution.name: institution])
    }
}
